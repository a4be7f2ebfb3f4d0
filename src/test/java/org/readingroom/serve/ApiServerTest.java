package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestReleases;

/** The REST API on a real server on port 0, over a real archive. */
class ApiServerTest {

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults())
          .ingest(List.of(TestReleases.golden(tmp.resolve("docs")).toString()), IngestProgress.SILENT);
    }
    engine = LuceneEngine.openForReading(archive.index());
    app = Server.create(engine).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    engine.close();
  }

  record Response(int status, JsonNode body, String contentType) {}

  static Response get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), JSON.readTree(r.body()), r.headers().firstValue("content-type").orElse(""));
  }

  @Test
  void searchReturnsHitsTotalsAndFacets() throws Exception {
    Response r = get("/api/search?q=%22letter+to+the+secretary%22&kind=message&limit=2");
    assertEquals(200, r.status());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    assertEquals(3, r.body().get("total").asInt(), "the three messages of the seed's chain carry the subject");
    assertEquals(2, r.body().get("hits").size());
    assertEquals("message", r.body().get("hits").get(0).get("kind").asText());
    JsonNode hit = get("/api/search?q=%22tehran+research+reactor%22&kind=message").body().get("hits").get(0);
    assertTrue(hit.get("snippet").get("fragments").toString().contains("\"text\":\"Tehran Research Reactor\",\"match\":true"),
        hit.toString());
    assertTrue(r.body().get("facets").get("sender").size() > 0);
    Response next = get("/api/search?q=%22letter+to+the+secretary%22&kind=message&limit=2&offset=2");
    assertEquals(1, next.body().get("hits").size());
    assertEquals(3, next.body().get("total").asInt());
  }

  @Test
  void filtersAsParameters() throws Exception {
    Response r = get("/api/search?from=Mills&since=2012-01-01&until=2012-01-31&exemption=B6&release=PART&facets=false");
    assertEquals(200, r.status());
    assertTrue(r.body().get("total").asInt() >= 1);
    assertTrue(r.body().get("facets").isEmpty());
  }

  @Test
  void aMalformedQueryIsA400WithAMessage() throws Exception {
    Response r = get("/api/search?q=sent:%5Byesterday+TO+now%5D");
    assertEquals(400, r.status());
    assertEquals(400, r.body().get("status").asInt());
    assertTrue(r.body().get("error").asText().contains("use 2011"), r.body().toString());
    assertEquals(400, get("/api/search?limit=many").status());
    assertEquals(400, get("/api/search?limit=5000").status());
    assertEquals(400, get("/api/search?since=yesterday").status());
    assertEquals(400, get("/api/search?sort=random").status());
    assertEquals(400, get("/api/search?exemption=Z9").status());
  }

  @Test
  void aSearchPagePastTheEndIsAnEmptyPageAndOnePastAnyEndA400() throws Exception {
    HttpResponse<String> past = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.port() + "/search?q=the&page=400")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, past.statusCode(), past.body());
    assertTrue(past.body().contains("rel=\"prev\""), "a way back");
    HttpResponse<String> overflow = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + app.port() + "/search?q=the&page=999999999")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, overflow.statusCode());
    assertTrue(overflow.body().contains("past the end"), overflow.body());
  }

  @Test
  void documentsByIdAndA404ForUnknownOnes() throws Exception {
    Response r = get("/api/documents/C09000001");
    assertEquals(200, r.status());
    assertEquals("C09000001", r.body().get("record").get("docId").asText());
    assertEquals(2, r.body().get("record").get("messages").size());
    assertTrue(r.body().get("record").get("text").asText().contains("The minister raised the matter"));
    Response missing = get("/api/documents/C00000000");
    assertEquals(404, missing.status());
    assertEquals("no document with id 'C00000000'", missing.body().get("error").asText());
    assertEquals(404, get("/api/nothing-here").status());
  }

  @Test
  void statsAndTheOpenApiDescription() throws Exception {
    Response stats = get("/api/stats");
    assertEquals(200, stats.status());
    assertEquals(6, stats.body().get("documents").asInt());
    assertTrue(stats.body().get("messages").asInt() >= 9);
    assertTrue(stats.body().get("topSenders").size() > 0);
    Response api = get("/api/openapi.json");
    assertEquals(200, api.status());
    for (String path : List.of("/api/search", "/api/documents/{id}", "/api/stats", "/api/openapi.json")) {
      assertTrue(api.body().get("paths").has(path), "documented: " + path);
    }
  }
}
