package org.readingroom.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.export.ExportFormat;
import org.readingroom.export.ExportProgress;
import org.readingroom.export.ExportSummary;
import org.readingroom.export.Exporter;
import org.readingroom.index.SearchEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code readingroom export}: every hit of a search (the whole archive by default), for other tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every hit of a search (with no QUERY and no filter: the whole archive) for other tools,",
      "with the search's QUERY and filters (see search --help): jsonl (the release records with the",
      "archive's ids, which ingest takes back), csv (a row per hit), sqlite (tables, full-text search",
      "and the Kaggle dataset's views), mbox (a mail per message). See docs/exports.md.",
      "Exit code: 0 on success, 1 when the archive cannot be read or the file written, 2 on a usage error."
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;
  @Mixin SearchFilters filters;

  @Option(names = "--format", required = true, paramLabel = "jsonl|csv|sqlite|mbox", converter = FormatConverter.class,
      description = "jsonl, csv, sqlite or mbox.")
  ExportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write to PATH (replaced only when the export is whole); default: standard output.")
  Path output;

  @Option(names = "--permalink-base", paramLabel = "URL",
      description = "The reading room's address the CSV's permalinks start with (https://archive.example.org);"
          + " default: paths (/documents/C05787433#message-2).")
  String permalinkBase;

  @Option(names = "--quiet", description = "No progress and no summary.")
  boolean quiet;

  /** {@code --format jsonl|csv|sqlite|mbox}. */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      ExportFormat f = ExportFormat.of(value);
      if (f == null) {
        throw new TypeConversionException("expected jsonl, csv, sqlite or mbox, not '" + value + "'");
      }
      return f;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = root.err;
    if (output == null && format == ExportFormat.SQLITE && root.terminal()) {
      err.println("readingroom: a SQLite database is not for a terminal: give -o FILE (or pipe it)");
      return 2;
    }
    if (output != null && Files.isDirectory(output)) {
      err.println(Terminal.safe("readingroom: " + output + " is a folder: give a file to write"));
      return 2;
    }
    try (SearchEngine engine = engines.openForReading(archive.layout())) {
      engine.sharedFiles().pull(archive.layout());
      ArchiveAnalysis analysis = ArchiveAnalysis.load(archive.layout());
      Exporter exporter = new Exporter(engine, analysis).permalinksOn(permalinkBase);
      exporter.check(filters.builder().build());
      ExportProgress progress = !quiet && output != null && root.terminal() ? new Bar(format) : ExportProgress.SILENT;
      ExportSummary s = output == null
          ? exporter.export(filters.builder().build(), format, root.out, progress)
          : exporter.export(filters.builder().build(), format, output, progress);
      if (!quiet) {
        err.printf(Locale.ROOT, "exported %d hits as %s: %d documents, %d messages, %d persons, %d threads;"
            + " %d bytes in %.1f s%s%n", s.hits(), format.extension(), s.documents(), s.messages(), s.persons(),
            s.threads(), s.bytes(), s.seconds(), output == null ? "" : Terminal.safe(" to " + output));
        err.flush();
      }
      return 0;
    }
  }

  /** A progress bar on standard error, a step per hit. */
  private static final class Bar implements ExportProgress {
    private final String task;
    private ProgressBar bar;

    Bar(ExportFormat format) {
      this.task = "export " + format.extension();
    }

    @Override
    public void total(long hits) {
      bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(hits)
          .setUnit(" hits", 1)
          .showSpeed()
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
    }

    @Override
    public void advance() {
      bar.step();
    }

    @Override
    public void finish() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
