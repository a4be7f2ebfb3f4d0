package org.readingroom.index.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.QuerySyntaxException;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.parse.ReleaseParser;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;

/** The embedded engine through the {@link SearchEngine} seam: query syntax, filters, facets, paging. */
class LuceneEngineTest {

  @TempDir static Path tmp;
  static LuceneEngine engine;
  static ReleaseRecord a;

  static final String BANNER = "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. %s Date: 01/29/2016";

  @BeforeAll
  static void index() throws IOException {
    engine = LuceneEngine.openForWriting(tmp.resolve("index"));
    a = put("C00000001", String.join("\n",
        String.format(java.util.Locale.ROOT, BANNER, "C00000001"),
        "                                                            RELEASE IN PART B1,1.4(D),B6",
        "From:                Mills, Cheryl D <MillsCD@state.gov>",
        "Sent:                Monday, March 7, 2011 9:00 AM",
        "To:                  H",
        "Subject:             Libya plan",
        "",
        "The Tehran research reactor proposal stands. Muslim Brotherhood meeting on Friday.",
        "",
        "From: Sullivan, Jacob J",
        "Sent: Sunday, March 6, 2011 10:15 PM",
        "To: Mills, Cheryl D",
        "Cc: Abedin, Huma",
        "Subject: Libya",
        "",
        "Call about Benghazi before the vote; the 1.4(D) passage is withheld.",
        String.format(java.util.Locale.ROOT, BANNER, "C00000001")));
    put("C00000002", String.join("\n",
        String.format(java.util.Locale.ROOT, BANNER, "C00000002"),
        "                                                            RELEASE IN FULL",
        "From:                Abedin, Huma",
        "Sent:                Monday, June 1, 2009 8:00 AM",
        "To:                  H",
        "Subject:             Schedule",
        "",
        "Call with the Haiti earthquake team at the café at noon.",
        String.format(java.util.Locale.ROOT, BANNER, "C00000002")));
    put("C00000003", String.join("\n",
        String.format(java.util.Locale.ROOT, BANNER, "C00000003"),
        "                                                            RELEASE IN PART B5",
        "MEMO",
        "TO: Deputy Secretary",
        "FROM: S/P",
        "We propose to declassify the reactor study, and to discuss Benghazi later.",
        String.format(java.util.Locale.ROOT, BANNER, "C00000003")));
    engine.commit();
  }

  private static ReleaseRecord put(String docId, String text) throws IOException {
    ReleaseRecord r = new ReleaseParser().parse(docId + ".txt", text);
    engine.put(new StoredRelease(r.docId(), "hash-" + docId, r));
    return r;
  }

  @AfterAll
  static void close() throws IOException {
    engine.close();
  }

  private static Set<String> ids(String query) throws IOException {
    return ids(SearchRequest.of(query).withPage(0, 100));
  }

  private static Set<String> ids(SearchRequest request) throws IOException {
    Set<String> out = new TreeSet<>();
    engine.search(request).hits().forEach(h -> out.add(h.id()));
    return out;
  }

  @Test
  void wordsPhrasesAndProximity() throws IOException {
    assertEquals(Set.of("C00000001", "C00000001/0"), ids("\"tehran research reactor\""));
    assertEquals(Set.of("C00000001", "C00000001/0"), ids("\"tehran reactor\"~2"));
    assertEquals(Set.of(), ids("\"tehran reactor\""));
    assertEquals(Set.of("C00000001", "C00000001/0", "C00000003"), ids("reactor"));
  }

  @Test
  void booleanOperatorsAndAllWordsRequiredByDefault() throws IOException {
    assertEquals(Set.of("C00000001", "C00000001/1"), ids("libya benghazi"));
    assertEquals(Set.of("C00000001", "C00000001/1"), ids("libya AND benghazi"));
    assertEquals(Set.of("C00000001/0"), ids("libya NOT benghazi"));
    assertEquals(Set.of("C00000001", "C00000001/1", "C00000002", "C00000002/0", "C00000003"),
        ids("haiti OR benghazi"));
  }

  @Test
  void fieldsFuzzyAndPrefix() throws IOException {
    assertEquals(Set.of("C00000001", "C00000001/0"), ids("from:mills"));
    assertEquals(Set.of("C00000001", "C00000001/0"), ids("from:millscd@state.gov"));
    assertEquals(Set.of("C00000001/1"), ids("cc:abedin"), "a document's parties are its top message's");
    assertEquals(Set.of("C00000002", "C00000002/0"), ids("subject:schedule"));
    assertEquals(Set.of("C00000001", "C00000001/1", "C00000003"), ids("benghazzi~"));
    assertEquals(Set.of("C00000001", "C00000001/1", "C00000003"), ids("bengh*"));
    assertEquals(Set.of("C00000002"), ids("docId:C00000002 AND kind:document"));
  }

  @Test
  void codesAccentsAndDates() throws IOException {
    assertEquals(Set.of("C00000001", "C00000001/1"), ids("1.4(D)"));
    assertEquals(Set.of("C00000001", "C00000001/0", "C00000001/1"), ids("exemption:1.4(D)"));
    assertEquals(Set.of("C00000002", "C00000002/0"), ids("cafe"));
    assertEquals(Set.of("C00000001", "C00000001/0", "C00000001/1"), ids("sent:[2011-03 TO 2011-03]"));
    assertEquals(Set.of("C00000002/0"), ids("sent:2009-06-01 AND kind:message"));
  }

  @Test
  void aHugeQueryIsASyntaxErrorWhoseMessageIsBounded() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      q.append(i == 0 ? "" : " OR ").append("w").append(i);
    }
    QuerySyntaxException e = org.junit.jupiter.api.Assertions.assertThrows(QuerySyntaxException.class,
        () -> engine.search(SearchRequest.of(q.toString())));
    assertTrue(e.getMessage().contains("at most"), e.getMessage());
    assertTrue(e.getMessage().length() < 400, "the query is not echoed whole: " + e.getMessage().length());
  }

  @Test
  void filtersNarrow() throws IOException {
    SearchRequest all = SearchRequest.of(null).withPage(0, 100);
    assertEquals(Set.of("C00000001/0"), ids(SearchRequest.builder().from("Mills, Cheryl D").kind(EntryKind.MESSAGE).limit(100).build()));
    assertEquals(Set.of("C00000001/1"), ids(SearchRequest.builder().to("abedin").kind(EntryKind.MESSAGE).limit(100).build()));
    assertEquals(Set.of("C00000002", "C00000002/0"), ids(SearchRequest.builder().since(LocalDate.of(2009, 1, 1))
        .until(LocalDate.of(2009, 12, 31)).limit(100).build()));
    assertEquals(Set.of("C00000002", "C00000002/0"), ids(SearchRequest.builder().release("full").limit(100).build()));
    assertEquals(Set.of("C00000003"), ids(SearchRequest.builder().exemption("b5").limit(100).build()));
    // the second message's sender and Cc: that message, not its document (whose parties are its top message's)
    assertEquals(Set.of("C00000001/1"), ids(SearchRequest.builder().sender("Sullivan, Jacob J").limit(100).build()));
    assertEquals(Set.of("C00000001/1"), ids(SearchRequest.builder().recipient("Abedin, Huma").limit(100).build()));
    assertEquals(Set.of(), ids(SearchRequest.builder().sender("Sullivan").limit(100).build()), "exact names only");
    assertEquals(3, engine.search(all.withKind(EntryKind.DOCUMENT)).total());
    assertEquals(3, engine.search(all.withKind(EntryKind.MESSAGE)).total());
  }

  @Test
  void senderAndRecipientListsMatchFacetValuesExactly() throws IOException {
    SearchRequest messages = SearchRequest.of(null).withKind(EntryKind.MESSAGE).withPage(0, 100);
    assertEquals(Set.of("C00000001/0"), ids(messages.withParties(List.of("H", "Mills, Cheryl D"), null)));
    assertEquals(Set.of("C00000001/0", "C00000002/0"), ids(messages.withParties(null, List.of("H"))));
    assertEquals(Set.of("C00000001/1"), ids(messages.withParties(null, List.of("Abedin, Huma"))), "Cc counts");
    assertEquals(Set.of(), ids(messages.withParties(List.of("Mills"), null)), "a word is not an alias");
    assertEquals(Set.of("C00000002"), ids(SearchRequest.of(null).withKind(EntryKind.DOCUMENT)
        .withParties(List.of("Abedin, Huma", "Sullivan, Jacob J"), null)), "by their top messages' senders");
  }

  @Test
  void aPersonNamedInTheQueryMatchesEveryAliasOfTheirs() throws IOException {
    // "the boss" is printed nowhere: only the person it names, as "Mills, Cheryl D", sends C00000001/0
    Map<String, List<String>> persons = Map.of("boss", List.of("Mills, Cheryl D", "MiIIsCD@state.gov"));
    SearchRequest fromBoss = SearchRequest.builder().query("from:boss AND kind:message").personAliases(persons).limit(100).build();
    assertEquals(Set.of("C00000001/0"), ids(fromBoss));
    assertEquals(Set.of(), ids(fromBoss.toBuilder().personAliases(null).build()), "without persons: words only");
    assertEquals(Set.of("C00000001/1"), ids(SearchRequest.builder().query("recipient:huma AND kind:message")
        .personAliases(Map.of("huma", List.of("Abedin, Huma"))).limit(100).build()), "Cc counts");
    assertEquals(Set.of("C00000001/0"), ids(SearchRequest.builder().query("from:mills AND kind:message")
        .personAliases(Map.of()).limit(100).build()), "a name that names no one matches its words");
    assertEquals(Set.of(), ids(SearchRequest.builder().query("subject:boss").personAliases(persons).limit(100).build()),
        "only from:, to: and recipient: name persons");
  }

  @Test
  void eachReleaseHandsOverEveryDocumentWithItsText() throws IOException {
    Set<String> keys = new TreeSet<>();
    engine.eachRelease(1, r -> {
      keys.add(r.key());
      assertTrue(r.record().text().length() > 0);
    });
    assertEquals(Set.of("C00000001", "C00000002", "C00000003"), keys);
  }

  @Test
  void eachReleaseOnSeveralThreadsHandsOverEachDocumentOnce() throws IOException {
    List<String> keys = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    engine.eachRelease(4, 1, r -> keys.add(r.key())); // a run of one entry each: every thread takes some
    assertEquals(List.of("C00000001", "C00000002", "C00000003"), keys.stream().sorted().toList());
  }

  @Test
  void whatTheActionThrowsStopsThePassAndIsThrown() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> engine.eachRelease(4, 1, r -> {
      throw new IllegalStateException("cannot take " + r.key());
    }));
    assertTrue(thrown.getMessage().startsWith("cannot take C0000000"), thrown.getMessage());
  }

  @Test
  void facetsCountEveryHit() throws IOException {
    SearchResult r = engine.search(SearchRequest.of(null).withKind(EntryKind.MESSAGE).withFacets(true));
    assertEquals(List.of(new SearchResult.FacetCount("2011", 2), new SearchResult.FacetCount("2009", 1)).size(),
        r.facets().get("year").size());
    assertTrue(r.facets().get("sender").contains(new SearchResult.FacetCount("Mills, Cheryl D", 1)));
    assertTrue(r.facets().get("recipient").contains(new SearchResult.FacetCount("H", 2)));
    assertEquals(List.of("sender", "recipient", "year", "month", "exemption", "release", "classification"),
        List.copyOf(r.facets().keySet()));
    assertTrue(r.facets().get("month").contains(new SearchResult.FacetCount("2011-03", 2)));
  }

  @Test
  void pagingAndSortingByDate() throws IOException {
    SearchRequest byDate = SearchRequest.builder().kind(EntryKind.MESSAGE).sort(SearchRequest.Sort.DATE).limit(2).build();
    SearchResult first = engine.search(byDate);
    assertEquals(3, first.total());
    assertEquals(List.of("C00000001/0", "C00000001/1"), first.hits().stream().map(Hit::id).toList());
    SearchResult second = engine.search(byDate.withPage(2, 2));
    assertEquals(3, second.total());
    assertEquals(List.of("C00000002/0"), second.hits().stream().map(Hit::id).toList());
    assertEquals(List.of(), engine.search(byDate.withPage(50, 2)).hits());
  }

  @Test
  void snippetsMarkTheMatchedWords() throws IOException {
    Hit hit = engine.search(SearchRequest.of("\"muslim brotherhood\"").withKind(EntryKind.MESSAGE)).hits().get(0);
    assertEquals("The Tehran research reactor proposal stands. [Muslim Brotherhood] meeting on Friday.",
        hit.snippet().render("[", "]"));
    assertEquals("Mills, Cheryl D", hit.from());
    assertEquals("2011-03-07T09:00", hit.date());
    assertEquals("Libya plan", hit.subject());
  }

  @Test
  void whatTheSyntaxCannotReadIsSearchedAsWordsAndWhatCannotBeSearchedIsAOneLineError() throws IOException {
    // a reader's slip is answered: the words are searched and the answer says how it was read
    SearchResult open = engine.search(SearchRequest.of("brotherhood AND ("));
    assertTrue(open.total() > 0);
    assertEquals(engine.search(SearchRequest.of("brotherhood")).total(), open.total());
    assertNotNull(open.notice());
    assertEquals(engine.search(SearchRequest.of("nosuchfield brotherhood")).total(),
        engine.search(SearchRequest.of("nosuchfield:brotherhood")).total());
    // a range whose ends are not dates cannot be guessed: one line that says what to change
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
        () -> engine.search(SearchRequest.of("sent:[yesterday TO now]")));
    assertEquals(1, e.getMessage().lines().count());
    assertThrows(QuerySyntaxException.class, () -> SearchRequest.parseDay("2011-13", true));
  }

  @Test
  void aReleaseComesBackAsItWasParsed() throws IOException {
    StoredRelease stored = engine.release("c00000001").orElseThrow();
    assertArrayEquals(ReleaseRecordJson.line(a), ReleaseRecordJson.line(stored.record()));
    assertEquals(a.body(a.messages().get(1)), stored.record().body(stored.record().messages().get(1)));
    assertTrue(engine.release("C99999999").isEmpty());
  }

  @Test
  void statsSayWhatTheArchiveHolds() throws IOException {
    ArchiveStats s = engine.stats();
    assertEquals(3, s.documents());
    assertEquals(3, s.messages());
    assertEquals("2009-06-01T08:00", s.firstDate());
    assertEquals("2011-03-07T09:00", s.lastDate());
    assertTrue(s.releases().contains(new SearchResult.FacetCount("PART", 2)));
    assertTrue(s.exemptions().contains(new SearchResult.FacetCount("B6", 1)));
  }

  @Test
  void aReaderSeesEachCommitAtItsNextSearchAndNothingBefore() throws IOException {
    Path folder = tmp.resolve("seen-by-reader");
    try (LuceneEngine writing = LuceneEngine.openForWriting(folder);
        LuceneEngine reading = LuceneEngine.openForReading(folder)) {
      SearchRequest benghazi = SearchRequest.of("benghazi").withKind(EntryKind.DOCUMENT);
      assertEquals(0, reading.search(benghazi).total());
      for (int n = 1; n <= 3; n++) {
        String docId = String.format(java.util.Locale.ROOT, "C0000010%d", n);
        ReleaseRecord r = new ReleaseParser().parse(docId + ".txt", String.join("\n",
            String.format(java.util.Locale.ROOT, BANNER, docId),
            "                                                            RELEASE IN FULL",
            "A note on Benghazi, number " + n + "."));
        writing.put(new StoredRelease(r.docId(), "hash-" + docId, r));
        assertEquals(n - 1, reading.search(benghazi).total(), "not committed yet");
        writing.commit();
        assertEquals(n, reading.search(benghazi).total(), "committed");
        assertEquals(n, reading.stats().documents());
      }
    }
  }
}
