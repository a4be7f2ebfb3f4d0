package org.readingroom.cli;

import org.readingroom.source.Batch;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How documents are read, shared by the commands that read them (parse, ingest). */
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
}
