package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Groups;
import org.readingroom.index.IndexFields;

/**
 * The printings a search that shows one hit per message leaves out, under one analysis ({@link
 * Groups}), marked on the entries themselves ({@link IndexDesign#COPY}) so that a search excludes
 * them with one term, whatever their number, and every serve process sees the same marks: of each
 * message's printings the one with the longest body stays (the smallest entry id among equals, as
 * in the embedded engine), the others are {@link IndexDesign#PRINTING}; a document whose top message
 * is shown from another document ({@link Groups#documentsShownElsewhere}) is {@link
 * IndexDesign#SHOWN_ELSEWHERE}. Worked out from one scan of the messages' ids and body lengths, read
 * from doc values (not the entries' sources, which hold the bodies), and written as partial updates
 * of the entries whose mark changes.
 */
final class CopyMarks {

  private CopyMarks() {}

  /** A printing: its entry id and body length. */
  private record Printing(String id, int length) {}

  /** How many marks an analysis changed. */
  record Changed(long marked, long cleared) {}

  /** Marks the copies {@code groups} makes, and clears the marks of an earlier analysis that no longer hold. */
  static Changed mark(Groups groups, ClusterSearcher searcher, BulkWriter writer) throws IOException {
    Map<String, String> wanted = wanted(groups, searcher);
    ObjectNode marked = Cluster.JSON.createObjectNode();
    marked.putObject("exists").put("field", IndexDesign.COPY);
    var sort = Cluster.JSON.createArrayNode();
    sort.addObject().put(IndexFields.ID, "asc");
    java.util.List<String> stale = new java.util.ArrayList<>();
    searcher.scanValues(marked, sort, java.util.List.of(IndexFields.ID, IndexDesign.COPY), (JsonNode h) -> {
      String id = h.path("fields").path(IndexFields.ID).path(0).asText();
      String now = h.path("fields").path(IndexDesign.COPY).path(0).asText(null);
      String want = wanted.get(id);
      if (want == null) {
        stale.add(id);
      } else if (want.equals(now)) {
        wanted.remove(id); // already so
      }
    });
    for (String id : stale) {
      writer.update(id, Cluster.JSON.createObjectNode().putNull(IndexDesign.COPY));
    }
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      writer.update(e.getKey(), Cluster.JSON.createObjectNode().put(IndexDesign.COPY, e.getValue()));
    }
    writer.flush();
    return new Changed(wanted.size(), stale.size());
  }

  /** The mark each copy should bear, by entry id. */
  private static Map<String, String> wanted(Groups groups, ClusterSearcher searcher) throws IOException {
    Map<String, Printing> fullest = new HashMap<>();
    Map<String, String> out = new HashMap<>();
    ObjectNode messages = Cluster.JSON.createObjectNode();
    messages.putObject("term").put(IndexFields.KIND, EntryKind.MESSAGE.name());
    var sort = Cluster.JSON.createArrayNode();
    sort.addObject().put(IndexFields.ID, "asc");
    searcher.scanValues(messages, sort, java.util.List.of(IndexFields.ID, IndexDesign.BODY_LENGTH), (JsonNode h) -> {
      String id = h.path("fields").path(IndexFields.ID).path(0).asText();
      String message = groups.messageOf(id);
      if (message == null) {
        return;
      }
      Printing p = new Printing(id, h.path("fields").path(IndexDesign.BODY_LENGTH).path(0).asInt());
      Printing best = fullest.get(message);
      if (best == null || p.length() > best.length()) {
        if (best != null) {
          out.put(best.id(), IndexDesign.PRINTING);
        }
        fullest.put(message, p);
      } else {
        out.put(p.id(), IndexDesign.PRINTING);
      }
    });
    for (String document : groups.documentsShownElsewhere(m -> {
      Printing p = fullest.get(m);
      return p == null ? null : p.id();
    })) {
      out.put(document, IndexDesign.SHOWN_ELSEWHERE);
    }
    return out;
  }
}
