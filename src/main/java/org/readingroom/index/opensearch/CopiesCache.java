package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Groups;
import org.readingroom.index.IndexFields;

/**
 * The printings a search that shows one hit per message leaves out, under one analysis ({@link
 * Groups}): of each message's printings the one with the longest body stays (the smallest entry id
 * among equals, as in the embedded engine), the others are hidden, and so are the documents whose
 * top message is shown from another document ({@link Groups#documentsShownElsewhere}). Worked out once per analysis
 * from one scan of the messages' ids and body lengths, and kept while the analysis is the same.
 */
final class CopiesCache {

  private record Held(Groups groups, List<String> hidden, List<String> printings) {}

  private volatile Held held;

  /** What a search leaves out: the printings, and the documents another hit stands for. */
  List<String> hidden(Groups groups, ClusterSearcher searcher) throws IOException {
    return held(groups, searcher).hidden();
  }

  /** What an export leaves out: the printings alone. */
  List<String> printings(Groups groups, ClusterSearcher searcher) throws IOException {
    return held(groups, searcher).printings();
  }

  private Held held(Groups groups, ClusterSearcher searcher) throws IOException {
    Held h = held;
    if (h != null && h.groups() == groups) {
      return h;
    }
    synchronized (this) {
      h = held;
      if (h == null || h.groups() != groups) {
        h = work(groups, searcher);
        held = h;
      }
      return h;
    }
  }

  /** A printing: its entry id and body length. */
  private record Printing(String id, int length) {}

  private static Held work(Groups groups, ClusterSearcher searcher) throws IOException {
    Map<String, Printing> fullest = new HashMap<>();
    List<String> hidden = new ArrayList<>();
    ObjectNode messages = Cluster.JSON.createObjectNode();
    messages.putObject("term").put(IndexFields.KIND, EntryKind.MESSAGE.name());
    var sort = Cluster.JSON.createArrayNode();
    sort.addObject().put(IndexFields.ID, "asc");
    searcher.scan(messages, sort, List.of(IndexFields.ID, IndexDesign.BODY_LENGTH), (JsonNode h) -> {
      String id = h.path("_source").path(IndexFields.ID).asText();
      String message = groups.messageOfEntry().get(id);
      if (message == null) {
        return;
      }
      Printing p = new Printing(id, h.path("_source").path(IndexDesign.BODY_LENGTH).asInt());
      Printing best = fullest.get(message);
      if (best == null || p.length() > best.length()) {
        if (best != null) {
          hidden.add(best.id());
        }
        fullest.put(message, p);
      } else {
        hidden.add(p.id());
      }
    });
    List<String> printings = List.copyOf(hidden);
    hidden.addAll(groups.documentsShownElsewhere(m -> {
      Printing p = fullest.get(m);
      return p == null ? null : p.id();
    }));
    return new Held(groups, List.copyOf(hidden), printings);
  }
}
