package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code people.json}: the persons the last analysis found (before curators' changes), one a line,
 * most printed first. The next analysis reads it back to keep their ids.
 */
public final class PeopleFile {
  private PeopleFile() {}

  /** A person as the file holds it. */
  @JsonPropertyOrder({"id", "name", "anchor", "formerIds", "aliases"})
  public record Entry(String id, String name, String anchor, List<String> formerIds, List<AliasEntry> aliases) {}

  /** An alias and how many times it was printed: {@code ["Mills, Cheryl D", 17705]}. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"text", "count"})
  public record AliasEntry(String text, long count) {}

  public static void write(Path file, List<Entry> persons) throws IOException {
    SideFile.write(file, "persons", persons);
  }

  /** The persons kept in {@code file}; none when there is no such file. */
  public static List<Entry> read(Path file) throws IOException {
    return SideFile.read(file, "persons", Entry.class);
  }
}
