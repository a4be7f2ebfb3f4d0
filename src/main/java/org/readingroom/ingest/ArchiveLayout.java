package org.readingroom.ingest;

import java.nio.file.Path;

/** The folders and files of an archive (default {@code ./archive}). */
public record ArchiveLayout(Path root) {
  public static final String DEFAULT = "archive";

  /** The search engine's index. */
  public Path index() {
    return root.resolve("index");
  }

  /** Every file that could not be ingested, one JSON object per line, with its reason. */
  public Path errors() {
    return root.resolve("errors.jsonl");
  }
}
