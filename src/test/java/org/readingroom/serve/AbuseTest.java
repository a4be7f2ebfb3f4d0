package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.people.Person;

/**
 * The attacks of issue 14, each as a request to a real server on port 0: what cost minutes, memory
 * or the archive's integrity now costs a bounded answer with a status that says why.
 */
class AbuseTest {

  static final String TOKEN = "abuse-test-token-0123456789";
  @TempDir static Path tmp;
  static ArchiveLayout archive;
  static LuceneEngine engine;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    archive = AnalysisApiTest.archive(tmp.resolve("archive"));
    engine = LuceneEngine.openForReading(archive.index(), Duration.ofSeconds(5));
    app = serve(engine, archive, ServerSettings.curatedWith(TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    engine.close();
  }

  static Javalin serve(LuceneEngine e, ArchiveLayout a, ServerSettings settings) {
    return Server.create(e, a, Clock.systemDefaultZone(), settings, "127.0.0.1").start("127.0.0.1", 0);
  }

  record Response(int status, String body, String contentType, HttpResponse<String> raw) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  static Response get(Javalin server, String pathAndQuery) throws Exception {
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build());
  }

  static Response get(String pathAndQuery) throws Exception {
    return get(app, pathAndQuery);
  }

  static Response post(Javalin server, String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  static Response send(HttpRequest request) throws Exception {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.body(), r.headers().firstValue("content-type").orElse(""), r);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A 400 from the API, as JSON, whose message holds {@code words}. */
  static void badRequest(Response r, String words) throws Exception {
    assertEquals(400, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    assertTrue(r.json().get("error").asText().contains(words), r.body());
  }

  // --- every request bounded

  @Test
  void aDeepOffsetIsA400ThatPointsToTheCursor() throws Exception {
    badRequest(get("/api/search?q=pickering&offset=200000000&limit=1000&facets=false"), "cursor");
    badRequest(get("/api/search?q=pickering&offset=9990&limit=20"), "cursor");
    Response nearMax = get("/api/search?q=pickering&offset=2147483637&limit=10&facets=false");
    badRequest(nearMax, "cursor");
    assertFalse(nearMax.body().contains("maxSize"), "no message of Lucene's: " + nearMax.body());
    assertEquals(200, get("/api/search?offset=9980&limit=20").status(), "the deepest page an offset reaches");
  }

  @Test
  void theCursorPagesThroughEveryHitInEachOrder() throws Exception {
    for (String sort : List.of("relevance", "date", "oldest")) {
      JsonNode all = get("/api/search?limit=1000&facets=false&sort=" + sort).json();
      List<String> expected = new ArrayList<>();
      all.get("hits").forEach(h -> expected.add(h.get("id").asText()));
      assertNull(all.get("next"), "one page holds them all: no next");
      List<String> paged = new ArrayList<>();
      String cursor = null;
      for (int page = 0; page < 100; page++) {
        JsonNode r = get("/api/search?limit=3&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor)).json();
        r.get("hits").forEach(h -> paged.add(h.get("id").asText()));
        assertEquals(all.get("total").asLong(), r.get("total").asLong(), "the total counts every hit, not the rest");
        cursor = r.has("next") ? r.get("next").asText() : null;
        if (cursor == null) {
          break;
        }
      }
      assertEquals(expected, paged, sort);
    }
    String next = get("/api/search?limit=2&sort=date").json().get("next").asText();
    badRequest(get("/api/search?limit=2&sort=oldest&cursor=" + next), "cursor");
    badRequest(get("/api/search?limit=2&cursor=" + q("not a cursor")), "cursor");
    badRequest(get("/api/search?limit=2&offset=4&cursor=" + next), "cursor");
  }

  @Test
  void queriesThatCostMoreThanTheyAreWorthAre400s() throws Exception {
    StringBuilder fuzzy = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      fuzzy.append("word").append(i).append("~2 ");
    }
    badRequest(get("/api/search?q=" + q(fuzzy.toString())), "* ? or ~");
    StringBuilder prefixes = new StringBuilder();
    for (char c = 'a'; c <= 'z'; c++) {
      prefixes.append(c == 'a' ? "" : " OR ").append(c).append('*');
    }
    badRequest(get("/api/search?q=" + q(prefixes.toString())), "* ? or ~");
    // parentheses as a browser sends them, unencoded; 900 levels fit in the longest query a search takes
    String nested = "(".repeat(900) + "pickering" + ")".repeat(900);
    Response deep = get("/api/search?q=" + nested);
    badRequest(deep, "deep");
    assertTrue(deep.body().length() < 1000, "a short message, not the query again");
    badRequest(get("/api/search?q=" + q("x ".repeat(1100))), "characters");
    badRequest(get("/api/search?q=" + q("ab ".repeat(300))), "words, phrases and ranges");
    Response export = get("/search/export.csv?q=" + q(prefixes.toString()));
    assertEquals(400, export.status(), "an export of the same is refused before it is sent");
  }

  @Test
  void aSearchPastItsBudgetIsA503WithAMessage() throws Exception {
    try (LuceneEngine hurried = LuceneEngine.openForReading(archive.index(), Duration.ZERO)) {
      Javalin server = serve(hurried, archive, ServerSettings.readOnly());
      try {
        Response r = get(server, "/api/search?q=pickering");
        assertEquals(503, r.status(), r.body());
        assertTrue(r.json().get("error").asText().contains("budget"), r.body());
        assertEquals(503, get(server, "/search/export.csv?q=pickering").status(), "an export says so before it streams");
        assertEquals(503, get(server, "/search?q=pickering").status());
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void longNamesAreRefusedBeforeTheyAreRead() throws Exception {
    String name = "a".repeat(7000);
    long start = System.nanoTime();
    badRequest(get("/api/search?from=" + name), "at most");
    badRequest(get("/api/search?to=" + name), "at most");
    badRequest(get("/api/people?q=" + name), "at most");
    badRequest(post(app, "/api/people/merge", "{\"ids\": [\"" + "b".repeat(25_000) + "\", \"H\"]}", TOKEN), "at most");
    assertEquals(200, get("/api/search?q=" + q("from:\"" + "c".repeat(1900) + "\"")).status(),
        "a long name inside the query names no person, at once");
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "seconds, not minutes (a hang guard, not a benchmark)");
  }

  @Test
  void jettysOwnErrorsAreJson() throws Exception {
    Response uri = get("/api/search?q=" + "x".repeat(20_000));
    assertEquals(414, uri.status());
    assertTrue(uri.contentType().startsWith("application/json"), uri.contentType());
    assertEquals(414, uri.json().get("status").asInt());
    Response header = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search"))
        .header("X-Big", "y".repeat(20_000)).build());
    assertEquals(431, header.status());
    assertTrue(header.contentType().startsWith("application/json"), header.contentType());
  }

  // --- writes need a curator

  @Test
  void aChangeWithoutTheTokenIsA401AndChangesNothing() throws Exception {
    String body = "{\"ids\": [\"H\", \"Mills, Cheryl D\"]}";
    Response none = post(app, "/api/people/merge", body, null);
    assertEquals(401, none.status(), none.body());
    assertTrue(none.contentType().startsWith("application/json"));
    assertEquals("Bearer", none.raw().headers().firstValue("www-authenticate").orElse(""));
    assertEquals(401, post(app, "/api/people/merge", body, "not-the-token-at-all-000").status());
    assertEquals(401, post(app, "/api/people/undo", "{}", null).status());
    try (LuceneEngine reader = LuceneEngine.openForReading(archive.index())) {
      Javalin readOnly = Server.create(reader, archive);
      readOnly.start("127.0.0.1", 0);
      try {
        assertEquals(401, post(readOnly, "/api/people/merge", body, TOKEN).status(), "a server without a token");
      } finally {
        readOnly.stop();
      }
    }
    assertFalse(Files.exists(archive.peopleOverrides()), "nothing changed");
    assertFalse(Files.exists(archive.curationLog()));
  }

  @Test
  void aRequestNamingAnotherHostIsA421() throws Exception {
    String body = "{\"ids\": [\"H\", \"Mills, Cheryl D\"]}";
    String answer = raw("POST /api/people/merge HTTP/1.1\r\nHost: attacker.example:" + app.port()
        + "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + TOKEN + "\r\nContent-Length: "
        + body.length() + "\r\nConnection: close\r\n\r\n" + body);
    assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
    assertTrue(answer.contains("\"status\":421"), answer);
    assertTrue(raw("GET /api/search?q=pickering HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
        .startsWith("HTTP/1.1 421"), "reads too: a rebound name reads nothing");
    assertTrue(raw("GET /api/search?q=pickering HTTP/1.1\r\nHost: localhost:" + app.port()
        + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200"));
    assertTrue(raw("GET /api/search?q=pickering HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n")
        .startsWith("HTTP/1.1 421"), "another port is another server");
    assertFalse(Files.exists(archive.peopleOverrides()), "nothing changed");
  }

  private static String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyChangeIsLoggedAndCanBeUndone() throws Exception {
    ArchiveLayout copy = AnalysisApiTest.archive(tmp.resolve("curated"));
    try (LuceneEngine reader = LuceneEngine.openForReading(copy.index())) {
      Javalin server = serve(reader, copy, ServerSettings.curatedWith(TOKEN));
      try {
        String pickering = id(server, "Pickering, Thomas R");
        String sherman = id(server, "ShermanWR@state.gov");
        Response merged = post(server, "/api/people/merge", "{\"ids\": [\"" + pickering + "\", \"" + sherman + "\"]}",
            TOKEN);
        assertEquals(200, merged.status(), merged.body());
        int change = merged.json().get("change").asInt();
        assertEquals(pickering, id(server, "ShermanWR@state.gov"));
        List<String> log = Files.readAllLines(copy.curationLog(), StandardCharsets.UTF_8);
        assertEquals(1, log.size());
        JsonNode line = JSON.readTree(log.get(0));
        assertEquals("merge", line.get("op").asText());
        assertEquals("curator", line.get("by").asText());
        assertEquals("127.0.0.1", line.get("client").asText());
        assertNotNull(line.get("at"));
        assertEquals(2, line.get("before").size(), "the two persons before");
        assertEquals(1, line.get("after").size());

        // the person page offers the undo as a form, no script needed
        String page = get(server, "/people/" + pickering).body();
        assertTrue(page.contains("action=\"/people/undo\"") && page.contains("name=\"change\" value=\"" + change + "\""),
            page);
        HttpResponse<String> wrong = HTTP.send(form(server, "token=nope-nope-nope-nope&change=" + change), HttpResponse
            .BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("content-type").orElse("").startsWith("text/html"), "a page");
        HttpResponse<String> undone = HTTP.send(form(server, "token=" + TOKEN + "&change=" + change + "&person="
            + pickering), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, undone.statusCode(), undone.body());
        assertEquals(sherman, id(server, "ShermanWR@state.gov"), "undone: the persons are two again");
        assertFalse(Files.readString(copy.peopleOverrides()).contains("merge"), "the change is out of the overrides");

        // and over the API: rename, then undo the latest
        Response renamed = post(server, "/api/people/" + pickering + "/rename", "{\"name\": \"T. Pickering\"}", TOKEN);
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(1, get(server, "/api/people/changes").json().get("changes").size());
        Response undo = post(server, "/api/people/undo", "{}", TOKEN);
        assertEquals(200, undo.status(), undo.body());
        assertEquals("Pickering, Thomas R", get(server, "/api/people/" + pickering).json().get("name").asText());
        assertEquals(400, post(server, "/api/people/undo", "{\"change\": 99}", TOKEN).status());
        assertEquals(4, Files.readAllLines(copy.curationLog(), StandardCharsets.UTF_8).size());
      } finally {
        server.stop();
      }
    }
  }

  private static HttpRequest form(Javalin server, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/people/undo"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-www-form-urlencoded")
        .build();
  }

  private static String id(Javalin server, String alias) throws Exception {
    return get(server, "/api/people/" + q(alias).replace("+", "%20")).json().get("id").asText();
  }

  // --- a damaged archive says so

  @Test
  void aTornAnalysisFileLeavesSearchWorkingAndSaysSo() throws Exception {
    for (String file : List.of("people.json", "people-overrides.json")) {
      ArchiveLayout torn = AnalysisApiTest.archive(tmp.resolve("torn-" + file));
      Path p = torn.root().resolve(file);
      if (!Files.exists(p)) {
        Files.writeString(p, "{\"version\": 1, \"overrides\": [\n{\"op\": \"merge\", \"aliases\": [\"H\", \"Mil",
            StandardCharsets.UTF_8);
      } else {
        byte[] bytes = Files.readAllBytes(p);
        Files.write(p, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
      try (LuceneEngine reader = LuceneEngine.openForReading(torn.index())) {
        Javalin server = serve(reader, torn, ServerSettings.curatedWith(TOKEN));
        try {
          Response search = get(server, "/api/search?q=pickering&from=" + q("Mills, Cheryl D"));
          assertEquals(200, search.status(), file + ": " + search.body());
          assertTrue(search.json().get("warnings").get(0).asText().startsWith("people and threads unavailable: "),
              search.body());
          assertTrue(search.json().get("warnings").get(0).asText().contains(file), search.body());
          Response people = get(server, "/api/people");
          assertEquals(503, people.status(), people.body());
          Response page = get(server, "/people");
          assertEquals(503, page.status());
          assertTrue(page.body().contains("people and threads unavailable: "), "the page says so");
          assertTrue(get(server, "/search?q=pickering").body().contains("people and threads unavailable"));
          assertEquals(503, post(server, "/api/people/merge", "{\"ids\": [\"H\", \"" + Person.idOf("H") + "\"]}",
              TOKEN).status(), "no change over a damaged file");
        } finally {
          server.stop();
        }
      }
    }
  }
}
