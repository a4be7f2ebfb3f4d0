package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.IndexFields;

/**
 * Ingest's writes, gathered into bulk requests of about {@link #BULK_BYTES} and sent when one is
 * full (and at a commit). Every entry has its id, so sending a request again (after a node was lost
 * mid-request, or the cluster pushed back with 429) replaces rather than doubles; what the cluster
 * refuses for a moment (429, 503, a shard without its node) is sent again after a growing pause,
 * the rest of a request's items being done. A release put again with fewer messages than before
 * loses the messages it no longer holds in the same flush.
 */
final class BulkWriter {

  /** About 5 MB a request: large enough to amortise a round trip, small for a 512 MB node. */
  static final int BULK_BYTES = 5 << 20;
  /** Tries of one item, or of a whole request, before the ingest fails. */
  private static final int TRIES = 12;
  private static final long FIRST_PAUSE_MS = 100;
  private static final long LONGEST_PAUSE_MS = 10_000;

  private final Cluster cluster;
  private final String index;
  private final Object lock = new Object();
  private ByteArrayOutputStream pending = new ByteArrayOutputStream();
  /** The items of {@link #pending}, one action and source per item, for sending again. */
  private List<byte[]> items = new ArrayList<>();
  /** The releases of {@link #pending} and how many messages each holds now. */
  private Map<String, Integer> releases = new java.util.LinkedHashMap<>();
  /** Items sent again after the cluster pushed back, since this writer was opened: for the ingest's report. */
  private long retried;

  BulkWriter(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  void put(StoredRelease release) throws IOException {
    List<byte[]> mine = new ArrayList<>();
    for (Entries.Entry e : Entries.of(release)) {
      ObjectNode action = Cluster.JSON.createObjectNode();
      action.putObject("index").put("_index", index).put("_id", e.id());
      ByteArrayOutputStream item = new ByteArrayOutputStream();
      item.write(Cluster.JSON.writeValueAsBytes(action));
      item.write('\n');
      item.write(Cluster.JSON.writeValueAsBytes(e.source()));
      item.write('\n');
      mine.add(item.toByteArray());
    }
    add(mine, release.key(), release.record().messages().size());
  }

  /** A partial update of one entry ({@code doc}: its fields to set; a null value removes one). */
  void update(String id, ObjectNode doc) throws IOException {
    ObjectNode action = Cluster.JSON.createObjectNode();
    action.putObject("update").put("_index", index).put("_id", id).put("retry_on_conflict", 3);
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("doc", doc);
    ByteArrayOutputStream item = new ByteArrayOutputStream();
    item.write(Cluster.JSON.writeValueAsBytes(action));
    item.write('\n');
    item.write(Cluster.JSON.writeValueAsBytes(body));
    item.write('\n');
    add(List.of(item.toByteArray()), null, 0);
  }

  /** Gathers {@code mine}, the items of one release ({@code key}; null for an update), and sends a full request. */
  private void add(List<byte[]> mine, String key, int messages) throws IOException {
    List<byte[]> full = null;
    Map<String, Integer> fullReleases = null;
    synchronized (lock) {
      for (byte[] item : mine) {
        pending.write(item);
        items.add(item);
      }
      if (key != null) {
        releases.put(key, messages);
      }
      if (pending.size() >= BULK_BYTES) {
        full = items;
        fullReleases = releases;
        reset();
      }
    }
    if (full != null) {
      send(full, fullReleases);
    }
  }

  /** Sends what is gathered. */
  void flush() throws IOException {
    List<byte[]> full;
    Map<String, Integer> fullReleases;
    synchronized (lock) {
      full = items;
      fullReleases = releases;
      reset();
    }
    if (!full.isEmpty()) {
      send(full, fullReleases);
    }
  }

  long retried() {
    return retried;
  }

  private void reset() {
    pending = new ByteArrayOutputStream();
    items = new ArrayList<>();
    releases = new java.util.LinkedHashMap<>();
  }

  private void send(List<byte[]> batch, Map<String, Integer> batchReleases) throws IOException {
    List<byte[]> left = batch;
    long pause = FIRST_PAUSE_MS;
    for (int attempt = 1; ; attempt++) {
      List<byte[]> again = new ArrayList<>();
      String why = null;
      try {
        JsonNode answer = cluster.call("POST", "/_bulk", Map.of(), joined(left), false);
        if (answer.path("errors").asBoolean(false)) {
          JsonNode results = answer.path("items");
          for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i).elements().next(); // under its action: index or update
            int status = r.path("status").asInt(200);
            if (status >= 300) {
              if (!passing(status)) {
                throw new ClusterException(status, "the cluster refused entry " + r.path("_id").asText()
                    + ": " + Cluster.reason(r));
              }
              again.add(left.get(i));
              why = status + " " + Cluster.reason(r);
            }
          }
        }
      } catch (ClusterException e) {
        if (!passing(e.status)) {
          throw e;
        }
        again = left; // the whole request: a node lost mid-request, or pushed back
        why = e.getMessage();
      }
      if (again.isEmpty()) {
        break;
      }
      if (attempt == TRIES) {
        throw new IOException("the cluster did not take " + again.size() + " entries after " + TRIES + " tries: " + why);
      }
      synchronized (lock) {
        retried += again.size();
      }
      sleep(pause);
      pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
      left = again;
    }
    dropStaleMessages(batchReleases);
  }

  /** Passing troubles: pushed back (429), a node gone or not ready (0, 502, 503, 504). */
  private static boolean passing(int status) {
    return status == 0 || status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** The messages a release put again no longer holds (it was printed with fewer). */
  private void dropStaleMessages(Map<String, Integer> batchReleases) throws IOException {
    // one clause per message count, not per release: a request holds thousands of releases
    java.util.TreeMap<Integer, List<String>> byCount = new java.util.TreeMap<>();
    batchReleases.forEach((key, n) -> byCount.computeIfAbsent(n, k -> new ArrayList<>()).add(key));
    ObjectNode query = Cluster.JSON.createObjectNode();
    ArrayNode should = query.putObject("query").putObject("bool").putArray("should");
    for (Map.Entry<Integer, List<String>> e : byCount.entrySet()) {
      ArrayNode filter = should.addObject().putObject("bool").putArray("filter");
      ArrayNode keys = filter.addObject().putObject("terms").putArray(IndexFields.DOC_KEY);
      e.getValue().forEach(keys::add);
      filter.addObject().putObject("range").putObject(IndexFields.POSITION).put("gte", e.getKey());
    }
    if (should.isEmpty()) {
      return;
    }
    long pause = FIRST_PAUSE_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        cluster.call("POST", "/" + index + "/_delete_by_query",
            Map.of("conflicts", "proceed", "refresh", "false"), query, false);
        return;
      } catch (ClusterException e) {
        if (!passing(e.status) || attempt == TRIES) {
          throw e;
        }
        sleep(pause);
        pause = Math.min(LONGEST_PAUSE_MS, pause * 2);
      }
    }
  }

  private static byte[] joined(List<byte[]> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] item : items) {
      out.writeBytes(item);
    }
    return out.toByteArray();
  }

  private static void sleep(long ms) throws IOException {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while waiting for the cluster");
    }
  }
}
