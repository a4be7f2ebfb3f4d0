package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code withheld.json}: what the archive's documents withhold and why, as the last analysis found
 * it: each document's release stamp, classification block and redaction markers; the passages one
 * printing of a message withholds and another shows; the exemptions applied to some printings of a
 * message and not to others.
 */
public final class WithheldFile {
  private WithheldFile() {}

  /** A document that withholds something, or carries a stamp or a classification block. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"key", "docId", "caseNumber", "releaseDate", "release", "exemptions", "classification", "markers"})
  public record DocumentEntry(String key, String docId, String caseNumber, String releaseDate, String release, List<String> exemptions,
      ClassificationEntry classification, List<MarkerEntry> markers) {}

  /** A classification block. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"level", "classifiedBy", "classifiedOn", "reasons", "declassifyOn"})
  public record ClassificationEntry(String level, String classifiedBy, String classifiedOn, List<String> reasons,
      String declassifyOn) {}

  /** A redaction marker: its page, the message it stands in (-1 for the text before the first), its codes. */
  @JsonPropertyOrder({"page", "message", "codes"})
  public record MarkerEntry(int page, int message, List<String> codes) {}

  /** A passage one printing of a message withholds and another shows. */
  @JsonPropertyOrder({"message", "withheldIn", "withheldPosition", "page", "codes", "place", "releasedIn",
      "releasedPosition", "alsoReleasedIn", "text", "before"})
  public record ReleasedEntry(String message, String withheldIn, int withheldPosition, int page, List<String> codes,
      String place, String releasedIn, int releasedPosition, List<String> alsoReleasedIn, String text,
      String before) {}

  /** An exemption applied to some printings of a message and not to others. */
  @JsonPropertyOrder({"message", "code", "appliedIn", "notAppliedIn"})
  public record UnevenEntry(String message, String code, List<String> appliedIn, List<String> notAppliedIn) {}

  /** The file's three lists. */
  public record Contents(List<DocumentEntry> documents, List<ReleasedEntry> released, List<UnevenEntry> uneven) {}

  public static void write(Path file, Contents contents) throws IOException {
    Map<String, List<?>> lists = new LinkedHashMap<>();
    lists.put("documents", contents.documents());
    lists.put("releasedElsewhere", contents.released());
    lists.put("unevenExemptions", contents.uneven());
    SideFile.write(file, lists);
  }

  /** What {@code file} holds but its documents (kept in a table beside it): the lists of messages. */
  public static Contents readWithoutDocuments(Path file) throws IOException {
    return read(file, null);
  }

  /** What is done with each document read. */
  @FunctionalInterface
  public interface DocumentReader {
    void accept(DocumentEntry document) throws IOException;
  }

  /**
   * Reads {@code file} in one pass: each document given to {@code documents} as it is read, in the
   * file's order (passed over when it is null), the lists of messages returned. Nothing when there
   * is no such file.
   */
  public static Contents read(Path file, DocumentReader documents) throws IOException {
    List<ReleasedEntry> released = new ArrayList<>();
    List<UnevenEntry> uneven = new ArrayList<>();
    Map<String, SideFile.ListReader<?>> lists = new HashMap<>();
    if (documents != null) {
      lists.put("documents", new SideFile.ListReader<>(DocumentEntry.class, documents::accept));
    }
    lists.put("releasedElsewhere", new SideFile.ListReader<>(ReleasedEntry.class, released::add));
    lists.put("unevenExemptions", new SideFile.ListReader<>(UnevenEntry.class, uneven::add));
    SideFile.each(file, lists);
    return new Contents(List.of(), released, uneven);
  }

  /** What {@code file} holds; nothing when there is no such file. */
  public static Contents read(Path file) throws IOException {
    List<DocumentEntry> documents = new ArrayList<>();
    Contents c = read(file, documents::add);
    return new Contents(documents, c.released(), c.uneven());
  }
}
