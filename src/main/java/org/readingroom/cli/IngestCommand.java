package org.readingroom.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.readingroom.analysis.AnalysisSummary;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.opensearch.OpenSearchEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.IngestSummary;
import org.readingroom.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code readingroom ingest}: release documents into an archive. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Parses release documents and adds them to an archive (an embedded Lucene index; nothing to start).",
      "The same document again is updated, never doubled. Ctrl-C (or a crash) loses nothing:",
      "running the same ingest again resumes it. Files that fail are listed in DIR/errors.jsonl.",
      "Text, PDFs (their text layer; OCR for pages without one) and scans (PNG, TIFF, JPEG: OCR);",
      "the originals of PDFs and scans are kept in DIR/originals. Documents are named from the file",
      "or folder given (batch-1/doc.pdf), never by this machine's path. Only what was given is read:",
      "links out of a folder, FIFOs and devices are refused; each document has a budget (--max-*).",
      "Then analyses the whole archive: persons, messages and threads, near-duplicate documents.",
      "Exit code: 0 when every document was ingested, 1 when some failed, 2 on a usage error."
    })
final class IngestCommand implements Callable<Integer> {

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;
  @Mixin ExtractOption extract;

  @Mixin ReadingOptions reading;

  @Spec CommandSpec command;

  int commitEvery;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "20000",
      description = "Commit every N documents (and every 30 s): what an interruption can cost (default ${DEFAULT-VALUE}).")
  void commitEvery(int n) {
    commitEvery = Usage.atLeast(command, "--commit-every", n, 1);
  }

  @Option(names = "--quiet", description = "No progress, only the summary.")
  boolean quiet;

  @Option(names = "--rebuild", description = {"With --engine opensearch: ingest PATH into a new index, analyse it,",
      "then swap it in under the archive's alias; searches answer from the old index until then.",
      "An interrupted or failed rebuild leaves the old index serving."})
  boolean rebuild;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or archives (.zip, .tgz, .tar).")
  List<String> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = root.err;
    ArchiveLayout layout = archive.layout();
    IngestProgress progress = quiet ? IngestProgress.SILENT : ConsoleProgress.forConsole(err, root.terminal());
    if (rebuild && !engines.isOpenSearch()) {
      throw new ParameterException(command.commandLine(), "--rebuild needs --engine opensearch (an embedded"
          + " archive is rebuilt by ingesting into a new archive folder)");
    }
    OpenSearchEngine rebuilt = rebuild ? engines.openForRebuilding(layout) : null;
    try (SearchEngine engine = rebuilt != null ? rebuilt : engines.openForWriting(layout)) {
      Ingester ingester = new Ingester(engine, layout,
          new Ingester.Options(reading.threads, reading.maxSize, commitEvery, Ingester.Options.defaults().commitSeconds())
              .withExtract(extract.options(reading.threads))
              .withSources(reading.sources(true))
              .withBudget(reading.budget()));
      CountDownLatch done = new CountDownLatch(1);
      Thread onInterrupt = new Thread(() -> {
        ingester.requestStop();
        try {
          done.await(2, TimeUnit.MINUTES); // let the ingest commit what it read
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "ingest-interrupt");
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      IngestSummary summary;
      try {
        summary = ingester.ingest(paths, progress);
        report(err, summary, engine.stats(), layout);
        if (!summary.interrupted()) {
          report(err, ArchiveAnalyzer.analyse(engine, layout, quiet ? step -> {} : steps(err)));
          if (rebuilt != null) {
            rebuilt.swapIn();
            err.printf(Locale.ROOT, "rebuilt: %s now serves under %s%n", rebuilt.target(), rebuilt.config().alias());
            err.flush();
          }
        }
      } finally {
        done.countDown();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C arrived: the hook is already running and waits for us
      }
      return summary.failed() == 0 ? 0 : 1;
    }
  }

  /** Prints each step of the analysis as it ends: {@code analysis: read 27154 documents (6.1 s)}. */
  static Consumer<String> steps(PrintWriter err) {
    return step -> {
      synchronized (err) {
        err.println("analysis: " + step);
        err.flush();
      }
    };
  }

  static void report(PrintWriter err, AnalysisSummary a) {
    err.printf(Locale.ROOT, "analysed in %.1f s: %d persons from %d names and addresses (%d merged); %d messages in"
        + " %d printings, %d threads; %d near-duplicate clusters (%d documents)%n", a.seconds(), a.persons(),
        a.aliases(), a.aliasesMerged(), a.messages(), a.appearances(), a.threads(), a.duplicateClusters(),
        a.duplicateDocuments());
    err.flush();
  }

  private static void report(PrintWriter err, IngestSummary s, ArchiveStats stats, ArchiveLayout layout) {
    err.printf(Locale.ROOT, "ingested %d documents (%d messages) in %.1f s, %.0f docs/s; %d unchanged%n",
        s.indexed(), s.messages(), s.seconds(), (s.indexed() + s.unchanged()) / Math.max(s.seconds(), 1e-9),
        s.unchanged());
    if (s.failed() > 0) {
      StringBuilder kinds = new StringBuilder();
      for (Map.Entry<String, Long> e : s.failedByKind().entrySet()) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
      }
      err.printf(Locale.ROOT, "%d could not be ingested (%s): see %s%n", s.failed(), kinds, layout.errors());
    }
    err.printf(Locale.ROOT, "archive %s now holds %d documents and %d messages%n", layout.root(),
        stats.documents(), stats.messages());
    err.flush();
  }
}
