package org.readingroom.index.opensearch;

import static org.readingroom.index.IndexFields.DATE;
import static org.readingroom.index.IndexFields.DOC_ID;
import static org.readingroom.index.IndexFields.DOC_KEY;
import static org.readingroom.index.IndexFields.FACET_CLASSIFICATION;
import static org.readingroom.index.IndexFields.FACET_EXEMPTION;
import static org.readingroom.index.IndexFields.FACET_MONTH;
import static org.readingroom.index.IndexFields.FACET_RECIPIENT;
import static org.readingroom.index.IndexFields.FACET_RELEASE;
import static org.readingroom.index.IndexFields.FACET_SENDER;
import static org.readingroom.index.IndexFields.FACET_YEAR;
import static org.readingroom.index.IndexFields.HASH;
import static org.readingroom.index.IndexFields.ID;
import static org.readingroom.index.IndexFields.KIND;
import static org.readingroom.index.IndexFields.SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.readingroom.archive.SharedFiles;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Groups;
import org.readingroom.index.Hit;
import org.readingroom.index.LuceneQueries;
import org.readingroom.index.ReleaseAnalyzer;
import org.readingroom.index.ReadersQuery;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.index.SearchResult.FacetCount;

/**
 * The engine on an OpenSearch cluster. An archive is an alias ({@code readingroom-NAME}) over one
 * index ({@code readingroom-NAME-TIMESTAMP}); a rebuilt index is swapped in under the alias at
 * once ({@link #openForRebuilding}, {@link #swapIn}). Queries are read exactly as the embedded engine reads them
 * ({@link LuceneQueries}) and translated ({@link QueryTranslation}); ingest writes through a
 * {@link BulkWriter}; searches go through a {@link ClusterSearcher}.
 */
public final class OpenSearchEngine implements SearchEngine {

  /** Releases fetched by one search when an export reads them by key: well under the cluster's result window. */
  private static final int RELEASES_PER_CALL = 500;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

  private final Cluster cluster;
  private final OpenSearchConfig config;
  /** Where writes go: the alias, or the new index of a rebuild until it is swapped in. */
  private final String target;
  /** Whether {@link #target} is a rebuild's new index, to be swapped in by {@link #swapIn()}. */
  private final boolean rebuilding;
  private boolean swapped;
  private final LuceneQueries queries = new LuceneQueries(new ReleaseAnalyzer());
  private final BulkWriter writer;
  private final ClusterSearcher searcher;
  private final ClusterFiles files;
  /** A rebuild's analysis files, shared when it is swapped in. */
  private final ClusterFiles.Deferred deferred;

  private OpenSearchEngine(Cluster cluster, OpenSearchConfig config, String target, boolean rebuilding,
      Duration budget) {
    this.cluster = cluster;
    this.config = config;
    this.target = target;
    this.rebuilding = rebuilding;
    this.writer = new BulkWriter(cluster, target);
    this.searcher = new ClusterSearcher(cluster, target, budget);
    this.files = new ClusterFiles(cluster, config.alias(), config.replicas());
    this.deferred = rebuilding ? new ClusterFiles.Deferred(files) : null;
  }

  /**
   * The analysis and curation files, kept in the cluster beside the index ({@link ClusterFiles});
   * a rebuild's are shared when it is swapped in.
   */
  @Override
  public SharedFiles sharedFiles() {
    return rebuilding ? deferred : files;
  }

  /** Opens the archive's index for ingesting, creating it (behind its alias) when there is none. */
  public static OpenSearchEngine openForWriting(OpenSearchConfig config) throws IOException {
    Cluster cluster = connected(config);
    try {
      if (cluster.call("GET", "/_alias/" + config.alias(), Map.of(), null, true) == null) {
        String index = createIndex(cluster, config);
        ObjectNode actions = Cluster.JSON.createObjectNode();
        actions.putArray("actions").addObject().putObject("add").put("index", index).put("alias", config.alias());
        cluster.call("POST", "/_aliases", actions);
      }
      return new OpenSearchEngine(cluster, config, config.alias(), false, null);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * Opens a new, empty index for the archive, which replaces the one behind its alias at {@link
   * #swapIn()}; readers keep the old one until then: a re-index without downtime. Closed without
   * {@code swapIn} (an interrupted or failed rebuild), the new index is dropped and the old one goes
   * on serving. The new index of a rebuild that never reached {@code close} (a killed process) is
   * dropped here, by the next rebuild: one rebuild of an archive at a time.
   */
  public static OpenSearchEngine openForRebuilding(OpenSearchConfig config) throws IOException {
    Cluster cluster = connected(config);
    try {
      for (String leftover : leftovers(cluster, config.alias())) {
        cluster.call("DELETE", "/" + leftover, Map.of(), null, true);
      }
      return new OpenSearchEngine(cluster, config, createIndex(cluster, config), true, null);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The archive's indices ({@code ALIAS-TIMESTAMP}) that its alias does not point at. */
  static List<String> leftovers(Cluster cluster, String alias) throws IOException {
    JsonNode all = cluster.call("GET", "/_cat/indices/" + alias + "-*", Map.of("format", "json", "h", "index"), null,
        true);
    JsonNode live = cluster.call("GET", "/_alias/" + alias, Map.of(), null, true);
    java.util.regex.Pattern own = java.util.regex.Pattern.compile(
        java.util.regex.Pattern.quote(alias) + "-\\d{8}-\\d{6}-\\d{3}");
    List<String> out = new ArrayList<>();
    if (all != null) {
      for (JsonNode row : all) {
        String index = row.path("index").asText();
        if (own.matcher(index).matches() && (live == null || !live.has(index))) {
          out.add(index);
        }
      }
    }
    return out;
  }

  /**
   * Puts a rebuild's new index behind the alias in one atomic {@code _aliases} call and drops the
   * index it replaces: searches go from the old to the new without a moment with neither.
   *
   * @throws IllegalStateException when this engine is not a rebuild's
   */
  public void swapIn() throws IOException {
    if (!rebuilding) {
      throw new IllegalStateException("not a rebuild: nothing to swap in");
    }
    writer.flush();
    cluster.call("POST", "/" + target + "/_refresh", null);
    JsonNode old = cluster.call("GET", "/_alias/" + config.alias(), Map.of(), null, true);
    ObjectNode body = Cluster.JSON.createObjectNode();
    ArrayNode actions = body.putArray("actions");
    List<String> replaced = new ArrayList<>();
    if (old != null) {
      old.fieldNames().forEachRemaining(replaced::add);
    }
    replaced.forEach(i -> actions.addObject().putObject("remove").put("index", i).put("alias", config.alias()));
    actions.addObject().putObject("add").put("index", target).put("alias", config.alias());
    cluster.call("POST", "/_aliases", body);
    swapped = true;
    deferred.release();
    for (String i : replaced) {
      cluster.call("DELETE", "/" + i, Map.of(), null, true);
    }
  }

  /** The index this engine writes to and reads from (the alias, or a rebuild's new index). */
  public String target() {
    return target;
  }

  /**
   * Marks the copies of the analysis's messages on the entries ({@link CopyMarks}), so that every
   * serve process leaves the same ones out with one term. An index made before the mark existed
   * gets its field first.
   */
  @Override
  public void copiesFound(Groups groups) throws IOException {
    ObjectNode field = Cluster.JSON.createObjectNode();
    field.putObject("properties").putObject(IndexDesign.COPY).put("type", "keyword");
    cluster.call("PUT", "/" + target + "/_mapping", field);
    CopyMarks.mark(groups, searcher, writer);
    cluster.call("POST", "/" + target + "/_refresh", null);
  }

  /** Opens the archive's index for searching; fails, in one line, when the cluster has none. */
  public static OpenSearchEngine openForReading(OpenSearchConfig config) throws IOException {
    return openForReading(config, null);
  }

  /**
   * Opens the archive's index for searching, each search stopped by the cluster when it has run for
   * {@code budget} ({@link org.readingroom.index.SearchTimeoutException}); null: no budget.
   */
  public static OpenSearchEngine openForReading(OpenSearchConfig config, Duration budget) throws IOException {
    Cluster cluster = connected(config);
    try {
      if (cluster.call("GET", "/_alias/" + config.alias(), Map.of(), null, true) == null) {
        throw new ClusterException(404, "the cluster at " + Cluster.shown(config.urls()) + " holds no archive '"
            + config.alias() + "': ingest into it first");
      }
      return new OpenSearchEngine(cluster, config, config.alias(), false, budget);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * What is wrong with the archive's index on the cluster, or null when it is sound: every shard of
   * it on a live node (its health not red), and every entry it holds countable.
   */
  public String check() throws IOException {
    JsonNode health = cluster.call("GET", "/_cluster/health/" + target, Map.of("timeout", "10s"), null, false);
    String status = health.path("status").asText();
    if ("red".equals(status)) {
      return "the index is red: " + health.path("unassigned_shards").asInt() + " shard(s) on no live node";
    }
    try {
      cluster.call("GET", "/" + target + "/_count", Map.of(), null, false);
    } catch (ClusterException e) {
      return "its entries cannot be counted: " + e.getMessage();
    }
    return null;
  }

  /** A client of the cluster, once it answers and is not red. */
  private static Cluster connected(OpenSearchConfig config) throws IOException {
    Cluster cluster = Cluster.connect(config);
    try {
      JsonNode health = cluster.call("GET", "/_cluster/health", Map.of("timeout", "30s", "wait_for_status", "yellow"),
          null, false);
      if ("red".equals(health.path("status").asText())) {
        throw new ClusterException(503, "the OpenSearch cluster at " + Cluster.shown(config.urls())
            + " is red: some of its data is not on any live node");
      }
      return cluster;
    } catch (ClusterException e) {
      cluster.close();
      if (e.status == 408) {
        throw new ClusterException(503, "the OpenSearch cluster at " + Cluster.shown(config.urls())
            + " is red: some of its data is not on any live node");
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private static String createIndex(Cluster cluster, OpenSearchConfig config) throws IOException {
    String index = config.alias() + "-" + STAMP.format(java.time.LocalDateTime.now(Clock.systemUTC()));
    cluster.call("PUT", "/" + index, IndexDesign.settingsAndMappings(config.shards(), config.replicas()));
    cluster.call("GET", "/_cluster/health/" + index, Map.of("wait_for_status", "yellow", "timeout", "60s"), null,
        false);
    return index;
  }

  /** The cluster's settings, for messages (without the credentials). */
  public OpenSearchConfig config() {
    return config;
  }

  @Override
  public Map<String, String> indexedSources() throws IOException {
    Map<String, String> out = new HashMap<>();
    searcher.scan(kind(EntryKind.DOCUMENT), byId(), List.of(SOURCE, HASH),
        h -> out.put(h.path("_source").path(SOURCE).asText(), h.path("_source").path(HASH).asText()));
    return out;
  }

  @Override
  public void put(StoredRelease release) throws IOException {
    writer.put(release);
  }

  @Override
  public void commit() throws IOException {
    writer.flush();
    cluster.call("POST", "/" + target + "/_refresh", null);
  }

  /** Entries the cluster pushed back (429) or lost with a node and that were sent again. */
  public long retried() {
    return writer.retried();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    ObjectNode query = QueryTranslation.of(queries.build(request));
    ObjectNode highlighted = QueryTranslation.of(queries.text(request.query()));
    String notice = queries.notice(request.query());
    SearchResult result = searcher.search(request, query, highlighted, start);
    if (result.total() == 0) {
      String any = ReadersQuery.anyOf(request.query());
      if (any != null) {
        return search(request.toBuilder().query(any).build()).withNotice(ReadersQuery.withAnyOfNotice(notice));
      }
    }
    return notice == null ? result : result.withNotice(notice);
  }

  @Override
  public void export(SearchRequest request, Consumer<Hit> each) throws IOException {
    searcher.export(request, QueryTranslation.of(queries.build(request)), each);
  }

  @Override
  public Optional<StoredRelease> release(String id) throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode();
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("filter").add(kind(EntryKind.DOCUMENT));
    ArrayNode should = bool.putArray("should");
    should.addObject().putObject("term").put(DOC_ID, id.toUpperCase(Locale.ROOT));
    should.addObject().putObject("term").put(DOC_KEY, id);
    bool.put("minimum_should_match", 1);
    body.put("size", 1);
    JsonNode hits = cluster.call("POST", "/" + target + "/_search", body).path("hits").path("hits");
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Entries.release(hits.get(0).path("_source")));
  }

  @Override
  public List<StoredRelease> releases(List<String> keys) throws IOException {
    Map<String, StoredRelease> found = new HashMap<>();
    for (int from = 0; from < keys.size(); from += RELEASES_PER_CALL) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      ObjectNode bool = body.putObject("query").putObject("bool");
      ArrayNode filter = bool.putArray("filter");
      filter.add(kind(EntryKind.DOCUMENT));
      ArrayNode terms = filter.addObject().putObject("terms").putArray(DOC_KEY);
      int n = 0;
      for (String key : keys.subList(from, Math.min(keys.size(), from + RELEASES_PER_CALL))) {
        if (key != null) {
          terms.add(key);
          n++;
        }
      }
      if (n == 0) {
        continue;
      }
      body.put("size", n);
      for (JsonNode hit : cluster.call("POST", "/" + target + "/_search", body).path("hits").path("hits")) {
        StoredRelease release = Entries.release(hit.path("_source"));
        found.putIfAbsent(release.key(), release);
      }
    }
    List<StoredRelease> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      out.add(key == null ? null : found.get(key));
    }
    return out;
  }

  @Override
  public void eachRelease(int threads, Consumer<StoredRelease> action) throws IOException {
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      List<JsonNode> page = new ArrayList<>();
      searcher.scan(kind(EntryKind.DOCUMENT), byId(), List.of("*"), h -> {
        page.add(h.path("_source"));
        if (page.size() == ClusterSearcher.CHUNK) {
          handOver(pool, page, action);
          page.clear();
        }
      });
      handOver(pool, page, action);
    } finally {
      pool.shutdown();
    }
  }

  /** One page of releases to {@code action} on the pool's threads; what it throws, thrown here. */
  private static void handOver(ForkJoinPool pool, List<JsonNode> page, Consumer<StoredRelease> action)
      throws IOException {
    try {
      pool.submit(() -> page.parallelStream().forEach(source -> {
        try {
          action.accept(Entries.release(source));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading the archive");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }

  @Override
  public ArchiveStats stats() throws IOException {
    Map<String, List<FacetCount>> byDocument = facetsOf(EntryKind.DOCUMENT);
    Map<String, List<FacetCount>> byMessage = facetsOf(EntryKind.MESSAGE);
    return new ArchiveStats(count(EntryKind.DOCUMENT), count(EntryKind.MESSAGE), edgeDate(false), edgeDate(true),
        byDocument.getOrDefault(FACET_RELEASE, List.of()),
        byMessage.getOrDefault(FACET_SENDER, List.of()),
        byMessage.getOrDefault(FACET_RECIPIENT, List.of()),
        byDocument.getOrDefault(FACET_EXEMPTION, List.of()),
        byDocument.getOrDefault(FACET_CLASSIFICATION, List.of()),
        byMessage.getOrDefault(FACET_YEAR, List.of()),
        byMessage.getOrDefault(FACET_MONTH, List.of()));
  }

  private Map<String, List<FacetCount>> facetsOf(EntryKind kind) throws IOException {
    SearchResult r = searcher.search(SearchRequest.builder().kind(kind).limit(0).facets(true).build(), kind(kind),
        kind(kind), System.nanoTime());
    return r.facets();
  }

  private long count(EntryKind kind) throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", kind(kind));
    return cluster.call("POST", "/" + target + "/_count", body).path("count").asLong();
  }

  /** The date of the first (or last) dated message, or null. */
  private String edgeDate(boolean latest) throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode();
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("filter").add(kind(EntryKind.MESSAGE)).addObject().putObject("exists").put("field", DATE);
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put(DATE, latest ? "desc" : "asc");
    sort.addObject().put(ID, "asc");
    body.put("size", 1);
    body.putArray("_source").add(IndexDesign.HIT_SOURCE);
    JsonNode hits = cluster.call("POST", "/" + target + "/_search", body).path("hits").path("hits");
    return hits.isEmpty() ? null : hits.get(0).path("_source").path(IndexDesign.HIT_SOURCE).path("date").asText(null);
  }

  private static ObjectNode kind(EntryKind kind) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    q.putObject("term").put(KIND, kind.name());
    return q;
  }

  private static ArrayNode byId() {
    ArrayNode sort = Cluster.JSON.createArrayNode();
    sort.addObject().put(ID, "asc");
    return sort;
  }

  /** Lets go of the cluster; a rebuild never swapped in drops its new index first. */
  @Override
  public void close() throws IOException {
    try {
      if (rebuilding && !swapped) {
        cluster.call("DELETE", "/" + target, Map.of(), null, true);
      }
    } finally {
      cluster.close();
    }
  }
}
