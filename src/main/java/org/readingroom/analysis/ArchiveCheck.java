package org.readingroom.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.CurationLog;
import org.readingroom.archive.ErrorLog;
import org.readingroom.archive.Originals;
import org.readingroom.duplicates.NearDuplicates;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.people.PeopleOverrides;
import org.readingroom.people.Person;
import org.readingroom.threads.Correspondence;
import org.readingroom.withheld.Withheld;

/**
 * Reads every part of an archive as a reader of it would, and says of each whether it is sound and,
 * when it is not, what to do: the index (Lucene's CheckIndex), the analysis files, the curators'
 * changes and their log, the error log and the originals' descriptions.
 */
public final class ArchiveCheck {
  private ArchiveCheck() {}

  /**
   * What was found of one part.
   *
   * @param problem null when the part is sound
   * @param remedy what to do about the problem; null when sound
   */
  public record Finding(String part, String problem, String remedy) {
    public boolean sound() {
      return problem == null;
    }
  }

  private interface Reading {
    void read() throws IOException;
  }

  /** Every part of an archive whose index is the embedded engine's, in its folder. */
  public static List<Finding> of(ArchiveLayout layout) throws IOException {
    String index = LuceneEngine.check(layout.index());
    return of(layout, new Finding("index", index, index == null ? null
        : "ingest the documents again into a new archive (or restore the index from a backup); side files can"
            + " be kept"));
  }

  /** Every part of an archive, its index as {@code index} found it (a cluster's, checked by its engine). */
  public static List<Finding> of(ArchiveLayout layout, Finding index) throws IOException {
    List<Finding> out = new ArrayList<>();
    out.add(index);
    String analyse = "rebuild it from the index: readingroom analyse --archive " + layout.root();
    out.add(read("people.json", () -> Person.read(layout.people()), analyse));
    out.add(read("messages.json", () -> Correspondence.read(layout.messages()), analyse));
    out.add(read("duplicates.json", () -> NearDuplicates.read(layout.duplicates()), analyse));
    out.add(read("withheld.json", () -> Withheld.read(layout.withheld()), analyse));
    out.add(read("people-overrides.json", () -> PeopleOverrides.read(layout.peopleOverrides()),
        "restore it from a backup; or move it away and make again the changes that "
            + layout.curationLog().getFileName() + " records (readingroom people merge/split/rename)"));
    CurationLog.Contents log = CurationLog.read(layout.curationLog());
    out.add(new Finding("curation-log.jsonl", log.damagedLines() == 0 ? null
        : log.damagedLines() + " line(s) cannot be read and are passed over",
        log.damagedLines() == 0 ? null : "nothing is lost from the persons; the log no longer tells those changes"));
    int errors = Files.exists(layout.errors()) ? ErrorLog.load(layout.errors()).damagedLines() : 0;
    out.add(new Finding("errors.jsonl", errors == 0 ? null : errors + " line(s) cannot be read and are passed over",
        errors == 0 ? null : "none needed: the next ingest writes the log anew"));
    List<String> originals = new Originals(layout).damaged();
    out.add(new Finding("originals", originals.isEmpty() ? null : originals.size() + " description(s) cannot be read"
        + " or name no file: " + String.join(", ", originals.subList(0, Math.min(10, originals.size())))
        + (originals.size() > 10 ? ", ..." : ""),
        originals.isEmpty() ? null : "ingest those documents' PDFs or scans again; until then they are served"
            + " without their originals"));
    return out;
  }

  private static Finding read(String part, Reading reading, String remedy) {
    try {
      reading.read();
      return new Finding(part, null, null);
    } catch (IOException | RuntimeException e) {
      return new Finding(part, e.getMessage() == null ? e.toString() : e.getMessage(), remedy);
    }
  }
}
