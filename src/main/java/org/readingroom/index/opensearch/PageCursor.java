package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.readingroom.index.SearchRequest;

/**
 * The opaque cursor of a page of hits on the cluster: the order it was made for, the point in time
 * the pages are read from (none yet after a first page), and the last hit's sort values, for
 * {@code search_after}. A cursor of another order, or of nothing, is refused.
 */
record PageCursor(String order, String pit, JsonNode after) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  /** A point in time's id is some hundreds of characters per shard. */
  private static final int MAX_LENGTH = 20_000;

  String encode() {
    try {
      var node = Cluster.JSON.createObjectNode().put("v", 1).put("order", order).put("pit", pit);
      node.set("after", after);
      return "os" + ENCODER.encodeToString(Cluster.JSON.writeValueAsBytes(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @throws IllegalArgumentException when it is not a cursor of a search in {@code order}
   */
  static PageCursor read(String cursor, SearchRequest.Sort order) {
    JsonNode node;
    try {
      if (cursor.length() > MAX_LENGTH || !cursor.startsWith("os")) {
        throw new IllegalArgumentException();
      }
      node = Cluster.JSON.readTree(new String(DECODER.decode(cursor.substring(2)), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor: pass the 'next' of the page before as 'cursor'");
    }
    if (node == null || node.path("v").asInt() != 1 || !node.path("after").isArray()) {
      throw new IllegalArgumentException("not a cursor: pass the 'next' of the page before as 'cursor'");
    }
    if (!order.label().equals(node.path("order").asText())) {
      throw new IllegalArgumentException("this cursor is not one of a search in " + order.label()
          + " order: pass the 'next' of the page before, with the same parameters");
    }
    JsonNode pit = node.get("pit");
    return new PageCursor(order.label(), pit == null || pit.isNull() ? null : pit.asText(), node.get("after"));
  }
}
