package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.record.Classification;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;

/**
 * What one document withholds and why: its release stamp and the exemptions it lists, its
 * classification block, and each redaction marker with the message it stands in.
 *
 * @param release {@code PART}, {@code FULL}, or null when the document carries no stamp
 */
public record DocumentWithholding(String key, String docId, String caseNumber, String releaseDate, String release,
    List<String> exemptions, Classification classification, List<Marker> markers) {

  public DocumentWithholding {
    exemptions = List.copyOf(exemptions);
    markers = List.copyOf(markers);
  }

  /**
   * A redaction marker.
   *
   * @param message the position of the message it stands in (its header or its body), or -1 for the
   *     text before the first message
   */
  public record Marker(int page, int message, List<String> codes) {
    public Marker {
      codes = List.copyOf(codes);
    }
  }

  /** What {@code r} withholds; null when it has no stamp, no classification and no marker. */
  public static DocumentWithholding of(String key, ReleaseRecord r) {
    if (r.release() == null && r.classification() == null && r.redactions().isEmpty()) {
      return null;
    }
    List<Marker> markers = new ArrayList<>();
    for (Redaction red : r.redactions()) {
      markers.add(new Marker(red.page(), messageAt(r, red.offset()), red.codes()));
    }
    return new DocumentWithholding(key, r.docId(), r.caseNumber(), r.releaseDate(), r.release() == null ? null : r.release().name(),
        r.exemptions(), r.classification(), markers);
  }

  /** The message whose header or body holds {@code offset}: the last whose header starts at or before it. */
  private static int messageAt(ReleaseRecord r, int offset) {
    int at = -1;
    for (int i = 0; i < r.messages().size() && r.messages().get(i).headerStart() <= offset; i++) {
      at = i;
    }
    return at;
  }

  /** Whether the document's stamp or a marker gives {@code code}. */
  public boolean applies(String code) {
    if (exemptions.contains(code)) {
      return true;
    }
    for (Marker m : markers) {
      if (m.codes().contains(code)) {
        return true;
      }
    }
    return false;
  }
}
