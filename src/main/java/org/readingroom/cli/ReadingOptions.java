package org.readingroom.cli;

import java.time.Duration;
import org.readingroom.source.Batch;
import org.readingroom.source.DocumentBudget;
import org.readingroom.source.SourceRules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How documents are read, shared by the commands that read them (parse, ingest): threads, what the
 * walk may follow, and each document's budget (docs/ingest.md).
 */
final class ReadingOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  int threads = Batch.defaultThreads();

  @Option(names = "--threads", paramLabel = "N", description = "Parsing threads (default: all cores).")
  void threads(int n) {
    threads = Usage.atLeast(command, "--threads", n, 1);
  }

  @Option(names = "--max-size", defaultValue = "64MB", converter = ByteSizeConverter.class,
      description = "Refuse documents larger than this (default ${DEFAULT-VALUE}).")
  long maxSize;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + DocumentBudget.DEFAULT_MAX_CHARS,
      description = "Refuse a document of more characters of text than this (default ${DEFAULT-VALUE}).")
  void maxChars(long n) {
    maxChars = Usage.atLeast(command, "--max-chars", n, 1);
  }

  long maxChars = DocumentBudget.DEFAULT_MAX_CHARS;

  @Option(names = "--max-inflated", defaultValue = "256MB", converter = ByteSizeConverter.class,
      description = "Refuse a PDF whose compressed streams inflate to more than this (default ${DEFAULT-VALUE}).")
  long maxInflated;

  @Option(names = "--max-inflation", paramLabel = "N", defaultValue = "" + SourceRules.DEFAULT_INFLATION_RATIO,
      description = {"An archive, with the archives inside it, may inflate to N times its size (and to --max-size",
          "at least); the rest of it is refused (default ${DEFAULT-VALUE})."})
  void maxInflation(long n) {
    maxInflation = Usage.atLeast(command, "--max-inflation", n, 1);
  }

  long maxInflation = SourceRules.DEFAULT_INFLATION_RATIO;

  @Option(names = "--max-seconds", paramLabel = "N", defaultValue = "" + DocumentBudget.DEFAULT_MAX_SECONDS,
      description = "Give up a document after N seconds of reading, OCR aside (default ${DEFAULT-VALUE}).")
  void maxSeconds(long n) {
    maxSeconds = Usage.atLeast(command, "--max-seconds", n, 1);
  }

  long maxSeconds = DocumentBudget.DEFAULT_MAX_TIME.toSeconds();

  @Option(names = "--follow-links", description = {"Follow symbolic links that lead out of a folder given",
      "(by default they are refused, as are FIFOs and devices)."})
  boolean followLinks;

  /** What the walk of the paths may read; documents named from the paths given, or as typed. */
  SourceRules sources(boolean namesFromRoot) {
    return new SourceRules(maxSize, maxInflation, followLinks, namesFromRoot);
  }

  DocumentBudget budget() {
    return new DocumentBudget(maxChars, maxInflated, Duration.ofSeconds(maxSeconds));
  }
}
