package org.readingroom.cli;

import org.readingroom.parse.BatchParser;
import picocli.CommandLine.Option;

/** How documents are read, shared by the commands that read them (parse, ingest). */
final class ReadingOptions {
  @Option(names = "--threads", description = "Parsing threads (default: all cores).")
  int threads = BatchParser.defaultThreads();

  @Option(names = "--max-size", defaultValue = "64MB", converter = ByteSizeConverter.class,
      description = "Refuse documents larger than this (default ${DEFAULT-VALUE}).")
  long maxSize;
}
