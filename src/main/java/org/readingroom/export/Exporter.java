package org.readingroom.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.PersonSearch;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;

/**
 * Exports the hits of a search, the one way for the command line, the API and the pages: the
 * request is read as a search reads it (each person it names widened to their aliases, a message
 * printed in several documents one hit unless it asks for every copy), every hit is taken from one
 * view of the index whatever its number (the request's offset, limit and cursor are passed over),
 * and written out in a format. A file is written beside its place and moved there when whole.
 */
public final class Exporter {

  private final SearchEngine engine;
  private final ArchiveAnalysis analysis;
  private final String permalinkBase;

  public Exporter(SearchEngine engine, ArchiveAnalysis analysis) {
    this(engine, analysis, "");
  }

  private Exporter(SearchEngine engine, ArchiveAnalysis analysis, String permalinkBase) {
    this.engine = engine;
    this.analysis = analysis;
    this.permalinkBase = permalinkBase;
  }

  /**
   * This exporter, its permalinks (the CSV's last column) on {@code base}, the reading room's
   * address ({@code https://archive.example.org}); without one they are paths ({@code
   * /documents/C05787433#message-2}) to put after wherever the archive is served.
   */
  public Exporter permalinksOn(String base) {
    String b = base == null ? "" : base.strip();
    return new Exporter(engine, analysis, b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
  }

  /**
   * The request an export runs: the search's, persons widened, from its first hit to its last.
   *
   * @throws org.readingroom.index.QuerySyntaxException when the query cannot be read
   */
  public SearchRequest request(SearchRequest search) {
    return PersonSearch.expand(search, analysis).toBuilder().offset(0).after(null).facets(false).build();
  }

  /**
   * The request an export in {@code format} runs: a CSV row per hit, as the search shows them; the
   * other formats write documents, and hold every document the search finds, a copy as much as
   * the document it copies (so an export of the whole archive is the whole archive), each message
   * still once.
   */
  private SearchRequest request(SearchRequest search, ExportFormat format) {
    SearchRequest r = request(search);
    return format == ExportFormat.CSV || r.copies() != SearchRequest.Copies.ONE ? r
        : r.toBuilder().copies(SearchRequest.Copies.DOCUMENTS).build();
  }

  /**
   * Checks a search before anything is written: a malformed query fails here, as the search would.
   *
   * @throws org.readingroom.index.QuerySyntaxException when the query cannot be read
   */
  public void check(SearchRequest search) throws IOException {
    engine.search(request(search).withPage(0, 0));
  }

  /** Writes every hit of {@code search} to {@code target}, which is replaced only once the export is whole. */
  public ExportSummary export(SearchRequest search, ExportFormat format, Path target, ExportProgress progress)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // not a temporary file's owner-only permissions: the export is made as any file the user writes
    Path partial = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".partial");
    try {
      ExportSummary summary;
      if (format == ExportFormat.SQLITE) {
        summary = sqlite(search, partial, progress);
      } else {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial,
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
          summary = write(search, format, out, progress);
        }
      }
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return summary.withSize(Files.size(target), summary.seconds());
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /**
   * Writes every hit of {@code search} to {@code out} as it goes (SQLite, which needs a file, is
   * written to a temporary file first and then copied); {@code out} is flushed, not closed.
   */
  public ExportSummary export(SearchRequest search, ExportFormat format, OutputStream out, ExportProgress progress)
      throws IOException {
    if (format != ExportFormat.SQLITE) {
      CountingStream counted = new CountingStream(out);
      ExportSummary summary = write(search, format, counted, progress);
      counted.flush();
      return summary.withSize(counted.count, summary.seconds());
    }
    Path dir = Files.createTempDirectory("readingroom-export");
    Path file = dir.resolve("export.sqlite");
    try {
      ExportSummary summary = sqlite(search, file, progress);
      Files.copy(file, out);
      out.flush();
      return summary.withSize(Files.size(file), summary.seconds());
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private ExportSummary write(SearchRequest search, ExportFormat format, OutputStream out, ExportProgress progress)
      throws IOException {
    long start = System.nanoTime();
    SearchRequest request = request(search, format);
    Selection selection = select(request, progress);
    ExportSummary summary = switch (format) {
      case JSONL -> JsonLinesExport.write(selection, out);
      case CSV -> CsvExport.write(selection, out);
      case MBOX -> MboxExport.write(selection, request, out);
      case SQLITE -> throw new IllegalArgumentException("SQLite is written to a file");
    };
    out.flush();
    progress.finish();
    return summary.withSize(0, (System.nanoTime() - start) / 1e9);
  }

  private ExportSummary sqlite(SearchRequest search, Path file, ExportProgress progress) throws IOException {
    long start = System.nanoTime();
    Selection selection = select(request(search, ExportFormat.SQLITE), progress);
    ExportSummary summary = SqliteExport.write(selection, file);
    progress.finish();
    return summary.withSize(0, (System.nanoTime() - start) / 1e9);
  }

  private Selection select(SearchRequest request, ExportProgress progress) throws IOException {
    List<Hit> hits = new ArrayList<>();
    engine.export(request, hits::add);
    progress.total(hits.size());
    return new Selection(hits, new ArchiveIds(analysis), engine, progress, permalinkBase);
  }

  /** Counts the bytes written through it. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
