package org.readingroom.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The folders and files of an archive (default {@code ./archive}), and this machine's cache for it.
 *
 * @param cache where this machine keeps what it makes of archives whose folder it may not write
 *     ({@link #tablesElsewhere()}): by default the user's cache, {@code $XDG_CACHE_HOME/readingroom},
 *     else {@code ~/.cache/readingroom}
 */
public record ArchiveLayout(Path root, Path cache) {
  public static final String DEFAULT = "archive";

  /** The archive in {@code root}, with the user's cache. */
  public ArchiveLayout(Path root) {
    this(root, userCache());
  }

  /** {@code $XDG_CACHE_HOME/readingroom} when that is an absolute path, else {@code ~/.cache/readingroom}. */
  static Path userCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("readingroom");
  }

  /**
   * Where this machine makes the tables of {@link #messagesTable()} and {@link #withheldTable()}
   * when the archive's folder cannot be written (an archive on read-only storage, or shared by
   * servers that may not write it): {@code tables/} and 16 hex digits of the SHA-256 of the
   * archive's real path, under {@link #cache()}. The launcher names the same folder.
   */
  public Path tablesElsewhere() {
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      real = root.toAbsolutePath().normalize();
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
      return cache.resolve("tables").resolve(HexFormat.of().formatHex(hash, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

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
   * in memory: made from it on this machine, by the analysis or when it is first read, never shared;
   * in {@link #tablesElsewhere()} when this folder cannot be written.
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
   * in memory: made from it on this machine, by the analysis or when it is first read, never shared;
   * in {@link #tablesElsewhere()} when this folder cannot be written.
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
