package org.readingroom.ingest;

import java.nio.file.Path;

/** The folders and files of an archive (default {@code ./archive}). */
public record ArchiveLayout(Path root) {
  public static final String DEFAULT = "archive";

  /** The search engine's index. */
  public Path index() {
    return root.resolve("index");
  }

  /** The originals of documents read from PDFs and scans, by key ({@link Originals}). */
  public Path originals() {
    return root.resolve("originals");
  }

  /** Page images of the originals, rendered on demand ({@link Originals}). */
  public Path pageImages() {
    return root.resolve("pages");
  }

  /** Every file that could not be ingested, one JSON object per line, with its reason. */
  public Path errors() {
    return root.resolve("errors.jsonl");
  }
}
