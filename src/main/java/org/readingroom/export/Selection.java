package org.readingroom.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchEngine;

/**
 * What an export writes from: the hits of its search in the search's order, the archive's ids for
 * them, their release documents read as they are needed, and who watches.
 */
final class Selection {

  /** Documents read at once: from one view of the index, in its order. */
  private static final int WINDOW = 500;

  final List<Hit> hits;
  final ArchiveIds ids;
  final ExportProgress progress;
  /** The reading room's address the permalinks start with; empty for paths. */
  final String permalinkBase;
  private final SearchEngine engine;
  /** The documents of the hits from where the last reading started. */
  private final Map<String, StoredRelease> window = new HashMap<>();

  Selection(List<Hit> hits, ArchiveIds ids, SearchEngine engine, ExportProgress progress, String permalinkBase) {
    this.hits = List.copyOf(hits);
    this.ids = ids;
    this.engine = engine;
    this.progress = progress;
    this.permalinkBase = permalinkBase;
  }

  /**
   * Where the reading room shows a hit: its document's page, at the message for a message
   * ({@code /documents/C05787433#message-2}), as the pages link it.
   */
  String permalink(Hit hit) {
    String page = permalinkBase + "/documents/" + java.net.URLEncoder.encode(hit.docId(), java.nio.charset.StandardCharsets.UTF_8);
    int position = position(hit);
    return position < 0 ? page : page + "#message-" + (position + 1);
  }

  /**
   * The release document of hit {@code i}, with its text as released; null when it is gone (deleted
   * meanwhile). The documents of the next hits are read with it, {@link #WINDOW} at a time.
   */
  StoredRelease release(int i) throws IOException {
    String key = hits.get(i).docId();
    StoredRelease r = window.get(key);
    if (r != null || window.containsKey(key)) {
      return r;
    }
    window.clear();
    Set<String> keys = new LinkedHashSet<>();
    for (int j = i; j < hits.size() && keys.size() < WINDOW; j++) {
      keys.add(hits.get(j).docId());
    }
    List<String> asked = new ArrayList<>(keys);
    List<StoredRelease> read = engine.releases(asked);
    for (int j = 0; j < asked.size(); j++) {
      window.put(asked.get(j), read.get(j));
    }
    r = window.get(key);
    if (r == null) {
      r = engine.release(key).orElse(null); // a document number that is not its key
      window.put(key, r);
    }
    return r;
  }

  /** The position in its document's chain of a message hit ({@code C05787433/2}: 2); -1 for a document. */
  static int position(Hit hit) {
    if (hit.kind() != EntryKind.MESSAGE) {
      return -1;
    }
    int slash = hit.id().lastIndexOf('/');
    try {
      return slash < 0 ? -1 : Integer.parseInt(hit.id().substring(slash + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
