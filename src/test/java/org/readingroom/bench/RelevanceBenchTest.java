package org.readingroom.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestReleases;
import org.readingroom.serve.Server;

/** The relevance test set and its scorer: the set as kept, the scores, and a run through a real server. */
class RelevanceBenchTest {
  static final Path SET = Path.of("src/test/resources/relevance/queries.json");

  @TempDir Path tmp;

  @Test
  void theSetHoldsSixtyJudgedQueriesOfEveryKind() throws IOException {
    RelevanceSet set = RelevanceSet.read(SET);
    assertTrue(set.queries().size() >= 60, "at least 60 queries: " + set.queries().size());
    Set<String> kinds = new HashSet<>();
    for (RelevanceSet.Judged j : set.queries()) {
      kinds.add(j.kind());
      assertFalse(j.note().isBlank(), j.id() + " says why its answers were chosen");
      for (String a : j.answers()) {
        assertTrue(a.matches("C\\d{8}(/\\d+)?"), j.id() + ": an answer is a document number or a printing: " + a);
      }
    }
    assertEquals(Set.of("subject", "number", "phrase", "topic", "person", "ocr", "syntax"), kinds);
  }

  @Test
  void aSetWithoutAnswersOrWithAnIdTwiceIsRefused() throws IOException {
    Path noAnswers = tmp.resolve("a.json");
    Files.writeString(noAnswers, "{\"queries\":[{\"id\":\"q\",\"query\":\"libya\",\"answers\":[]}]}", StandardCharsets.UTF_8);
    assertTrue(assertThrows(IOException.class, () -> RelevanceSet.read(noAnswers)).getMessage().contains("no answers"));
    Path twice = tmp.resolve("b.json");
    Files.writeString(twice, "{\"queries\":[{\"id\":\"q\",\"query\":\"a\",\"answers\":[\"C1\"]},"
        + "{\"id\":\"q\",\"query\":\"b\",\"answers\":[\"C1\"]}]}", StandardCharsets.UTF_8);
    assertTrue(assertThrows(IOException.class, () -> RelevanceSet.read(twice)).getMessage().contains("twice"));
  }

  @Test
  void scoresTheFirstAnswerAndWhatIsShownTwice() {
    RelevanceSet.Judged j = new RelevanceSet.Judged("q", "topic", "letter", List.of("C00000003", "C00000009/2"), "n");
    // m1 printed in C1 (its top message) and C2; C1 shown as a document and as its message
    MessageKeys keys = MessageKeys.of(Map.of("C00000001/0", "m1", "C00000002/1", "m1", "C00000003/0", "m3"));
    List<RelevanceScore.HitRef> hits = List.of(
        new RelevanceScore.HitRef("C00000001", "C00000001"),
        new RelevanceScore.HitRef("C00000001/0", "C00000001"),
        new RelevanceScore.HitRef("C00000002/1", "C00000002"),
        new RelevanceScore.HitRef("C00000001/4", "C00000001"),
        new RelevanceScore.HitRef("C00000003/0", "C00000003"));
    RelevanceScore s = RelevanceScore.of(j, hits, 5, keys);
    assertEquals(5, s.rank());
    assertTrue(s.success());
    assertEquals(0.2, s.reciprocalRank(), 1e-9);
    assertEquals(List.of("m1"), s.duplicates(), "m1 again from another document");
    assertEquals(2, s.sameDocument(), "C1's message beside C1, and C1's fifth message");

    RelevanceScore printing = RelevanceScore.of(j, List.of(new RelevanceScore.HitRef("C00000009/1", "C00000009"),
        new RelevanceScore.HitRef("C00000009/2", "C00000009")), 2, keys);
    assertEquals(2, printing.rank(), "an answer naming a printing is met by that printing only");

    List<RelevanceScore.HitRef> late = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      late.add(new RelevanceScore.HitRef("C1000000" + i, "C1000000" + i));
    }
    late.add(new RelevanceScore.HitRef("C00000003", "C00000003"));
    RelevanceScore eleventh = RelevanceScore.of(j, late, 11, keys);
    assertEquals(11, eleventh.rank());
    assertFalse(eleventh.success(), "success is within the top 10");
    RelevanceBench.Summary sum = RelevanceBench.Summary.of(List.of(s, eleventh, RelevanceScore.failed(j, "400 x")));
    assertEquals(1, sum.successes());
    assertEquals((0.2 + 1.0 / 11) / 3, sum.mrr(), 1e-9);
    assertEquals(1, sum.duplicates());
  }

  @Test
  void readsWhichMessageEachPrintingIsFromTheArchive() throws IOException {
    Path messages = tmp.resolve("messages.json");
    Files.writeString(messages, "{\"version\":1,\"messages\":[\n{\"id\":\"m-1\",\"appearances\":[[\"C00000001\",0,1],"
        + "[\"C00000002\",2,1]]}\n,{\"id\":\"m-2\",\"appearances\":[[\"C00000001\",1,1]]}]}", StandardCharsets.UTF_8);
    MessageKeys keys = MessageKeys.read(messages);
    assertEquals("m-1", keys.of("C00000002/2", "C00000002"));
    assertEquals("m-1", keys.of("C00000001", "C00000001"), "a document hit shows its top message");
    assertEquals("m-2", keys.of("C00000001/1", "C00000001"));
    assertEquals("C00000005/0", keys.of("C00000005", "C00000005"), "unknown: only itself");
    assertEquals(0, MessageKeys.read(tmp.resolve("absent.json")).size());
  }

  @Test
  void scoresAServerThroughItsApi() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine writer = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(writer, archive, Ingester.Options.defaults())
          .ingest(List.of(TestReleases.golden(tmp.resolve("docs")).toString()), IngestProgress.SILENT);
    }
    Path set = tmp.resolve("set.json");
    Files.writeString(set, """
        {"queries": [
          {"id": "jalili", "kind": "phrase", "query": "\\"reply to Jalili's letter\\"", "answers": ["C05788506"], "note": "n"},
          {"id": "absent", "kind": "topic", "query": "libya", "answers": ["C09999999"], "note": "not in the archive"}
        ]}""", StandardCharsets.UTF_8);
    try (LuceneEngine engine = LuceneEngine.openForReading(archive.index())) {
      Javalin app = Server.create(engine).start("127.0.0.1", 0);
      try {
        RelevanceBench bench = new RelevanceBench("http://127.0.0.1:" + app.port(), MessageKeys.read(archive.messages()));
        List<RelevanceScore> scores = bench.score(RelevanceSet.read(set));
        assertEquals(1, scores.get(0).rank(), scores.get(0).toString());
        assertEquals(0, scores.get(1).rank());
        StringWriter printed = new StringWriter();
        RelevanceBench.Summary sum = RelevanceBench.print(scores, new PrintWriter(printed, true));
        assertEquals(1, sum.successes());
        assertTrue(printed.toString().contains("failing (no answer in the top 10): 1"), printed.toString());
        assertTrue(printed.toString().contains("absent  libya  -> none in the top 20"), printed.toString());
        StringWriter checked = new StringWriter();
        assertEquals(0, bench.checkDuplicates(List.of("tehran research reactor"), new PrintWriter(checked, true)),
            checked.toString());
      } finally {
        app.stop();
      }
    }
  }
}
