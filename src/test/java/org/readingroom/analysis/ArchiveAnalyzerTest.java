package org.readingroom.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestChains;
import org.readingroom.people.Person;
import org.readingroom.people.UnknownPersonException;
import org.readingroom.threads.ThreadMessage;

/** The analysis after an ingest: what it keeps in the archive, and what survives the next one. */
class ArchiveAnalyzerTest {

  private static final Curator WHO = new Curator("test", "local");


  @TempDir Path tmp;

  private AnalysisSummary ingest(ArchiveLayout archive, Path docs) throws Exception {
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      return ArchiveAnalyzer.analyse(engine, archive);
    }
  }

  @Test
  void findsPersonsMessagesThreadsAndDuplicatesAndKeepsThemBesideTheIndex() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    AnalysisSummary s = ingest(archive, TestChains.sample(tmp.resolve("docs")));
    assertEquals(8, s.documents());
    assertEquals(15, s.appearances());
    assertEquals(9, s.messages(), s.toString());
    assertEquals(4, s.threads(), s.toString());
    assertEquals(1, s.duplicateClusters());
    assertTrue(s.aliasesMerged() > 0);
    for (Path f : List.of(archive.people(), archive.messages(), archive.duplicates())) {
      assertTrue(Files.size(f) > 0, f.toString());
    }
    ArchiveAnalysis a = ArchiveAnalysis.load(archive);
    Person h = a.people().resolve("H").orElseThrow();
    assertEquals(h, a.people().byAlias("hrod17@clintonemail.corn").orElseThrow());
    assertEquals(a.people().resolve("Mills, Cheryl D").orElseThrow(), a.people().byAlias("millscd?state.gov").orElseThrow());
    assertEquals(a.people().resolve("Abedin, Huma").orElseThrow(), a.people().byAlias("Huma Abedin").orElseThrow());
    ThreadMessage letter = a.correspondence().messageAt("C05787433", 1).orElseThrow();
    assertEquals(3, letter.appearances().size());
    assertEquals(List.of("C00000040", "C00000041"),
        a.duplicates().of("C00000041").orElseThrow().copies().stream().map(c -> c.document()).toList());
    assertEquals(h, a.mostActive().get(0), "H sends or receives the most messages");
    assertEquals(8, a.activity(h).messages());
  }

  @Test
  void tellsEachStepAsItEndsWithItsTime() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    Path docs = TestChains.sample(tmp.resolve("docs"));
    List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(engine, archive, steps::add);
    }
    List<String> mine = steps.stream().filter(s -> !s.contains("near-duplicate clusters")).map(s -> s.replaceAll(" \\(\\d+\\.\\d s\\)$", ""))
        .toList();
    assertEquals(List.of("read 8 documents", "found " + Person.read(archive.people()).size() + " persons",
        "found 9 messages in 4 threads", "wrote the messages' table", "read again 0 documents to compare their printings",
        "compared their printings", "wrote what is withheld", "marked each message's copies in the index"), mine, steps.toString());
    assertTrue(steps.stream().anyMatch(s -> s.startsWith("found 1 near-duplicate clusters (")), steps.toString());
    assertTrue(steps.stream().allMatch(s -> s.matches(".* \\(\\d+\\.\\d s\\)")), steps.toString());
  }

  @Test
  void theSameArchiveGivesByteIdenticalFiles() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    Path docs = TestChains.sample(tmp.resolve("docs"));
    ingest(archive, docs);
    byte[] people = Files.readAllBytes(archive.people());
    byte[] messages = Files.readAllBytes(archive.messages());
    byte[] duplicates = Files.readAllBytes(archive.duplicates());
    ingest(archive, docs);
    assertArrayEquals(people, Files.readAllBytes(archive.people()));
    assertArrayEquals(messages, Files.readAllBytes(archive.messages()));
    assertArrayEquals(duplicates, Files.readAllBytes(archive.duplicates()));
  }

  @Test
  void curatorsChangesSurviveTheNextIngestAndIdsStay() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    Path docs = TestChains.sample(tmp.resolve("docs"));
    ingest(archive, docs);
    ArchiveAnalysis before = ArchiveAnalysis.load(archive);
    Person pickering = before.people().resolve("Pickering, Thomas R").orElseThrow();
    Person russo = before.people().resolve("Russorv@state.gov").orElseThrow();
    PeopleCuration curation = new PeopleCuration(archive);
    Person merged = curation.merge(List.of(pickering.id(), "Russorv@state.gov"), WHO).person();
    curation.rename(merged.id(), "Thomas Pickering", WHO);
    Person split = curation.split(before.people().resolve("H").orElseThrow().id(), List.of("hrod17@clintonemail.corn"),
        WHO).person();
    assertEquals(List.of("hrod17@clintonemail.corn"), split.aliases().stream().map(a -> a.text()).toList());

    TestChains.write(docs, "C00000050", TestChains.mail("Sherman, Wendy R <ShermanWR@state.gov>",
        "Thursday, March 10, 2011 7:00 AM", "H", "Brief", "Ready when you are."));
    ingest(archive, docs);
    ArchiveAnalysis after = ArchiveAnalysis.load(archive);
    Person p = after.people().byAlias("Russorv@state.gov").orElseThrow();
    assertEquals(after.people().byAlias("Pickering, Thomas R").orElseThrow(), p);
    assertEquals("Thomas Pickering", p.name());
    assertEquals(merged.id(), p.id());
    assertEquals(p, after.people().byId(russo.id()).orElseThrow(), "the merged-away id still leads to the person");
    assertNotEquals(after.people().byAlias("H").orElseThrow(), after.people().byAlias("hrod17@clintonemail.corn").orElseThrow());
    assertEquals(before.people().resolve("Mills, Cheryl D").orElseThrow().id(),
        after.people().resolve("Mills, Cheryl D").orElseThrow().id());
    assertEquals(before.correspondence().messageAt("C05787433", 1).orElseThrow().id(),
        after.correspondence().messageAt("C05787433", 1).orElseThrow().id());
  }

  @Test
  void curationRefusesWhatMakesNoSense() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    ingest(archive, TestChains.sample(tmp.resolve("docs")));
    PeopleCuration curation = new PeopleCuration(archive);
    String h = ArchiveAnalysis.load(archive).people().resolve("H").orElseThrow().id();
    assertThrows(UnknownPersonException.class, () -> curation.merge(List.of(h, "p-000000000000"), WHO));
    assertThrows(IllegalArgumentException.class, () -> curation.merge(List.of(h, "H"), WHO));
    assertThrows(IllegalArgumentException.class, () -> curation.split(h, List.of("Mills, Cheryl D"), WHO));
    assertThrows(IllegalArgumentException.class, () -> curation.rename(h, " ", WHO));
    assertTrue(Files.notExists(archive.peopleOverrides()), "nothing kept");
  }

  @Test
  void aServerSeesAnIngestAndACuratorsChange() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    LiveAnalysis live = new LiveAnalysis(archive);
    assertTrue(live.current().people().all().isEmpty(), "no analysis yet: nothing, no failure");
    ingest(archive, TestChains.sample(tmp.resolve("docs")));
    Person h = live.current().people().resolve("H").orElseThrow();
    new PeopleCuration(archive).rename(h.id(), "Hillary Rodham Clinton", WHO);
    assertEquals("Hillary Rodham Clinton", live.current().people().byId(h.id()).orElseThrow().name());
  }
}
