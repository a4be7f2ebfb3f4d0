package org.readingroom.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.people.Person;
import org.readingroom.text.CsvCells;
import org.readingroom.threads.ThreadMessage;

/**
 * CSV (RFC 4180, UTF-8, CRLF): a row per hit, as the search lists them (a message, or a document
 * when the search has documents), with every field a reader filters on and the archive's ids.
 * Lists are joined with {@code "; "}. Read from the index alone: no document is read, so the
 * whole archive exports in seconds.
 */
final class CsvExport {

  static final List<String> COLUMNS = List.of("kind", "id", "document", "message", "thread", "date", "from",
      "from_person", "to", "to_persons", "cc", "cc_persons", "subject", "page", "printed_in", "release", "exemptions",
      "classification", "declassify_on", "permalink");

  private CsvExport() {}

  static ExportSummary write(Selection selection, OutputStream out) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write(String.join(",", COLUMNS));
    w.write("\r\n");
    Set<String> documents = new HashSet<>();
    Set<String> persons = new HashSet<>();
    Set<String> threads = new HashSet<>();
    long messages = 0;
    for (Hit h : selection.hits) {
      documents.add(h.docId());
      String message = null;
      String thread = null;
      if (h.kind() == EntryKind.MESSAGE) {
        messages++;
        String key = h.id().substring(0, Math.max(0, h.id().lastIndexOf('/')));
        ThreadMessage tm = h.message() != null ? selection.ids.message(h.message()).orElse(null)
            : selection.ids.messageAt(key, Selection.position(h)).orElse(null);
        message = tm == null ? h.id() : tm.id();
        thread = tm == null ? null : tm.threadId();
        if (thread != null) {
          threads.add(thread);
        }
      }
      List<String> row = List.of(h.kind().label(), h.id(), h.docId(), orEmpty(message), orEmpty(thread),
          orEmpty(h.date()), orEmpty(h.from()), persons(selection, List.of(orEmpty(h.from())), persons),
          String.join("; ", h.to()), persons(selection, h.to(), persons), String.join("; ", h.cc()),
          persons(selection, h.cc(), persons), orEmpty(h.subject()), h.page() == null ? "" : h.page().toString(),
          h.kind() == EntryKind.MESSAGE ? Integer.toString(Math.max(1, h.printedIn())) : "", orEmpty(h.release()),
          String.join("; ", h.exemptions()), orEmpty(h.classification()), orEmpty(h.declassifyOn()),
          selection.permalink(h));
      w.write(String.join(",", CsvCells.of(row)));
      w.write("\r\n");
      selection.progress.advance();
    }
    w.flush();
    return new ExportSummary(ExportFormat.CSV, selection.hits.size(), documents.size(), messages, persons.size(),
        threads.size(), 0, 0);
  }

  /** The persons of these names and addresses as printed, joined; an empty cell for one that is no person. */
  private static String persons(Selection selection, List<String> aliases, Set<String> seen) {
    List<String> ids = new ArrayList<>(aliases.size());
    for (String a : aliases) {
      Person p = a.isEmpty() ? null : selection.ids.personOfAlias(a);
      if (p != null) {
        seen.add(p.id());
      }
      ids.add(p == null ? "" : p.id());
    }
    return ids.stream().allMatch(String::isEmpty) ? "" : String.join("; ", ids);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
