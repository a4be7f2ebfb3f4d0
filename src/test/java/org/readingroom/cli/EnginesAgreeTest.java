package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.extract.ReleaseFiles;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.index.opensearch.OpenSearchConfig;
import org.readingroom.index.opensearch.OpenSearchEngine;
import org.readingroom.serve.Server;
import org.readingroom.serve.ServerSettings;

/**
 * The two engines give the same answers: the sample release ingested (through the command line)
 * into the embedded engine and into a real two-node OpenSearch cluster (an index with a replica),
 * each served by the reading room, then the same searches, facets, pages, documents and stats asked
 * of both over HTTP. Last, a node is stopped while an ingest runs, and every document is in the
 * cluster once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnginesAgreeTest {

  @TempDir static Path tmp;

  static final Path SAMPLE = Path.of("src/main/resources/org/readingroom/sample/sample-release.zip");
  static final Path SAMPLE_TEXT = Path.of("src/test/resources/golden/seed-banner-letter.txt");
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  static LocalCluster cluster;
  static ArchiveLayout embeddedArchive;
  static ArchiveLayout clusterArchive;
  static SearchEngine embedded;
  static SearchEngine onCluster;
  static Javalin embeddedServer;
  static Javalin clusterServer;

  @BeforeAll
  static void ingestIntoBoth() throws Exception {
    cluster = LocalCluster.start(2, Path.of("target", "opensearch-test"));
    embeddedArchive = new ArchiveLayout(tmp.resolve("embedded"));
    clusterArchive = new ArchiveLayout(tmp.resolve("cluster"));
    CliRun a = CliRun.of("ingest", "--quiet", "--archive", embeddedArchive.root().toString(), SAMPLE.toString());
    assertEquals(0, a.exitCode(), a.err());
    CliRun b = CliRun.of("ingest", "--quiet", "--engine", "opensearch", "--opensearch-url", cluster.url,
        "--opensearch-replicas", "1", "--archive", clusterArchive.root().toString(), SAMPLE.toString());
    assertEquals(0, b.exitCode(), b.err());
    embedded = LuceneEngine.openForReading(embeddedArchive.index());
    onCluster = OpenSearchEngine.openForReading(config("readingroom-cluster"));
    embeddedServer = Server.create(embedded, embeddedArchive).start("127.0.0.1", 0);
    clusterServer = Server.create(onCluster, clusterArchive).start("127.0.0.1", 0);
  }

  static OpenSearchConfig config(String alias) {
    return new OpenSearchConfig(OpenSearchConfig.urls(cluster.url), null, null, null, null, alias, 1, 1);
  }

  @AfterAll
  static void stop() throws Exception {
    for (Javalin app : new Javalin[] {embeddedServer, clusterServer}) {
      if (app != null) {
        app.stop();
      }
    }
    for (SearchEngine e : new SearchEngine[] {embedded, onCluster}) {
      if (e != null) {
        e.close();
      }
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  static JsonNode get(Javalin app, String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every hit of a search, page by page through the cursor: its ids in order, and its dates. */
  record Paged(long total, List<String> ids, List<String> dates, JsonNode firstPage) {}

  static Paged paged(Javalin app, String params) throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    JsonNode first = null;
    String cursor = null;
    long total;
    do {
      // facets with the first page only, as the reading room asks
      JsonNode page = get(app, "/api/search?limit=500&" + (cursor == null ? params + "&facets=true"
          : params + "&cursor=" + q(cursor)));
      first = first == null ? page : first;
      total = page.path("total").asLong();
      for (JsonNode h : page.path("hits")) {
        ids.add(h.path("id").asText());
        dates.add(h.path("date").asText(""));
      }
      cursor = page.hasNonNull("next") ? page.path("next").asText() : null;
    } while (cursor != null);
    return new Paged(total, ids, dates, first);
  }

  @ParameterizedTest
  @Order(1)
  @ValueSource(strings = {
      "libya", "\"state department\"", "\"tehran reactor\"~5", "benghazi~", "secur*", "from:mills",
      "to:\"cheryl mills\"", "exemption:B6", "exemption:1.4(D)", "sent:[2011-01 TO 2011-06]", "subject:libya",
      "libya AND NOT egypt", "(libya OR egypt) AND oil", "classification:confidential", "year:2012",
      "hrod17@clintonemail.com", "C05787433", "kind:message AND gaddafi"})
  void searchesFacetsAndPagesAgree(String query) throws Exception {
    String params = "q=" + q(query);
    Paged a = paged(embeddedServer, params);
    Paged b = paged(clusterServer, params);
    assertTrue(a.total() > 0, "a search that finds nothing shows nothing: " + query);
    assertEquals(a.total(), b.total(), query);
    assertEquals(a.total(), a.ids().size(), "every hit paged through once: " + query);
    assertEquals(new TreeSet<>(a.ids()), new TreeSet<>(b.ids()), query);
    assertEquals(b.total(), new TreeSet<>(b.ids()).size(), "no hit twice across pages: " + query);
    assertEquals(a.firstPage().path("facets"), b.firstPage().path("facets"), query);
    // where both show a hit on the first page, both mark the query's words in its snippet, or
    // neither does (which passage each highlighter picks may differ)
    Map<String, Boolean> marksA = marks(a.firstPage());
    Map<String, Boolean> marksB = marks(b.firstPage());
    int both = 0;
    for (Map.Entry<String, Boolean> e : marksA.entrySet()) {
      if (marksB.containsKey(e.getKey())) {
        assertEquals(e.getValue(), marksB.get(e.getKey()), query + ": the snippet of " + e.getKey());
        both++;
      }
    }
    assertTrue(both > 0 || a.total() == 0, query);
  }

  /** Whether each hit's snippet marks a word, by hit id. */
  static Map<String, Boolean> marks(JsonNode page) {
    Map<String, Boolean> out = new java.util.HashMap<>();
    for (JsonNode h : page.path("hits")) {
      boolean marked = false;
      for (JsonNode f : h.path("snippet").path("fragments")) {
        marked |= f.path("match").asBoolean();
      }
      out.put(h.path("id").asText(), marked);
    }
    return out;
  }

  @ParameterizedTest
  @Order(2)
  @ValueSource(strings = {"sort=date&q=libya", "sort=oldest&q=oil", "sort=date&kind=message&since=2010-06&until=2010-12"})
  void ordersByDateAgree(String params) throws Exception {
    Paged a = paged(embeddedServer, params);
    Paged b = paged(clusterServer, params);
    assertTrue(a.total() > 0, params);
    assertEquals(a.dates(), b.dates(), params);
    assertEquals(new TreeSet<>(a.ids()), new TreeSet<>(b.ids()), params);
  }

  @ParameterizedTest
  @Order(3)
  @ValueSource(strings = {"copies=one&kind=message", "copies=all&kind=message", "copies=one&q=libya",
      "kind=document&exemption=B5", "release=PART&classification=CONFIDENTIAL"})
  void messagesCopiesAndFiltersAgree(String params) throws Exception {
    Paged a = paged(embeddedServer, params);
    Paged b = paged(clusterServer, params);
    assertTrue(a.total() > 0, params);
    assertEquals(a.total(), b.total(), params);
    assertEquals(new TreeSet<>(a.ids()), new TreeSet<>(b.ids()), params);
    assertEquals(a.firstPage().path("facets"), b.firstPage().path("facets"), params);
  }

  @Test
  @Order(4)
  void oneMessageOfManyPrintingsIsOneHitOnBoth() throws Exception {
    long one = get(clusterServer, "/api/search?kind=message&copies=one&limit=0").path("total").asLong();
    long all = get(clusterServer, "/api/search?kind=message&copies=all&limit=0").path("total").asLong();
    assertTrue(one < all, "copies collapsed: " + one + " of " + all);
  }

  @Test
  @Order(5)
  void documentsAndStatsAgree() throws Exception {
    JsonNode page = get(embeddedServer, "/api/search?kind=document&limit=30&sort=date");
    int compared = 0;
    for (JsonNode h : page.path("hits")) {
      String id = h.path("id").asText();
      assertEquals(get(embeddedServer, "/api/documents/" + q(id)), get(clusterServer, "/api/documents/" + q(id)), id);
      compared++;
    }
    assertEquals(30, compared);
    assertEquals(get(embeddedServer, "/api/stats"), get(clusterServer, "/api/stats"));
  }

  @Test
  @Order(6)
  void whatTheEnginesCannotReadIsRefusedAlike() throws Exception {
    for (String params : List.of("exemption=Q9", "q=libya&cursor=" + q("not a cursor"), "q=" + q("x".repeat(2001)))) {
      for (Javalin app : new Javalin[] {embeddedServer, clusterServer}) {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
            + "/api/search?" + params)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), params + ": " + r.body());
      }
    }
  }

  @Test
  @Order(7)
  void aWrongAddressIsOneLine() {
    CliRun r = CliRun.of("search", "--engine", "opensearch", "--opensearch-url", "http://127.0.0.1:1",
        "--archive", clusterArchive.root().toString(), "libya");
    assertEquals(1, r.exitCode(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("readingroom: cannot reach OpenSearch at"), r.err());
  }

  /**
   * A re-index without downtime: {@code ingest --rebuild} fills a new index while the old one
   * answers, swaps it in under the alias in one step and drops the old one, and the leftover of a
   * rebuild that was killed.
   */
  @Test
  @Order(90)
  void aRebuildSwapsItsIndexInWhileTheOldOneAnswers() throws Exception {
    Path all = sampleDocuments("rebuild-all", 40);
    Path part = sampleDocuments("rebuild-part", 10);
    String alias = "readingroom-rebuilt";
    List<String> onCluster = List.of("--quiet", "--engine", "opensearch", "--opensearch-url", cluster.url,
        "--opensearch-replicas", "1", "--opensearch-index", alias, "--archive", tmp.resolve("rebuilt").toString());
    CliRun first = CliRun.of(args("ingest", onCluster, all));
    assertEquals(0, first.exitCode(), first.err());
    String node = cluster.url.split(",")[0];
    assertEquals(40, count(node, alias, "DOCUMENT"));
    String old = behind(node, alias);
    String killed = alias + "-20000101-000000-000";
    assertEquals(200, send("PUT", node + "/" + killed));

    CompletableFuture<CliRun> rebuild = CompletableFuture.supplyAsync(
        () -> CliRun.of(args("ingest", List.of("--rebuild"), part, onCluster)));
    TreeSet<Long> seen = new TreeSet<>();
    String sharedBefore = sharedPeople(node, alias);
    while (!rebuild.isDone()) {
      // the rebuild's analysis is shared after its index is swapped in, not before
      String shared = sharedPeople(node, alias);
      long documents = count(node, alias, "DOCUMENT");
      seen.add(documents);
      assertTrue(shared.equals(sharedBefore) || documents == 10, "the new persons were shared before the new index");
      Thread.sleep(10);
    }
    CliRun done = rebuild.get();
    assertEquals(0, done.exitCode(), done.err());
    assertTrue(done.err().contains("now serves under " + alias), done.err());
    assertTrue(List.of(40L, 10L).containsAll(seen), "readers saw the old index or the new one, nothing between: " + seen);
    assertEquals(10, count(node, alias, "DOCUMENT"));
    assertFalse(sharedPeople(node, alias).equals(sharedBefore), "the rebuild's persons are shared");
    assertFalse(old.equals(behind(node, alias)));
    assertEquals(404, send("HEAD", node + "/" + old), "the replaced index is dropped");
    assertEquals(404, send("HEAD", node + "/" + killed), "so is a killed rebuild's");

    CliRun embeddedRebuild = CliRun.of("ingest", "--rebuild", "--archive", tmp.resolve("no-rebuild").toString(),
        part.toString());
    assertEquals(2, embeddedRebuild.exitCode());
    assertTrue(embeddedRebuild.err().contains("--rebuild needs --engine opensearch"), embeddedRebuild.err());
  }

  /** The digest of the persons file the cluster shares for the archive {@code alias}. */
  static String sharedPeople(String node, String alias) throws Exception {
    return source(node + "/" + alias + ".files/_doc/head:people.json").path("sha256").asText();
  }

  /**
   * Exports read the same hits, records and analysis from both engines: every format, whole and for
   * a search, line for line alike once sorted (hits that tie in score may come in another order).
   */
  @ParameterizedTest
  @Order(8)
  @ValueSource(strings = {"jsonl", "csv", "mbox"})
  void exportsAgree(String format) throws Exception {
    for (List<String> search : List.of(List.<String>of(), List.of("libya"))) {
      List<String> embeddedArgs = new ArrayList<>(List.of("export", "--quiet", "--format", format, "--archive",
          embeddedArchive.root().toString()));
      embeddedArgs.addAll(search);
      List<String> clusterArgs = new ArrayList<>(List.of("export", "--quiet", "--format", format, "--engine",
          "opensearch", "--opensearch-url", cluster.url, "--archive", clusterArchive.root().toString()));
      clusterArgs.addAll(search);
      CliRun a = CliRun.of(embeddedArgs.toArray(String[]::new));
      CliRun b = CliRun.of(clusterArgs.toArray(String[]::new));
      assertEquals(0, a.exitCode(), a.err());
      assertEquals(0, b.exitCode(), b.err());
      List<String> left = a.out().lines().sorted().toList();
      List<String> right = b.out().lines().sorted().toList();
      assertTrue(left.size() > (search.isEmpty() ? 500 : 10), format + " " + search + ": " + left.size() + " lines");
      assertEquals(left, right, format + " " + search);
    }
  }

  /** The first {@code n} documents of the sample release, as files in a folder. */
  static Path sampleDocuments(String name, int n) throws Exception {
    Path folder = java.nio.file.Files.createDirectories(tmp.resolve(name));
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(SAMPLE.toFile())) {
      List<? extends java.util.zip.ZipEntry> entries = zip.stream().filter(e -> !e.isDirectory()).limit(n).toList();
      for (java.util.zip.ZipEntry e : entries) {
        try (java.io.InputStream in = zip.getInputStream(e)) {
          java.nio.file.Files.copy(in, folder.resolve(Path.of(e.getName()).getFileName().toString()));
        }
      }
    }
    return folder;
  }

  static String[] args(String command, List<String> options, Path path) {
    return args(command, options, path, List.of());
  }

  static String[] args(String command, List<String> options, Path path, List<String> more) {
    List<String> out = new ArrayList<>(List.of(command));
    out.addAll(options);
    out.addAll(more);
    out.add(path.toString());
    return out.toArray(String[]::new);
  }

  /** The one index behind {@code alias}. */
  static String behind(String node, String alias) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node + "/_alias/" + alias)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body()).fieldNames().next();
  }

  static int send(String method, String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /**
   * The copies a search leaves out are marks on the cluster's entries, made by the analysis: an
   * analysis that finds other messages clears the marks that no longer hold, and puts back its own.
   */
  @Test
  @Order(95)
  void anAnalysisMarksItsCopiesAndClearsThoseThatNoLongerHold() throws Exception {
    String node = cluster.url.split(",")[0];
    String marked = "{\"query\":{\"exists\":{\"field\":\"copy\"}}}";
    long marks = countWhere(node, "readingroom-cluster", marked);
    assertTrue(marks > 0, "the sample release prints messages more than once");
    onCluster.copiesFound(org.readingroom.index.Groups.NONE);
    assertEquals(0, countWhere(node, "readingroom-cluster", marked));
    onCluster.copiesFound(org.readingroom.analysis.ArchiveAnalysis.load(clusterArchive).groups());
    assertEquals(marks, countWhere(node, "readingroom-cluster", marked));
  }

  static final String TOKEN = "engines-agree-curator-token-0123";

  /**
   * Nothing the readers need lives only on one machine: a second server of the cluster's archive,
   * from a folder of its own that starts empty (another machine), reads the analysis from the
   * cluster and answers the people as the first does; curators' changes made on both at once are
   * both kept, each seen by the other server, and by the command line from a third folder.
   */
  @Test
  @Order(96)
  void aServerElsewhereReadsTheAnalysisAndTheCuratorsChangesFromTheCluster() throws Exception {
    ArchiveLayout elsewhere = new ArchiveLayout(tmp.resolve("elsewhere"));
    ServerSettings curated = ServerSettings.curatedWith(TOKEN);
    try (SearchEngine engine = OpenSearchEngine.openForReading(config("readingroom-cluster"))) {
      Javalin first = Server.create(onCluster, clusterArchive, Clock.systemDefaultZone(), curated, "127.0.0.1")
          .start("127.0.0.1", 0);
      Javalin second = Server.create(engine, elsewhere, Clock.systemDefaultZone(), curated, "127.0.0.1")
          .start("127.0.0.1", 0);
      try {
        JsonNode people = get(first, "/api/people?limit=1000");
        assertTrue(people.path("total").asInt() > 10, people.toString());
        assertEquals(people, get(second, "/api/people?limit=1000"));
        assertTrue(Files.exists(elsewhere.people()) && Files.exists(elsewhere.messages()), "pulled from the cluster");
        String a = people.path("persons").path(0).path("id").asText();
        String b = people.path("persons").path(1).path("id").asText();
        String c = people.path("persons").path(2).path("id").asText();

        CompletableFuture<Integer> onFirst = CompletableFuture.supplyAsync(
            () -> post(first, "/api/people/" + a + "/rename", "{\"name\": \"Renamed On The First\"}"));
        CompletableFuture<Integer> onSecond = CompletableFuture.supplyAsync(
            () -> post(second, "/api/people/merge", "{\"ids\": [\"" + b + "\", \"" + c + "\"]}"));
        assertEquals(200, onFirst.get());
        assertEquals(200, onSecond.get());
        for (Javalin server : List.of(first, second)) {
          eventually(server, "/api/people?limit=1000", p -> p.path("total").asInt() == people.path("total").asInt() - 1
              && nameOf(p, a).equals("Renamed On The First"));
        }
        assertEquals(get(first, "/api/people?limit=1000"), get(second, "/api/people?limit=1000"));
        assertEquals(2, get(second, "/api/people/changes").path("changes").size());

        CliRun listed = CliRun.of("people", "--engine", "opensearch", "--opensearch-url", cluster.url,
            "--opensearch-index", "readingroom-cluster", "--archive", tmp.resolve("third").toString(), "log");
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("Renamed On The First") && listed.out().contains("merge"), listed.out());
        CliRun persons = CliRun.of("people", "--engine", "opensearch", "--opensearch-url", cluster.url,
            "--opensearch-index", "readingroom-cluster", "--archive", tmp.resolve("fourth").toString(), "--top", "1000");
        assertEquals(0, persons.exitCode(), persons.err());
        assertTrue(persons.out().contains("Renamed On The First"), persons.out());

        assertEquals(200, post(second, "/api/people/undo", "{}"));
        assertEquals(200, post(first, "/api/people/undo", "{}"));
        eventually(second, "/api/people?limit=1000", p -> p.equals(people));
        eventually(first, "/api/people?limit=1000", p -> p.equals(people));
      } finally {
        first.stop();
        second.stop();
      }
    }
  }

  /** The originals of documents read from PDFs: kept in the cluster, shown by a server that never ingested them. */
  @Test
  @Order(97)
  void aServerElsewhereShowsTheOriginalsOfPdfsIngestedIntoTheCluster() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("pdfs"));
    byte[] pdf = ReleaseFiles.textPdf(ReleaseFiles.CHAIN);
    Files.write(docs.resolve("chain.pdf"), pdf);
    Files.copy(SAMPLE_TEXT, docs.resolve("letter.txt"));
    CliRun ingest = CliRun.of("ingest", "--quiet", "--engine", "opensearch", "--opensearch-url", cluster.url,
        "--opensearch-index", "readingroom-originals", "--archive", tmp.resolve("pdfs-ingested").toString(),
        docs.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());

    ArchiveLayout elsewhere = new ArchiveLayout(tmp.resolve("pdfs-elsewhere"));
    try (SearchEngine engine = OpenSearchEngine.openForReading(config("readingroom-originals"))) {
      Javalin server = Server.create(engine, elsewhere).start("127.0.0.1", 0);
      try {
        JsonNode chain = get(server, "/api/documents/C09000010");
        assertEquals("application/pdf", chain.path("original").path("contentType").asText(), chain.toString());
        HttpResponse<byte[]> original = bytes(server, "/api/documents/C09000010/original");
        assertEquals(200, original.statusCode());
        assertArrayEquals(pdf, original.body(), "the ingested file, byte for byte");
        HttpResponse<byte[]> page = bytes(server, "/api/documents/C09000010/pages/2");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("image/png"));
        assertTrue(get(server, "/api/documents/C05788506").path("original").isNull(), "read from text: no original");
        assertEquals(404, bytes(server, "/api/documents/C05788506/original").statusCode());
        assertTrue(Files.exists(elsewhere.originals().resolve("C09000010.pdf")), "pulled into the folder");
      } finally {
        server.stop();
      }
    }
  }

  /** {@code check} on a machine that did not ingest: the cluster's index, and the shared files it pulls. */
  @Test
  @Order(98)
  void checkReadsTheClustersIndexAndTheFilesItShares() throws Exception {
    Path folder = tmp.resolve("check-elsewhere");
    CliRun check = CliRun.of("check", "--engine", "opensearch", "--opensearch-url", cluster.url,
        "--opensearch-index", "readingroom-cluster", "--archive", folder.toString());
    assertEquals(0, check.exitCode(), check.out() + check.err());
    assertTrue(check.out().contains("ok       index (on the cluster)") && check.out().contains("ok       messages.json")
        && check.out().contains("is sound"), check.out());
    assertTrue(Files.size(folder.resolve("messages.json")) > 1000, "pulled, then read");

    // the folder's copy of a shared file is mended from the cluster; what the folder alone keeps is not
    Files.writeString(folder.resolve("people-overrides.json"), "{not json");
    Files.writeString(folder.resolve("errors.jsonl"), "{not json\n");
    CliRun damaged = CliRun.of("check", "--engine", "opensearch", "--opensearch-url", cluster.url,
        "--opensearch-index", "readingroom-cluster", "--archive", folder.toString());
    assertEquals(1, damaged.exitCode(), damaged.out());
    assertTrue(damaged.out().contains("ok       people-overrides.json")
        && damaged.out().contains("DAMAGED  errors.jsonl"), damaged.out());

    CliRun none = CliRun.of("check", "--engine", "opensearch", "--opensearch-url", cluster.url,
        "--opensearch-index", "readingroom-nothing", "--archive", folder.toString());
    assertEquals(1, none.exitCode());
    assertTrue(none.err().contains("holds no archive 'readingroom-nothing'") && none.err().lines().count() == 1,
        none.err());
  }

  /** The size of a shared file's part in the cluster ({@code ClusterFiles.PART_BYTES}). */
  static final int PART_BYTES = 3 << 20;

  /**
   * A shared file of many parts goes to the cluster and comes back byte for byte, a part at a time,
   * to a folder of its own (another machine); a pull that meets a part gone, or a part not what its
   * head says, keeps the folder's copy and leaves nothing beside it, and does not read that head
   * again at once; the same file pushed again mends a part the cluster lost; and the next push is
   * pulled.
   */
  @Test
  @Order(99)
  void aSharedFileOfManyPartsIsPushedAndPulledWhole() throws Exception {
    String alias = "readingroom-parts";
    String files = sharedFilesDocs(alias);
    ArchiveLayout here = new ArchiveLayout(Files.createDirectories(tmp.resolve("parts-here")));
    ArchiveLayout elsewhere = new ArchiveLayout(tmp.resolve("parts-elsewhere"));
    byte[] first = noise(1, 3 * PART_BYTES + 12_345);
    Files.write(here.messages(), first);
    try (OpenSearchEngine engine = OpenSearchEngine.openForWriting(config(alias))) {
      engine.sharedFiles().push(here, List.of(here.messages()));
      JsonNode head = source(files + "head:messages.json");
      assertEquals(4, head.path("parts").asInt(), head.toString());
      assertEquals(first.length, head.path("bytes").asLong());
      pull(alias, elsewhere);
      assertArrayEquals(first, Files.readAllBytes(elsewhere.messages()), "pulled whole, the parts in order");

      byte[] second = noise(2, first.length);
      Files.write(here.messages(), second);
      engine.sharedFiles().push(here, List.of(here.messages()));
      long generation = source(files + "head:messages.json").path("generation").asLong();
      String lost = files + "part:messages.json:" + generation + ":2";
      JsonNode part2 = source(lost);
      assertEquals(200, send("DELETE", lost));
      try (OpenSearchEngine reader = OpenSearchEngine.openForReading(config(alias))) {
        reader.sharedFiles().pull(elsewhere);
        assertArrayEquals(first, Files.readAllBytes(elsewhere.messages()), "a part gone: the folder's copy kept");
        // the part back as it was: the same head is not read again at once (a lost part would have
        // every request read the others again), a new push is
        assertEquals(201, put(lost, part2.toString()));
        Thread.sleep(1_100); // a reader looks at the heads once a second
        reader.sharedFiles().pull(elsewhere);
        assertArrayEquals(first, Files.readAllBytes(elsewhere.messages()), "the same broken head: not fetched again");
      }
      assertEquals(200, send("DELETE", lost));

      // the same bytes pushed again: the part the cluster lost is mended, as a new generation
      engine.sharedFiles().push(here, List.of(here.messages()));
      assertEquals(generation + 1, source(files + "head:messages.json").path("generation").asLong());
      pull(alias, elsewhere);
      assertArrayEquals(second, Files.readAllBytes(elsewhere.messages()), "mended by pushing the same file again");
      engine.sharedFiles().push(here, List.of(here.messages()));
      assertEquals(generation + 1, source(files + "head:messages.json").path("generation").asLong(),
          "all its parts there: nothing pushed");

      byte[] third = noise(3, 2 * PART_BYTES + 1);
      Files.write(here.messages(), third);
      engine.sharedFiles().push(here, List.of(here.messages()));
      String part = files + "part:messages.json:" + source(files + "head:messages.json").path("generation") + ":1";
      JsonNode altered = source(part);
      ((ObjectNode) altered).put("content", Base64.getEncoder().encodeToString(noise(5, PART_BYTES)));
      assertEquals(200, put(part, altered.toString()));
      pull(alias, elsewhere);
      assertArrayEquals(second, Files.readAllBytes(elsewhere.messages()), "a part changed: the folder's copy kept");
      try (Stream<Path> left = Files.list(elsewhere.root())) {
        assertEquals(List.of("messages.json"), left.map(p -> p.getFileName().toString()).toList(),
            "no half-written file left beside it");
      }

      byte[] fourth = noise(4, PART_BYTES / 2);
      Files.write(here.messages(), fourth);
      engine.sharedFiles().push(here, List.of(here.messages()));
      pull(alias, elsewhere);
      assertArrayEquals(fourth, Files.readAllBytes(elsewhere.messages()), "the next push is pulled");
    }
  }

  /**
   * A shared file replaced again and again while it is pushed (an analysis writing it anew): the
   * cluster never gets a head its parts belie. Each push either shares one whole version, or, when
   * the file changed under every attempt, says so and leaves the cluster the copy it had.
   */
  @Test
  @Order(99)
  void aFileReplacedWhileItIsPushedIsSharedWholeOrNotAtAll() throws Exception {
    String alias = "readingroom-changing";
    String files = sharedFilesDocs(alias);
    ArchiveLayout here = new ArchiveLayout(Files.createDirectories(tmp.resolve("changing-here")));
    List<byte[]> versions = List.of(noise(6, 2 * PART_BYTES + 7), noise(7, 2 * PART_BYTES + 7),
        noise(8, PART_BYTES + 3));
    Files.write(here.messages(), versions.get(0));
    try (OpenSearchEngine engine = OpenSearchEngine.openForWriting(config(alias))) {
      engine.sharedFiles().push(here, List.of(here.messages()));
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger replaced = new AtomicInteger();
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        Path next = here.root().resolve("messages.json.next");
        try {
          for (int i = 1; !stop.get(); i++) {
            Files.write(next, versions.get(i % versions.size()));
            Files.move(next, here.messages(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            replaced.incrementAndGet();
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      try {
        for (int round = 0; round < 4; round++) {
          try {
            engine.sharedFiles().push(here, List.of(here.messages()));
          } catch (java.io.IOException e) {
            assertTrue(e.getMessage().contains("changed each time it was pushed"), e.getMessage());
          }
          ArchiveLayout elsewhere = new ArchiveLayout(tmp.resolve("changing-elsewhere-" + round));
          pull(alias, elsewhere);
          assertTrue(Files.exists(elsewhere.messages()), "round " + round + ": a head its parts belie, nothing pulled");
          byte[] pulled = Files.readAllBytes(elsewhere.messages());
          assertTrue(versions.stream().anyMatch(v -> Arrays.equals(v, pulled)),
              "round " + round + ": one whole version, " + pulled.length + " bytes");
          assertEquals(pulled.length, source(files + "head:messages.json").path("bytes").asLong());
        }
      } finally {
        stop.set(true);
        writer.join();
      }
      assertTrue(replaced.get() > 4, "the file was replaced while it was pushed: " + replaced.get());
    }
  }

  /** The address of a document of the index where {@code alias} shares its files, but for its id. */
  static String sharedFilesDocs(String alias) {
    return cluster.url.split(",")[0] + "/" + alias + ".files/_doc/";
  }

  /** {@code n} bytes that compress to nothing, the same for the same seed. */
  static byte[] noise(long seed, int n) {
    byte[] out = new byte[n];
    new Random(seed).nextBytes(out);
    return out;
  }

  /** The folder's copies of the shared files of {@code alias}, pulled by a reader that just opened the archive. */
  static void pull(String alias, ArchiveLayout layout) throws Exception {
    try (OpenSearchEngine reader = OpenSearchEngine.openForReading(config(alias))) {
      reader.sharedFiles().pull(layout);
    }
  }

  /** The source of the cluster's document at {@code url} (a real-time get). */
  static JsonNode source(String url) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + ": " + r.body());
    return JSON.readTree(r.body()).path("_source");
  }

  static int put(String url, String json) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static HttpResponse<byte[]> bytes(Javalin app, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The name of the person {@code id} in a list of persons; empty when it holds none. */
  static String nameOf(JsonNode people, String id) {
    for (JsonNode p : people.path("persons")) {
      if (p.path("id").asText().equals(id)) {
        return p.path("name").asText();
      }
    }
    return "";
  }

  static int post(Javalin app, String path, String body) {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
          .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** What {@code path} answers once {@code done} holds of it (a server pulls the cluster's files once a second). */
  static JsonNode eventually(Javalin app, String path, java.util.function.Predicate<JsonNode> done) throws Exception {
    long giveUp = System.nanoTime() + 15_000_000_000L;
    JsonNode now = get(app, path);
    while (!done.test(now) && System.nanoTime() < giveUp) {
      Thread.sleep(100);
      now = get(app, path);
    }
    assertTrue(done.test(now), path + " never came to what was expected: " + now);
    return now;
  }

  static long countWhere(String node, String index, String body) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node + "/" + index + "/_count"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body()).path("count").asLong();
  }

  /** Last: it leaves the cluster with one node. */
  @Test
  @Order(100)
  void aNodeLostMidIngestLosesNothingAndDoublesNothing() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("fault"));
    CompletableFuture<CliRun> ingest = CompletableFuture.supplyAsync(() -> CliRun.of("ingest", "--quiet",
        "--engine", "opensearch", "--opensearch-url", cluster.url, "--opensearch-replicas", "1",
        "--opensearch-index", "readingroom-fault", "--commit-every", "50", "--archive", archive.root().toString(),
        SAMPLE.toString()));
    String first = cluster.url.split(",")[0];
    long held = 0;
    for (int i = 0; i < 1200 && held < 100 && !ingest.isDone(); i++) {
      Thread.sleep(100);
      held = count(first, "readingroom-fault", null);
    }
    assertFalse(ingest.isDone(), "the ingest was still running when the node stopped");
    cluster.stopNode(nonManagerNode(first));
    CliRun done = ingest.get();
    assertEquals(0, done.exitCode(), done.err());
    String alive = aliveNode();
    JsonNode stats = get(embeddedServer, "/api/stats");
    assertEquals(stats.path("documents").asLong(), count(alive, "readingroom-fault", "DOCUMENT"));
    assertEquals(stats.path("messages").asLong(), count(alive, "readingroom-fault", "MESSAGE"));
    try (SearchEngine e = OpenSearchEngine.openForReading(config("readingroom-fault"))) {
      assertEquals(stats.path("documents").asLong(), e.stats().documents());
    }
  }

  static long count(String node, String index, String kind) throws Exception {
    String body = kind == null ? "{}" : "{\"query\":{\"term\":{\"kind\":\"" + kind + "\"}}}";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node + "/" + index + "/_count"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 ? JSON.readTree(r.body()).path("count").asLong() : 0;
  }

  /** The node (1-based) that is not the cluster manager: losing it leaves the cluster standing. */
  static int nonManagerNode(String node) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(node + "/_cat/cluster_manager?h=node"))
        .build(), HttpResponse.BodyHandlers.ofString());
    return r.body().strip().equals("Node 1") ? 2 : 1;
  }

  static String aliveNode() throws Exception {
    for (String u : cluster.url.split(",")) {
      try {
        HTTP.send(HttpRequest.newBuilder(URI.create(u + "/")).build(), HttpResponse.BodyHandlers.ofString());
        return u;
      } catch (java.io.IOException e) {
        // stopped
      }
    }
    throw new AssertionError("no node answers");
  }
}
