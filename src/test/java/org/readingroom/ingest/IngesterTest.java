package org.readingroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.lucene.LuceneEngine;

class IngesterTest {

  @TempDir Path tmp;

  private IngestSummary ingest(ArchiveLayout archive, Path... paths) throws Exception {
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      return new Ingester(engine, archive, Ingester.Options.defaults())
          .ingest(java.util.Arrays.stream(paths).map(Path::toString).toList(), IngestProgress.SILENT);
    }
  }

  private static ArchiveStats stats(ArchiveLayout archive) throws Exception {
    try (LuceneEngine engine = LuceneEngine.openForReading(archive.index())) {
      return engine.stats();
    }
  }

  @Test
  void ingestingAgainChangesNoCount() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    Path docs = TestReleases.many(tmp.resolve("docs"), 60);
    IngestSummary first = ingest(archive, docs);
    assertEquals(60, first.indexed());
    ArchiveStats before = stats(archive);
    IngestSummary second = ingest(archive, docs);
    assertEquals(0, second.indexed());
    assertEquals(60, second.unchanged(), "the same documents are passed over");
    assertEquals(before, stats(archive));
    // the same documents under another path: replaced by document number, never doubled
    Path copy = tmp.resolve("copy");
    TestReleases.many(copy, 60);
    IngestSummary third = ingest(archive, copy);
    assertEquals(60, third.indexed());
    assertEquals(before.documents(), stats(archive).documents());
    assertEquals(before.messages(), stats(archive).messages());
  }

  @Test
  void failedFilesGoToErrorsJsonlAndLeaveItOnceFixed() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    Path docs = TestReleases.golden(tmp.resolve("docs"));
    Path empty = docs.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Files.write(docs.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    IngestSummary s = ingest(archive, docs);
    assertEquals(2, s.failed());
    assertEquals(java.util.Map.of("binary", 1L, "empty", 1L), s.failedByKind());
    List<String> lines = Files.readAllLines(archive.errors(), StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertTrue(first.get("source").asText().endsWith("binary.txt"));
    assertEquals("binary", first.get("kind").asText());
    assertFalse(first.get("error").asText().isEmpty());

    Files.writeString(empty, Files.readString(TestReleases.GOLDEN.resolve("memo-not-email.txt"))
        .replace("C09000003", "C09000099"));
    ingest(archive, docs);
    List<String> after = Files.readAllLines(archive.errors(), StandardCharsets.UTF_8);
    assertEquals(1, after.size(), "the fixed file left errors.jsonl: " + after);
  }

  @Test
  void aStoppedIngestCommitsWhatItReadAndResumes() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    Path docs = TestReleases.many(tmp.resolve("docs"), 300);
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      Ingester ingester = new Ingester(engine, archive, new Ingester.Options(1, 1 << 20, 50, 30));
      IngestProgress stopAfterSome = new IngestProgress() {
        int done;

        @Override
        public void total(long sources) {}

        @Override
        public void advance() {
          if (++done == 120) {
            ingester.requestStop();
          }
        }

        @Override
        public void note(String line) {}

        @Override
        public void finish() {}
      };
      IngestSummary partial = ingester.ingest(List.of(docs.toString()), stopAfterSome);
      assertTrue(partial.interrupted());
      assertTrue(partial.indexed() >= 120 && partial.indexed() < 300, "stopped early: " + partial.indexed());
    }
    long committed = stats(archive).documents();
    assertTrue(committed >= 120, "what was read is committed: " + committed);
    IngestSummary rest = ingest(archive, docs);
    assertEquals(committed, rest.unchanged());
    assertEquals(300, stats(archive).documents());
  }
}
