package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.readingroom.record.ReleaseRecord;

/**
 * Gathers, in the analysis's pass over the archive, what each document withholds ({@link
 * DocumentWithholding}) and which printings of messages hold a redaction marker, from many
 * threads at once.
 */
public final class Withholdings {

  private final ConcurrentLinkedQueue<DocumentWithholding> documents = new ConcurrentLinkedQueue<>();
  private final Set<String> marked = ConcurrentHashMap.newKeySet();
  /**
   * One object for each value documents print alike (a case number, a release date, a list of
   * codes), kept until the pass ends: at ten times the corpus, 271,195 documents print a few
   * hundred such values.
   */
  private final Map<Object, Object> alike = new ConcurrentHashMap<>();

  public void add(String key, ReleaseRecord r) {
    DocumentWithholding d = DocumentWithholding.of(key, r);
    if (d != null) {
      List<DocumentWithholding.Marker> markers = new ArrayList<>(d.markers().size());
      for (DocumentWithholding.Marker m : d.markers()) {
        markers.add(new DocumentWithholding.Marker(m.page(), m.message(), one(m.codes())));
      }
      documents.add(new DocumentWithholding(key, key.equals(d.docId()) ? key : d.docId(), one(d.caseNumber()),
          one(d.releaseDate()), one(d.release()), one(d.exemptions()), d.classification(), markers));
    }
    marked.addAll(ReleasedElsewhereFinder.marked(key, r));
  }

  @SuppressWarnings("unchecked")
  private <T> T one(T value) {
    return value == null ? null : (T) alike.computeIfAbsent(value, k -> k);
  }

  public List<DocumentWithholding> documents() {
    return new ArrayList<>(documents);
  }

  /** The printings that hold a marker, as {@code document/position}. */
  public Set<String> marked() {
    return Set.copyOf(marked);
  }
}
