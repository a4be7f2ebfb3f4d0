package org.readingroom.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestChains;
import org.readingroom.threads.Correspondence;
import picocli.CommandLine;

/** {@code scripts/bench --thread-rounds N}: the thread finder alone, finding what the analysis found. */
class ThreadBenchTest {

  @TempDir Path tmp;

  @Test
  void eachRoundFindsTheMessagesAndThreadsTheAnalysisWrote() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"), tmp.resolve("cache"));
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(
          List.of(TestChains.sample(tmp.resolve("docs")).toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(engine, archive);
    }
    Correspondence written = Correspondence.read(archive.messages());

    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new BenchMain()).execute("--thread-rounds", "2", "--archive", archive.root().toString());
    } finally {
      System.setErr(err);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, out);
    assertTrue(out.contains("threads: read in "), out);
    Matcher round = Pattern.compile("round (\\d): find [0-9.]+ s, with the threads [0-9.]+ s \\((\\d+) messages, (\\d+) threads\\)")
        .matcher(out);
    int rounds = 0;
    while (round.find()) {
      rounds++;
      assertEquals(written.messages().size(), Integer.parseInt(round.group(2)), out);
      assertEquals(written.threads().size(), Integer.parseInt(round.group(3)), out);
    }
    assertEquals(2, rounds, out);
    assertTrue(written.messages().size() > 1, "a sample with messages: " + written.messages().size());
  }
}
