package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;

/** Exports over HTTP, from the API and from the pages' downloads, on a real server on port 0. */
class ExportApiTest {

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ArchiveLayout archive = AnalysisApiTest.archive(tmp.resolve("archive"));
    engine = LuceneEngine.openForReading(archive.index());
    app = Server.create(engine, archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    engine.close();
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theApiExportsWhatTheSearchFinds() throws Exception {
    String search = "from=" + q("Cheryl Mills") + "&kind=message";
    JsonNode found = JSON.readTree(get("/api/search?" + search).body());
    HttpResponse<byte[]> csv = get("/api/export.csv?" + search);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
    assertEquals(found.get("total").asLong(), rows.size());
    assertTrue(rows.size() >= 2);
    for (CSVRecord r : rows) {
      assertTrue(r.get("from").contains("Mills") || r.get("from").contains("millscd"), r.get("from"));
      assertTrue(r.get("permalink").matches("http://(localhost|127\\.0\\.0\\.1):\\d+/documents/" + r.get("document")
          + "#message-\\d+"), r.get("permalink"));
    }
    // the pages' download is the same export
    assertEquals(new String(csv.body(), StandardCharsets.UTF_8),
        new String(get("/search/export.csv?" + search).body(), StandardCharsets.UTF_8));
  }

  @Test
  void sqliteAndMboxOverHttp() throws Exception {
    HttpResponse<byte[]> db = get("/api/export.sqlite");
    assertEquals(200, db.statusCode());
    assertEquals("attachment; filename=\"readingroom-results.sqlite\"",
        db.headers().firstValue("Content-Disposition").orElse(""));
    Path file = tmp.resolve("over-http.sqlite");
    Files.write(file, db.body());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet r = st.executeQuery("SELECT COUNT(*) FROM Emails")) {
      r.next();
      assertEquals(8, r.getLong(1));
    }
    HttpResponse<byte[]> mbox = get("/search/export.mbox?q=libya");
    assertEquals(200, mbox.statusCode());
    String text = new String(mbox.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("From "), text);
    assertTrue(text.contains("Subject: Re: Libya\n"), text);
  }

  @Test
  void badRequestsAreAnsweredBeforeAnythingIsSent() throws Exception {
    HttpResponse<byte[]> unknown = get("/api/export.xml");
    assertEquals(404, unknown.statusCode());
    assertTrue(JSON.readTree(unknown.body()).get("error").asText().contains(".sqlite"));
    HttpResponse<byte[]> page = get("/search/export.xml");
    assertEquals(404, page.statusCode());
    assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("No such download"));
    StringBuilder prefixes = new StringBuilder(); // more words with * than a search takes
    for (char c = 'a'; c <= 'z'; c++) {
      prefixes.append(c == 'a' ? "" : " OR ").append(c).append('*');
    }
    HttpResponse<byte[]> refused = get("/api/export.jsonl?q=" + q(prefixes.toString()));
    assertEquals(400, refused.statusCode(), new String(refused.body(), StandardCharsets.UTF_8));
    assertTrue(JSON.readTree(refused.body()).get("error").asText().contains("*"));
  }
}
