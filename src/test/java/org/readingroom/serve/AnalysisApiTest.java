package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestChains;

/** People, messages, threads and duplicates over HTTP, on a real server on port 0, over a real archive. */
class AnalysisApiTest {

  @TempDir static Path tmp;
  static LuceneEngine engine;
  /** A server for reading; curation runs on a server of its own, below, so reads see the archive as analysed. */
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ArchiveLayout archive = archive(tmp.resolve("archive"));
    engine = LuceneEngine.openForReading(archive.index());
    app = Server.create(engine, archive).start("127.0.0.1", 0);
  }

  static ArchiveLayout archive(Path dir) throws Exception {
    ArchiveLayout archive = new ArchiveLayout(dir);
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults())
          .ingest(List.of(TestChains.sample(dir.resolveSibling(dir.getFileName() + "-docs")).toString()),
              IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(writer, archive);
    }
    return archive;
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    engine.close();
  }

  record Response(int status, JsonNode body) {}

  static Response get(String path) throws Exception {
    return get(app, path);
  }

  static Response get(Javalin server, String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(server, path)).build());
  }

  /** The curators' token of the servers these tests start. */
  static final String TOKEN = "test-curator-token-0123456789";

  static Response post(Javalin server, String path, String body) throws Exception {
    return send(HttpRequest.newBuilder(uri(server, path)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN).build());
  }

  private static URI uri(Javalin server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Response send(HttpRequest request) throws Exception {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), JSON.readTree(r.body()));
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String idOf(String alias) throws Exception {
    return idOf(app, alias);
  }

  static String idOf(Javalin server, String alias) throws Exception {
    return get(server, "/api/people/" + q(alias)).body().get("id").asText();
  }

  @Test
  void peopleMostActiveFirstWithAliasesAndCounts() throws Exception {
    Response r = get("/api/people?limit=3");
    assertEquals(200, r.status());
    assertEquals(7, r.body().get("total").asInt(), r.body().toString());
    JsonNode h = r.body().get("persons").get(0);
    assertEquals("H", h.get("name").asText());
    assertEquals(8, h.get("messages").asInt());
    assertTrue(h.get("aliases").toString().contains("{\"text\":\"hrod17@clintonemail.corn\",\"count\":1}"), h.toString());
    Response byName = get("/api/people?q=" + q("mills"));
    assertEquals("Mills, Cheryl D", byName.body().get("persons").get(0).get("name").asText());
    assertEquals(400, get("/api/people?limit=5000").status());
  }

  @Test
  void aPersonByIdOrByAnyAlias() throws Exception {
    String id = idOf("Cheryl Mills");
    Response p = get("/api/people/" + id);
    assertEquals(200, p.status());
    assertEquals("Mills, Cheryl D", p.body().get("name").asText());
    assertTrue(p.body().get("aliases").toString().contains("millscd?state.gov"));
    Response missing = get("/api/people/p-000000000000");
    assertEquals(404, missing.status());
    assertEquals("no person with id or alias 'p-000000000000'", missing.body().get("error").asText());
  }

  @Test
  void searchByPersonMatchesEveryAlias() throws Exception {
    String h = idOf("H");
    Response byId = get("/api/search?kind=message&facets=false&limit=50&copies=all&to=" + h);
    Response byAlias = get("/api/search?kind=message&facets=false&limit=50&copies=all&to=H");
    assertEquals(8, byId.body().get("total").asInt(), "every printing of a message to H, however H is printed");
    assertEquals(5, get("/api/search?kind=message&facets=false&limit=50&to=" + h).body().get("total").asInt(),
        "by default each message once, however many documents print it");
    assertEquals(byId.body().get("total"), byAlias.body().get("total"));
    assertTrue(byId.body().toString().contains("C00000012/0"), "printed as hrod17@clintonemail.corn");
    Response inQuery = get("/api/search?kind=message&facets=false&limit=50&copies=all&q=" + q("to:H"));
    assertEquals(8, inQuery.body().get("total").asInt(), "the same person named in the query syntax");
    assertTrue(inQuery.body().toString().contains("C00000012/0"), inQuery.body().toString());
  }

  @Test
  void aMessageWithEveryAppearanceAndItsThread() throws Exception {
    Response doc = get("/api/documents/C05793224/messages");
    assertEquals(200, doc.status());
    JsonNode letterRow = doc.body().get("messages").get(2);
    assertEquals(3, letterRow.get("appearances").asInt());
    Response letter = get("/api/messages/" + letterRow.get("message").asText());
    assertEquals(200, letter.status());
    assertEquals("Letter to the Secretary", letter.body().get("subject").asText());
    assertEquals("Pickering, Thomas R", letter.body().get("from").get(0).get("name").asText());
    assertEquals(List.of("C05787433/1", "C05793178/2", "C05793224/2"),
        JSON.convertValue(letter.body().get("appearances").findValuesAsText("entry"), List.class));
    Response thread = get("/api/threads/" + letterRow.get("thread").asText());
    assertEquals(200, thread.status());
    assertEquals(4, thread.body().get("messages").size());
    assertEquals(letterRow.get("message"), thread.body().get("messages").get(0).get("id"), "time order");
    assertEquals(404, get("/api/messages/m-000000000000").status());
    assertEquals(404, get("/api/threads/t-000000000000").status());
    assertEquals(404, get("/api/documents/C00000000/messages").status());
  }

  @Test
  void aDocumentsNearDuplicatesAndHowTheyDiffer() throws Exception {
    Response r = get("/api/documents/C00000041/duplicates");
    assertEquals(200, r.status());
    JsonNode copy = r.body().get("copies").get(0);
    assertEquals("C00000040", copy.get("document").asText());
    assertEquals("redactions", copy.get("difference").get("fields").get(0).get("field").asText());
    assertEquals(0, get("/api/documents/C05793178/duplicates").body().get("copies").size());
  }

  @Test
  void curatorsMergeSplitAndRenameOverHttp() throws Exception {
    ArchiveLayout archive = archive(tmp.resolve("curated"));
    try (LuceneEngine reader = LuceneEngine.openForReading(archive.index())) {
      Javalin curated = Server.create(reader, archive, java.time.Clock.systemDefaultZone(),
          ServerSettings.curatedWith(TOKEN), "127.0.0.1").start("127.0.0.1", 0);
      try {
        curate(curated);
      } finally {
        curated.stop();
      }
    }
  }

  private static void curate(Javalin server) throws Exception {
    String pickering = idOf(server, "Pickering, Thomas R");
    String sherman = idOf(server, "ShermanWR@state.gov");
    Response merged = post(server, "/api/people/merge", "{\"ids\": [\"" + pickering + "\", \"" + sherman + "\"]}");
    assertEquals(200, merged.status(), merged.body().toString());
    assertEquals(pickering, merged.body().get("person").get("id").asText());
    assertEquals(pickering, idOf(server, "ShermanWR@state.gov"));
    Response split = post(server, "/api/people/" + pickering + "/split", "{\"aliases\": [\"ShermanWR@state.gov\"]}");
    assertEquals(200, split.status(), split.body().toString());
    assertEquals(sherman, split.body().get("person").get("id").asText(), "split off again, the alias anchors the same id");
    Response renamed = post(server, "/api/people/" + pickering + "/rename", "{\"name\": \"Thomas Pickering\"}");
    assertEquals("Thomas Pickering", renamed.body().get("person").get("name").asText());
    assertEquals("Thomas Pickering", get(server, "/api/people/" + pickering).body().get("name").asText());

    assertEquals(400, post(server, "/api/people/merge", "not json").status());
    assertEquals(400, post(server, "/api/people/merge", "{\"ids\": [\"" + pickering + "\"]}").status());
    assertEquals(400, post(server, "/api/people/merge", "{\"ids\": \"x\"}").status());
    assertEquals(404, post(server, "/api/people/merge", "{\"ids\": [\"" + pickering + "\", \"p-000000000000\"]}").status());
    assertEquals(400, post(server, "/api/people/" + pickering + "/split", "{\"aliases\": [\"H\"]}").status());
    assertEquals(404, post(server, "/api/people/p-000000000000/rename", "{\"name\": \"x\"}").status());
    assertEquals(400, post(server, "/api/people/" + pickering + "/rename", "{\"name\": 3}").status());

    // what a form on another site could send: refused before it changes anything
    Response form = send(HttpRequest.newBuilder(uri(server, "/api/people/" + pickering + "/rename"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Mallory\"}")).header("Content-Type", "text/plain")
        .header("Authorization", "Bearer " + TOKEN).build());
    assertEquals(415, form.status(), form.body().toString());
    assertEquals("Thomas Pickering", get(server, "/api/people/" + pickering).body().get("name").asText());
  }

  @Test
  void theNewEndpointsAreDocumented() throws Exception {
    JsonNode paths = get("/api/openapi.json").body().get("paths");
    for (String path : List.of("/api/people", "/api/people/{id}", "/api/people/merge", "/api/people/{id}/split",
        "/api/people/{id}/rename", "/api/messages/{id}", "/api/threads/{id}", "/api/documents/{id}/messages",
        "/api/documents/{id}/duplicates")) {
      assertTrue(paths.has(path), "documented: " + path);
    }
  }
}
