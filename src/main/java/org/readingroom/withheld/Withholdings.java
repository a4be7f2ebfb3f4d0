package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.List;
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

  public void add(String key, ReleaseRecord r) {
    DocumentWithholding d = DocumentWithholding.of(key, r);
    if (d != null) {
      documents.add(d);
    }
    marked.addAll(ReleasedElsewhereFinder.marked(key, r));
  }

  public List<DocumentWithholding> documents() {
    return new ArrayList<>(documents);
  }

  /** The printings that hold a marker, as {@code document/position}. */
  public Set<String> marked() {
    return Set.copyOf(marked);
  }
}
