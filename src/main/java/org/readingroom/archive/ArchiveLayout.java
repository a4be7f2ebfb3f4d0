package org.readingroom.archive;

import java.nio.file.Path;
import java.util.List;

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

  /** The persons found in the archive's headers, as the last analysis clustered them (recomputed at each ingest). */
  public Path people() {
    return root.resolve("people.json");
  }

  /** The curators' merges, splits and renames of persons: applied over {@link #people()}, never recomputed. */
  public Path peopleOverrides() {
    return root.resolve("people-overrides.json");
  }

  /** Every curator's change to the persons and every undoing, one a line, appended ({@link CurationLog}). */
  public Path curationLog() {
    return root.resolve("curation-log.jsonl");
  }

  /** The messages (each with the documents it appears in) and their threads (recomputed at each ingest). */
  public Path messages() {
    return root.resolve("messages.json");
  }

  /**
   * The messages of {@link #messages()} in a form read in place, so that a server holds none of them
   * in memory: made from it on this machine, by the analysis or when it is first read, never shared.
   */
  public Path messagesTable() {
    return root.resolve("messages.table");
  }

  /** What the documents withhold and why, and what is withheld in one copy and shown in another (recomputed at each ingest). */
  public Path withheld() {
    return root.resolve("withheld.json");
  }

  /**
   * The documents of {@link #withheld()} in a form read in place, so that a server holds none of them
   * in memory: made from it on this machine, by the analysis or when it is first read, never shared.
   */
  public Path withheldTable() {
    return root.resolve("withheld.table");
  }

  /** The clusters of near-duplicate documents (recomputed at each ingest). */
  public Path duplicates() {
    return root.resolve("duplicates.json");
  }

  /** The files the analysis writes: recomputed by each ingest or {@code analyse}. */
  public List<Path> analysisFiles() {
    return List.of(people(), messages(), duplicates(), withheld());
  }

  /** The files a curator's change writes. */
  public List<Path> curationFiles() {
    return List.of(peopleOverrides(), curationLog());
  }

  /** What every machine serving the archive reads alike ({@link SharedFiles}): the analysis and the curation. */
  public List<Path> sharedFiles() {
    return List.of(people(), messages(), duplicates(), withheld(), peopleOverrides(), curationLog());
  }
}
