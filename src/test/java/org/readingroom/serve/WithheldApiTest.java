package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;

/**
 * What was withheld, over HTTP on a real server on port 0, over a real archive ({@link
 * WithheldArchive}): the passages released elsewhere and the withholding log ({@code
 * /api/redactions}), the exemption reports, the declassification calendar and its iCalendar feed
 * (parsed back by ical4j), drafted requests, and the pages that show them.
 */
class WithheldApiTest {

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    ArchiveLayout archive = WithheldArchive.build(tmp);
    engine = LuceneEngine.openForReading(archive.index());
    Clock today = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    app = Server.create(engine, archive, today).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    engine.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  static int status(String path) throws Exception {
    return get(path).statusCode();
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void thePassagesReleasedElsewhereWithBothDocumentsTheCodesAndTheText() throws Exception {
    JsonNode all = json("/api/redactions?releasedElsewhere=true");
    assertEquals(3, all.get("total").asInt(), all.toPrettyString());
    JsonNode body = json("/api/redactions?releasedElsewhere=true&document=C09000001").get("redactions");
    assertEquals(1, body.size());
    JsonNode r = body.get(0);
    assertEquals("C09000001", r.get("docId").asText());
    assertEquals("C09000002", r.get("releasedDocId").asText());
    assertEquals("[\"B6\"]", r.get("codes").toString());
    assertEquals("body", r.get("place").asText());
    assertTrue(r.get("text").asText().startsWith("Mike and Sally Oren to sit with the Ambassador"), r.toString());
    assertEquals("Mills, Cheryl D", r.get("from").asText());
    assertEquals("/documents/C09000002#message-1", r.get("releasedHref").asText());

    JsonNode header = json("/api/redactions?releasedElsewhere=true&document=C09000004").get("redactions").get(0);
    assertEquals("header", header.get("place").asText());
    assertEquals("Huma@clintonemail.com", header.get("text").asText());
    assertEquals("Huma Abedin", header.get("before").asText());

    HttpResponse<String> csv = get("/api/redactions?releasedElsewhere=true&format=csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    String[] lines = csv.body().split("\r\n");
    assertEquals(4, lines.length, csv.body());
    assertTrue(lines[0].startsWith("document,docId,page,position,message,from"), lines[0]);
  }

  @Test
  void theWithholdingLogOneRowPerRedactionForAllOrForASearch() throws Exception {
    JsonNode log = json("/api/redactions?limit=1000");
    int total = log.get("total").asInt();
    assertEquals(total, log.get("redactions").size());
    List<String> documents = new ArrayList<>();
    log.get("redactions").forEach(r -> documents.add(r.get("docId").asText()));
    assertTrue(documents.containsAll(List.of("C09000001", "C09000004", "C09000006", "C05787433")), documents.toString());
    JsonNode dinner = json("/api/redactions?document=C09000001").get("redactions").get(0);
    assertEquals("[\"C09000002\"]", dinner.get("releasedElsewhere").toString());
    assertEquals("CONFIDENTIAL", dinner.get("classification").asText());
    assertEquals("2020-01-01", dinner.get("declassifyOn").asText());
    assertEquals("Dinner list", dinner.get("subject").asText());

    JsonNode bySearch = json("/api/redactions?q=" + q("protocol"));
    assertTrue(bySearch.get("total").asInt() < total, "a search narrows the log");
    bySearch.get("redactions").forEach(r -> assertTrue(r.get("docId").asText().startsWith("C0900000"), r.toString()));

    HttpResponse<String> csv = get("/api/redactions?format=csv");
    assertEquals(total + 1, csv.body().split("\r\n").length, "a header and a row per redaction");
    assertTrue(csv.body().startsWith("document,docId,releaseDate,page"));
    HttpResponse<String> jsonl = get("/api/redactions?format=jsonl");
    assertEquals(total, jsonl.body().split("\n").length);

    assertEquals(400, status("/api/redactions?releasedElsewhere=maybe"));
    assertEquals(400, status("/api/redactions?limit=5000"));
    assertEquals(400, status("/api/redactions?format=xml"));
    assertEquals(404, status("/api/redactions?document=C00000000"));
  }

  @Test
  void exemptionReportsByCodePersonMonthAndRelease() throws Exception {
    JsonNode byPerson = json("/api/analytics/exemptions?by=person");
    assertEquals("messages sent", byPerson.get("items").asText());
    JsonNode mills = null;
    for (JsonNode row : byPerson.get("rows")) {
      if (row.get("label").asText().equals("Mills, Cheryl D")) {
        mills = row;
      }
    }
    assertNotNull(mills, byPerson.toString());
    assertEquals(3, mills.get("withheld").asInt(),
        "three constructed messages; the B6 of C05787433 is Pickering's address, not Mills's forward: " + mills);
    assertEquals(mills.get("withheld").asDouble() / mills.get("items").asDouble(), mills.get("share").asDouble(), 1e-9);

    JsonNode byCode = json("/api/analytics/exemptions");
    assertEquals("code", byCode.get("by").asText(), "by code unless asked otherwise");
    JsonNode b5 = null;
    for (JsonNode row : byCode.get("rows")) {
      if (row.get("key").asText().equals("B5")) {
        b5 = row;
      }
    }
    assertNotNull(b5, byCode.toString());
    assertTrue(b5.get("markers").get("B5").asInt() >= 1);
    JsonNode byMonth = json("/api/analytics/exemptions?by=month");
    assertEquals("2011-12", byMonth.get("rows").get(0).get("key").asText(), "Pickering's letter, first");
    JsonNode january = byMonth.get("rows").get(1);
    assertEquals("2012-01", january.get("key").asText());
    assertEquals(3, january.get("withheld").asInt(), "three constructed messages (Mills's forward withholds nothing)");
    assertEquals(1, json("/api/analytics/exemptions?by=release&limit=1").get("rows").size());
    assertEquals(400, status("/api/analytics/exemptions?by=planet"));
  }

  @Test
  void theDeclassificationCalendarAndItsFeedReadBackByICal4j() throws Exception {
    JsonNode passed = json("/api/declassification?status=passed");
    assertEquals("2026-11-23", passed.get("today").asText());
    List<String> ids = new ArrayList<>();
    passed.get("entries").forEach(e -> {
      ids.add(e.get("docId").asText());
      assertTrue(e.get("passed").asBoolean());
      assertTrue(e.get("daysFrom").asLong() < 0);
    });
    assertTrue(ids.contains("C09000001"), ids.toString());
    JsonNode due = json("/api/declassification?dueWithin=60");
    List<String> dueIds = new ArrayList<>();
    due.get("entries").forEach(e -> dueIds.add(e.get("docId").asText()));
    assertTrue(dueIds.contains("C05787433"), "Pickering's letter is declassified in 39 days: " + dueIds);
    assertFalse(dueIds.contains("C09000001"));
    assertEquals(400, status("/api/declassification?status=soon"));
    assertEquals(400, status("/api/declassification?year=20x5"));

    HttpResponse<String> ics = get("/declassification.ics");
    assertEquals(200, ics.statusCode());
    assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    Set<String> dates = new TreeSet<>();
    json("/api/declassification?limit=1000").get("entries").forEach(e -> dates.add(e.get("declassifyOn").asText()));
    assertEquals(dates.size(), events.size(), "one event per date");
    VEvent first = events.get(0);
    assertEquals("20200101", first.getDateTimeStart().getValue());
    assertEquals("Declassify C09000001 (CONFIDENTIAL)", first.getSummary().getValue());
    assertEquals(1, first.getProperties("DTSTAMP").size(), "one stamp per event");
    assertEquals("http://127.0.0.1:" + app.port() + "/documents/C09000001",
        first.getProperty("URL").orElseThrow().getValue());

    String page = get("/declassification?status=passed").body();
    assertTrue(page.contains("eligible for MDR"), page);
    assertTrue(page.contains("/withheld/draft?kind=mdr&amp;document=C09000001"), page);
    String latestFirst = get("/declassification?sort=-date").body();
    latestFirst = latestFirst.substring(latestFirst.indexOf("<tbody>"));
    assertTrue(latestFirst.indexOf("C09000001") > latestFirst.indexOf("C05787433"), "latest date first");
  }

  @Test
  void draftsAsJsonAsAPageAndAsPlainText() throws Exception {
    JsonNode appeal = json("/api/drafts/appeal?document=C09000001");
    assertTrue(appeal.get("hasGrounds").asBoolean());
    String md = appeal.get("markdown").asText();
    assertTrue(md.startsWith("# FOIA appeal: case F-2014-20439"), md);
    assertTrue(md.contains("released in document C09000002"), md);
    assertTrue(md.contains("> Mike and Sally Oren"), md);
    assertTrue(md.contains("not legal advice"));
    JsonNode mdr = json("/api/drafts/mdr?document=C09000001");
    assertTrue(mdr.get("text").asText().contains("to be declassified on 2020-01-01, a date that has passed"));
    assertFalse(json("/api/drafts/mdr?document=C05787433").get("hasGrounds").asBoolean(), "not passed yet");
    String seed = json("/api/drafts/appeal?q=" + q("docId:C05787433")).get("markdown").asText();
    assertTrue(seed.contains("in the message from Pickering, Thomas R of 2011-12-31 18:06 (\"Letter to the Secretary\"): "
            + "withheld under B6. The same message is released in C05793224 without that exemption. "
            + "[Check before sending"), seed);

    HttpResponse<String> text = get("/withheld/draft.txt?kind=appeal&document=C09000001");
    assertEquals(200, text.statusCode());
    assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertEquals("attachment; filename=\"readingroom-appeal.txt\"",
        text.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(text.body().startsWith("FOIA appeal: case F-2014-20439"), text.body());
    assertTrue(text.body().contains("not legal advice"));
    String page = get("/withheld/draft?kind=appeal&document=C09000001").body();
    assertTrue(page.contains("<textarea"), page);
    assertTrue(page.contains("Not legal advice."));

    assertEquals(400, status("/api/drafts/letter?document=C09000001"));
    assertEquals(400, status("/api/drafts/appeal"), "a draft names its documents");
    assertEquals(404, status("/api/drafts/appeal?document=C00000000"));
    assertEquals(400, status("/withheld/draft?kind=appeal"));
    assertEquals(404, status("/withheld/draft.pdf?kind=appeal&document=C09000001"));
  }

  @Test
  void theWithheldPageShowsBothPrintingsSideBySideAndEscapesThem() throws Exception {
    HttpResponse<String> r = get("/withheld");
    assertEquals(200, r.statusCode());
    String page = r.body();
    assertTrue(page.contains("Withheld in <a href=\"/documents/C09000001#message-1\">C09000001</a>, page 1"), page);
    assertTrue(page.contains("Released in <a href=\"/documents/C09000002#message-1\">C09000002</a>"), page);
    assertTrue(page.contains("<mark>Mike and Sally Oren"), page);
    assertTrue(page.contains("<mark>Huma@clintonemail.com</mark>"), page);
    assertFalse(page.contains("alert('owned')</script>"), "a passage's markup reaches the page as text");
    assertTrue(page.contains("alert('owned')&lt;/script&gt;"), page);
    assertTrue(page.contains("Redactions by exemption code"));
    assertTrue(page.contains("<th>sender</th>"), "each chart comes with its table");

    String b6 = get("/withheld?code=b6").body();
    assertTrue(b6.contains("C09000001") && !b6.contains("alert('owned')"), "narrowed to B6");
    assertEquals(400, status("/withheld?code=" + "B".repeat(40)));
  }

  @Test
  void theDocumentPageSaysWhereAPassageIsReleasedAndWhereACodeIsNotApplied() throws Exception {
    String withheld = get("/documents/C09000001").body();
    assertTrue(withheld.contains("released in <a class=\"released-in\" href=\"/documents/C09000002#message-1\">"
        + "C09000002</a>"), withheld);
    assertTrue(withheld.contains("<mark>Mike and Sally Oren"), "the text one click away");
    assertTrue(withheld.contains("/withheld/draft?kind=appeal&amp;document=C09000001"), "an appeal to draft");
    assertTrue(withheld.contains("/withheld/draft?kind=mdr&amp;document=C09000001"), "its date has passed");
    assertFalse(get("/documents/C09000002").body().contains("released-elsewhere"), "the releasing copy withholds nothing");

    String pickering = get("/documents/C05787433").body();
    assertTrue(pickering.contains("is applied to this message here, and not in"), pickering);
    assertTrue(pickering.contains("<a href=\"/documents/C05793224\">C05793224</a>"), pickering);
  }

  @Test
  void homeAndPersonPagesChartWhatWasWithheld() throws Exception {
    String home = get("/").body();
    assertTrue(home.contains("Withheld here, released there"), home);
    assertTrue(home.contains("<strong>3</strong> passages"), home);
    String millsId = json("/api/people/" + q("Cheryl Mills")).get("id").asText();
    String person = get("/people/" + millsId).body();
    assertTrue(person.contains("Withheld from their messages"), person);
    assertTrue(person.contains("in messages sent"), "the chart's series, in its table");
  }

  @Test
  void theOpenApiDescriptionHasTheNewEndpoints() throws Exception {
    JsonNode paths = json("/api/openapi.json").get("paths");
    for (String path : List.of("/api/redactions", "/api/analytics/exemptions", "/api/declassification",
        "/api/drafts/{kind}")) {
      assertTrue(paths.has(path), path);
    }
  }
}
