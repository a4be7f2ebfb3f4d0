package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadMessage;

/**
 * A withholding log, what a court calls a Vaughn index: one row per redaction, saying where it
 * stands (document, page, message), what it withholds under (its codes, the document's
 * classification) and whether the passage is released elsewhere.
 */
public final class WithholdingLog {
  private WithholdingLog() {}

  /**
   * A redaction.
   *
   * @param message the message it stands in: its id, or null for the text before the first message
   * @param sent the message's sent time as ISO text, or null
   * @param releasedElsewhere the documents that show what this redaction withholds, when known
   */
  public record Row(String document, String docId, String releaseDate, int page, int position, String message,
      String from, String sent, String subject, List<String> codes, String classification, String declassifyOn,
      List<String> releasedElsewhere) {
    public Row {
      codes = List.copyOf(codes);
      releasedElsewhere = List.copyOf(releasedElsewhere);
    }
  }

  /** The log of the given documents (all when {@code documents} is null), in document and page order. */
  public static List<Row> of(Withheld withheld, Correspondence messages, Collection<String> documents) {
    Set<String> only = documents == null ? null : Set.copyOf(documents);
    List<Row> out = new ArrayList<>();
    for (DocumentWithholding d : withheld.documents()) {
      if (only != null && !only.contains(d.key())) {
        continue;
      }
      List<ReleasedElsewhere> released = withheld.releasedElsewhere(d.key());
      for (DocumentWithholding.Marker m : d.markers()) {
        ThreadMessage message = m.message() < 0 ? null : messages.messageAt(d.key(), m.message()).orElse(null);
        List<String> elsewhere = new ArrayList<>();
        for (ReleasedElsewhere r : released) {
          if (r.withheldPosition() == m.message() && r.page() == m.page() && r.codes().containsAll(m.codes())) {
            elsewhere.add(r.releasedIn());
            r.alsoReleasedIn().stream().filter(x -> !elsewhere.contains(x)).forEach(elsewhere::add);
          }
        }
        out.add(new Row(d.key(), d.docId() == null ? d.key() : d.docId(), d.releaseDate(), m.page(), m.message(),
            message == null ? null : message.id(), message == null || message.from().isEmpty() ? null
                : message.from().get(0), message == null || message.sent() == null ? null : message.sent().toString(),
            message == null ? null : message.subject(), m.codes(),
            d.classification() == null ? null : d.classification().level(),
            d.classification() == null ? null : d.classification().declassifyOn(), elsewhere));
      }
    }
    return out;
  }

  /** The log's columns, as a CSV header names them. */
  public static final List<String> COLUMNS = List.of("document", "docId", "releaseDate", "page", "messagePosition",
      "message", "from", "sent", "subject", "codes", "classification", "declassifyOn", "releasedElsewhere");

  /** A row's cells, in {@link #COLUMNS}' order (lists joined by a space). */
  public static List<String> cells(Row r) {
    return List.of(r.document(), r.docId(), orEmpty(r.releaseDate()), Integer.toString(r.page()),
        r.position() < 0 ? "" : Integer.toString(r.position() + 1), orEmpty(r.message()), orEmpty(r.from()),
        orEmpty(r.sent()), orEmpty(r.subject()), String.join(" ", r.codes()), orEmpty(r.classification()),
        orEmpty(r.declassifyOn()), String.join(" ", r.releasedElsewhere()));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
