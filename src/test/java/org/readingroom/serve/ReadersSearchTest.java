package org.readingroom.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
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

/**
 * Search counts what readers count, over HTTP on the analysed sample archive: a message printed in
 * several documents is one hit (its fullest printing), and the sender and recipient facets are
 * persons, each value's count exactly the hits its filter gives.
 */
class ReadersSearchTest {

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    Path docs = TestChains.sample(tmp.resolve("archive-docs"));
    String banner = "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. %s Date: 01/29/2016\n\n";
    Files.writeString(docs.resolve("C00000050.txt"), String.format(Locale.ROOT, banner, "C00000050")
        + " ".repeat(60) + "RELEASE IN FULL\n\nMEMORANDUM FOR THE SECRETARY\n\nDATE: March 3, 2011\n"
        + "SUBJECT: Talking points for the Libya call\n\nThe points below are for the call.\n", StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("C00000051.txt"), String.format(Locale.ROOT, banner, "C00000051")
        + " ".repeat(60) + "RELEASE IN FULL\n\nA note with no date on the points for the call.\n", StandardCharsets.UTF_8);
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(writer, archive);
    }
    engine = LuceneEngine.openForReading(archive.index());
    app = Server.create(engine, archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    engine.close();
  }

  private static JsonNode search(String params) throws Exception {
    AnalysisApiTest.Response r = AnalysisApiTest.get(app, "/api/search?" + params);
    assertEquals(200, r.status(), r.body().toString());
    return r.body();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aMessagePrintedInThreeDocumentsIsOneHitItsFullestPrinting() throws Exception {
    JsonNode one = search("q=" + q("\"crisis group dinner\"") + "&kind=message");
    assertEquals(1, one.get("total").asInt(), one.toString());
    JsonNode hit = one.get("hits").get(0);
    assertEquals(3, hit.get("printedIn").asInt());
    assertTrue(!hit.get("id").asText().startsWith("C05793224"), "not the printing cut short: " + hit);
    JsonNode all = search("q=" + q("\"crisis group dinner\"") + "&kind=message&copies=all");
    assertEquals(3, all.get("total").asInt(), "every printing on request");
    Set<String> messages = new HashSet<>();
    all.get("hits").forEach(h -> messages.add(h.get("message").asText()));
    assertEquals(Set.of(hit.get("message").asText()), messages, "three printings of one message");
    assertEquals(400, AnalysisApiTest.get(app, "/api/search?copies=some").status());
  }

  @Test
  void aDocumentWhoseTopMessageIsShownFromAnotherDocumentIsNoSecondHit() throws Exception {
    // every printing: the message each entry shows (a document shows its top message, KEY/0)
    Map<String, String> messageOf = new HashMap<>();
    search("kind=message&copies=all&limit=100").get("hits")
        .forEach(h -> messageOf.put(h.get("id").asText(), h.get("message").asText()));
    // Sullivan's trip memo, released twice (C00000040, and C00000041 with a code in the margin)
    JsonNode all = search("q=" + q("delegation foreign minister") + "&copies=all");
    JsonNode one = search("q=" + q("delegation foreign minister"));
    assertTrue(one.get("total").asInt() < all.get("total").asInt(), one + " against " + all);
    Map<String, String> shownFrom = new HashMap<>();
    for (JsonNode h : one.get("hits")) {
      String id = h.get("id").asText();
      String message = messageOf.get(id.contains("/") ? id : id + "/0");
      String document = h.get("docId").asText();
      String before = shownFrom.putIfAbsent(message, document);
      assertTrue(before == null || before.equals(document), message + " shown from " + before + " and " + document);
    }
    assertEquals(2, all.get("hits").findValues("kind").stream().filter(k -> k.asText().equals("document")).count(),
        "both documents on request");
    assertEquals(2, one.get("total").asInt(), "the memo once as a message, once as its document: " + one);
    JsonNode documents = search("q=" + q("delegation foreign minister") + "&copies=documents");
    assertEquals(3, documents.get("total").asInt(), "every document, the message once: " + documents);
  }

  @Test
  void personFacetsCountExactlyWhatTheirFilterFinds() throws Exception {
    JsonNode r = search("kind=message&facets=true&limit=0");
    List<JsonNode> senders = new ArrayList<>();
    r.get("facets").get("sender").forEach(senders::add);
    JsonNode h = senders.stream().filter(v -> "H".equals(v.path("label").asText(null))
        || v.path("label").asText("").contains("Clinton")).findFirst().orElse(null);
    assertTrue(h != null && h.get("value").asText().startsWith("p-"), "H is a person, not a spelling: " + senders);
    for (String dim : List.of("sender", "recipient")) {
      for (JsonNode v : r.get("facets").get(dim)) {
        JsonNode narrowed = search("kind=message&facets=false&limit=0&" + dim + "=" + q(v.get("value").asText()));
        assertEquals(v.get("count").asInt(), narrowed.get("total").asInt(), dim + " " + v);
      }
    }
    // H as printed in hrod17@clintonemail.corn and as H: one value
    long hValues = senders.stream().filter(v -> v.get("value").asText().equals(h.get("value").asText())).count();
    assertEquals(1, hValues);
  }

  @Test
  void anyQueryAReaderTypesIsAnswered() throws Exception {
    for (String q : List.of("9/11", "U.S.", "Re: Libya", "e-mail", "\"crisis group", "(libya", "libya)", "libya or egypt",
        "C05787433", "Today's 9:15 Discussion", "foo:bar", "*libya", "libya [", "{", "!", "^", "~")) {
      AnalysisApiTest.Response r = AnalysisApiTest.get(app, "/api/search?q=" + q(q));
      assertEquals(200, r.status(), q + ": " + r.body());
    }
    assertEquals("C05787433", search("q=C05787433").get("hits").get(0).get("id").asText(),
        "a document number typed alone is the first hit");
    assertEquals("C05787433", search("q=" + q("Doc No. C05787433")).get("hits").get(0).get("id").asText(),
        "and copied from the banner with its label");
    JsonNode re = search("q=" + q("Re: Libya") + "&kind=message");
    assertTrue(re.get("notice").asText().contains("'Re:' names no field"), re.toString());
    assertTrue(re.get("total").asInt() > 0);
    assertTrue(search("q=" + q("libya or the")).get("total").asInt() >= search("q=" + q("libya")).get("total").asInt(),
        "a lower-case or means either");
    assertEquals(search("q=" + q("points AND libya")).get("total"), search("q=" + q("points and libya")).get("total"));
    assertTrue(search("q=" + q("points NOT libya")).get("total").asInt() < search("q=points").get("total").asInt(),
        "NOT excludes");
    assertEquals(search("q=" + q("points +not libya")).get("total"), search("q=" + q("points not libya")).get("total"),
        "a lower-case not is a word: 'could not attend' is meant more often than an exclusion");
    assertEquals(search("q=" + q("libya")).get("total"), search("q=" + q("libya*")).get("total"),
        "a prefix searches the subject as a word does");
  }

  @Test
  void aMemoIsDatedAndTitledByItsOwnHeadingNeverByItsReleaseDate() throws Exception {
    JsonNode memo = search("q=docId:C00000050&kind=document").get("hits").get(0);
    assertEquals("2011-03-03", memo.get("date").asText());
    assertEquals("Talking points for the Libya call", memo.get("subject").asText());
    assertEquals(1, search("q=" + q("subject:\"talking points\"") + "&kind=document").get("total").asInt(),
        "its title is searchable as a subject");
    JsonNode note = search("q=docId:C00000051&kind=document").get("hits").get(0);
    assertTrue(note.get("date").isNull(), "no date of its own: undated, not 2016-01-29: " + note);
  }

  @Test
  void undatedEntriesSortLastEitherWayAndCountApart() throws Exception {
    for (String sort : List.of("date", "oldest")) {
      JsonNode r = search("limit=100&sort=" + sort + "&facets=true");
      List<JsonNode> hits = new ArrayList<>();
      r.get("hits").forEach(hits::add);
      assertTrue(hits.get(hits.size() - 1).get("date").isNull(), sort + ": the undated note last");
      for (int i = 0; i + 1 < hits.size(); i++) {
        assertTrue(!hits.get(i).get("date").isNull(), sort + ": only the last is undated: " + hits.get(i));
      }
      List<String> years = new ArrayList<>();
      r.get("facets").get("year").forEach(y -> years.add(y.get("value").asText()));
      assertEquals("undated", years.get(years.size() - 1), "counted apart, after the years: " + years);
    }
    assertEquals(1, search("year=undated&kind=document").get("total").asInt(), "and found by it");
  }

  private static HttpResponse<String> page(String path) throws Exception {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aDocumentNumberTypedAloneOpensThatDocument() throws Exception {
    HttpResponse<String> jump = page("/search?q=" + q(" c05787433 "));
    assertEquals(302, jump.statusCode());
    assertEquals("/documents/C05787433", jump.headers().firstValue("Location").orElse(""));
    assertEquals(200, page("/search?q=C05787433&kind=message").statusCode(), "with a filter it is a search");
    assertEquals(200, page("/search?q=C09999999").statusCode(), "a number the archive lacks is searched");
  }

  @Test
  void aHitOpensTheDocumentWithTheQuerysWordsMarkedAndACitation() throws Exception {
    String html = page("/documents/C05787433?q=" + q("crisis develop* NOT libya")).body();
    List<String> marked = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<mark class=\"q\">([^<]*)</mark>").matcher(html);
    while (m.find()) {
      marked.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    assertTrue(marked.contains("crisis") && marked.contains("developments"), "words and a prefix's words: " + marked);
    assertTrue(marked.stream().allMatch(w -> w.equals("crisis") || w.startsWith("develop")), "nothing else: " + marked);
    assertTrue(html.contains("data-mark-step=\"1\""), "a way to step through them");
    assertTrue(html.contains("U.S. Department of State, Case No. F-2014-20439, Doc No. C05787433, released 2016-01-29"),
        "a citation line");
    assertTrue(html.contains("/documents/C05787433#message-2"), "each message's own permalink");
    assertTrue(!page("/documents/C05787433").body().contains("<mark class=\"q\""), "no query, no marks");
    assertTrue(!page("/documents/C05787433?q=" + q("<script>")).body().contains("<script>"), "a query is text");
  }

  @Test
  void theSearchFormSuggestsPersonsAndKeepsWhatWasAsked() throws Exception {
    String html = page("/search?q=libya&from=" + q("Cheryl Mills") + "&copies=all&kind=message&since=2011").body();
    assertTrue(html.contains("<datalist id=\"persons\">"), "persons suggested");
    assertTrue(html.contains("id=\"f-from\" name=\"from\" type=\"text\" list=\"persons\" value=\"Cheryl Mills\""), html);
    assertTrue(html.contains("<option value=\"all\" selected>every printing</option>"), "copies kept");
    assertTrue(html.contains("value=\"2011\""), "the date kept");
    assertTrue(html.contains("<details class=\"search-form\" open>"), "open when filled in");
  }

  @Test
  void wordsNoEntryHoldsAllTogetherFindThoseHoldingMostOfThem() throws Exception {
    // the memo speaks of the delegation and the foreign minister, never of Zanzibar
    JsonNode r = search("q=" + q("delegation minister zanzibar"));
    assertTrue(r.get("total").asInt() > 0, r.toString());
    assertTrue(r.get("notice").asText().contains("no entry holds every word"), r.toString());
    assertTrue(r.get("hits").get(0).get("docId").asText().startsWith("C0000004"), "the memo first: " + r);
    assertEquals(0, search("q=" + q("\"delegation zanzibar\"")).get("total").asInt(), "a phrase is asked as typed");
    assertEquals(0, search("q=" + q("delegation AND zanzibar")).get("total").asInt(), "and so is an operator");
  }

  @Test
  void aSearchByItsQueryAloneLeadsToADraftedRequest() throws Exception {
    String html = page("/search?q=" + q("crisis group")).body();
    assertTrue(html.contains("href=\"/withheld/draft?kind=appeal&amp;q=crisis+group\""), "an appeal drafted from the search");
    assertTrue(html.contains("href=\"/withheld/draft?kind=mdr&amp;q=crisis+group\""), "and a review request");
    assertEquals(200, page("/withheld/draft?kind=appeal&q=" + q("crisis group")).statusCode());
    assertFalse(page("/search?q=" + q("crisis group") + "&from=Mills").body().contains("/withheld/draft?"),
        "a draft reads the query alone: no link when a filter narrows the search");
  }

  @Test
  void theHomePageCountsPersonsNotSpellings() throws Exception {
    String html = page("/").body();
    int at = html.indexOf("Who wrote most");
    String panel = html.substring(at, html.indexOf("</ol>", at));
    assertTrue(panel.contains("/people/p-"), "each sender is a person's page: " + panel);
    assertTrue(!panel.contains("Names as printed"), panel);
  }
}
