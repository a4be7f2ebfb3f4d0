package org.readingroom.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.ErrorLog;
import org.readingroom.archive.Originals;
import org.readingroom.archive.ReleaseLines;
import org.readingroom.archive.ReleaseSink;
import org.readingroom.archive.StoredRelease;
import org.readingroom.extract.DocumentReader;
import org.readingroom.extract.ExtractOptions;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.source.Batch;
import org.readingroom.source.DocumentBudget;
import org.readingroom.source.DocumentKind;
import org.readingroom.source.ReleaseSources;
import org.readingroom.source.SourceBytes;
import org.readingroom.source.SourceDocument;
import org.readingroom.source.SourceRules;

/**
 * Ingests release documents into an archive: parses them on all cores and puts each into the
 * archive's {@link ReleaseSink}, keyed by document number (else content hash) so that the same
 * document again replaces itself. Commits every {@link Options#commitEvery} documents or seconds,
 * so an interrupted ingest (Ctrl-C, or kill -9) loses at most what followed the last commit; a
 * document already committed with the same content is passed over, so running the ingest again
 * resumes it. Every source that fails goes to {@code errors.jsonl} with its reason.
 *
 * <p>PDFs and scans are read by {@link DocumentReader} (their text layer, or OCR), and their
 * originals kept in the archive ({@link Originals}) under the document's key. A JSON Lines export
 * of an archive ({@link ReleaseLines}) is taken back as it is, record by record, nothing parsed
 * again.
 *
 * <p>No document's failure loses another's: each is read within its {@link DocumentBudget}, one
 * that runs the JVM out of memory is a failure of its own, and when the ingest itself fails (the
 * archive cannot be written), what was read before is committed first.
 */
public final class Ingester {

  /**
   * @param threads parsing and indexing threads
   * @param maxBytes larger documents are refused
   * @param commitEvery documents between commits
   * @param commitSeconds seconds between commits
   * @param extract how PDFs and scans are read: OCR, page limit
   * @param sources what the walk of the paths may read (links, inflation), and how it names
   *     documents: from the file or folder given, so that the archive holds none of this machine's paths
   * @param budget what one document's reading may cost
   */
  public record Options(int threads, long maxBytes, int commitEvery, double commitSeconds, ExtractOptions extract,
      SourceRules sources, DocumentBudget budget) {
    public Options {
      if (sources.maxBytes() != maxBytes) {
        sources = new SourceRules(maxBytes, sources.inflationRatio(), sources.followLinks(), sources.namesFromRoot());
      }
    }

    public Options(int threads, long maxBytes, int commitEvery, double commitSeconds) {
      this(threads, maxBytes, commitEvery, commitSeconds, ExtractOptions.defaults(),
          new SourceRules(maxBytes, SourceRules.DEFAULT_INFLATION_RATIO, false, true), DocumentBudget.defaults());
    }

    public static Options defaults() {
      return new Options(Batch.defaultThreads(), SourceBytes.DEFAULT_MAX_BYTES, 20_000, 30);
    }

    public Options withExtract(ExtractOptions options) {
      return new Options(threads, maxBytes, commitEvery, commitSeconds, options, sources, budget);
    }

    public Options withSources(SourceRules rules) {
      return new Options(threads, maxBytes, commitEvery, commitSeconds, extract, rules, budget);
    }

    public Options withBudget(DocumentBudget documentBudget) {
      return new Options(threads, maxBytes, commitEvery, commitSeconds, extract, sources, documentBudget);
    }
  }

  /** What happened to one source. */
  private record Outcome(String source, boolean unchanged, int messages, ParseFailure failure) {}

  private final ReleaseSink sink;
  private final ArchiveLayout archive;
  private final Originals originals;
  private final Options options;
  private volatile boolean stopRequested;

  public Ingester(ReleaseSink sink, ArchiveLayout archive, Options options) {
    this.sink = sink;
    this.archive = archive;
    this.originals = new Originals(archive, sink.sharedFiles());
    this.options = options;
  }

  /** Asks a running ingest to stop taking documents, commit what it has, and return. */
  public void requestStop() {
    stopRequested = true;
  }

  public IngestSummary ingest(List<String> paths, IngestProgress progress) throws IOException, InterruptedException {
    long start = System.nanoTime();
    ErrorLog errors = ErrorLog.load(archive.errors());
    if (errors.damagedLines() > 0) {
      progress.note("warning: " + errors.damagedLines() + " damaged line(s) of " + archive.errors()
          + " passed over; the log is written anew at the end of this ingest");
    }
    Map<String, String> known = sink.indexedSources();
    List<String> exports = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    for (String p : paths) {
      (ReleaseLines.isExport(Path.of(p)) ? exports : documents).add(p);
    }
    paths = documents;
    progress.total(count(paths) + lines(exports));
    SourceBytes loader = new SourceBytes(options.maxBytes());
    long[] tally = new long[3]; // indexed, unchanged, messages
    Map<String, Long> failed = new TreeMap<>();
    long[] sinceCommit = {0, System.nanoTime()};
    for (String export : exports) {
      try (ReleaseLines.Reader lines = new ReleaseLines.Reader(Path.of(export))) {
        for (ReleaseLines.Line line = lines.next(); line != null && !stopRequested; line = lines.next()) {
          Outcome outcome = takeBack(export, line, known);
          tally(outcome, tally, failed, errors);
          progress.advance();
          if (++sinceCommit[0] >= options.commitEvery()
              || (System.nanoTime() - sinceCommit[1]) / 1e9 >= options.commitSeconds()) {
            commit(errors);
            sinceCommit[0] = 0;
            sinceCommit[1] = System.nanoTime();
          }
        }
      }
    }
    ReleaseSources sources = new ReleaseSources(paths, options.sources());
    boolean finished = false;
    try (Batch batch = new Batch(options.threads());
        DocumentReader reader = new DocumentReader(options.maxBytes(), options.extract(), options.budget())) {
      batch.each(sources, doc -> ingestOneSafely(loader, reader, known, doc, progress), outcome -> {
        tally(outcome, tally, failed, errors);
        progress.advance();
        if (++sinceCommit[0] >= options.commitEvery()
            || (System.nanoTime() - sinceCommit[1]) / 1e9 >= options.commitSeconds()) {
          commit(errors);
          sinceCommit[0] = 0;
          sinceCommit[1] = System.nanoTime();
        }
      }, () -> stopRequested);
      finished = true;
    } finally {
      if (!finished) {
        commitWhatWasRead(errors);
      }
    }
    commit(errors);
    progress.finish();
    if (stopRequested) {
      progress.note("interrupted: what was read is committed; run the same ingest again to resume");
    }
    return new IngestSummary(tally[0], tally[1], tally[2], failed, (System.nanoTime() - start) / 1e9, stopRequested);
  }

  private static void tally(Outcome outcome, long[] tally, Map<String, Long> failed, ErrorLog errors) {
    if (outcome.failure() != null) {
      failed.merge(outcome.failure().kind(), 1L, Long::sum);
      errors.failed(outcome.failure(), Instant.now().toString());
    } else if (outcome.unchanged()) {
      tally[1]++;
    } else {
      tally[0]++;
      tally[2] += outcome.messages();
      errors.succeeded(outcome.source());
    }
  }

  /** Puts one release of an export back, as it was: unchanged when the archive has it with the same content. */
  private Outcome takeBack(String export, ReleaseLines.Line line, Map<String, String> known) {
    if (line.release() == null) {
      return new Outcome(export + ":" + line.number(), false, 0,
          new ParseFailure(export + ":" + line.number(), "record", line.error()));
    }
    StoredRelease release = line.release();
    String source = release.record().source();
    if (release.contentHash().equals(known.get(source))) {
      return new Outcome(source, true, 0, null);
    }
    try {
      sink.put(release);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the archive", e);
    }
    return new Outcome(source, false, release.record().messages().size(), null);
  }

  /** The lines of JSON Lines exports (a release each), for the progress bar's total. */
  private static long lines(List<String> exports) throws IOException {
    long n = 0;
    byte[] buffer = new byte[1 << 16];
    for (String export : exports) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of(export))) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          for (int i = 0; i < read; i++) {
            n += buffer[i] == '\n' ? 1 : 0;
          }
        }
      }
    }
    return n;
  }

  private void commit(ErrorLog errors) {
    try {
      sink.commit();
      errors.save();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the archive", e);
    }
  }

  /**
   * The ingest failed (the archive could not be written, a bug): what was read before is committed,
   * and the failures logged, if the archive still takes them; the failure itself goes on up.
   */
  private void commitWhatWasRead(ErrorLog errors) {
    try {
      commit(errors);
    } catch (RuntimeException | OutOfMemoryError e) {
      // the archive refuses: the failure that brought us here is the one to report
    }
  }

  /** {@link #ingestOne}, with a document that runs the JVM out of memory made a failure of its own. */
  private Outcome ingestOneSafely(SourceBytes loader, DocumentReader documents, Map<String, String> known,
      SourceDocument doc, IngestProgress progress) {
    try {
      return ingestOne(loader, documents, known, doc, progress);
    } catch (OutOfMemoryError e) {
      return new Outcome(doc.source(), false, 0, DocumentReader.outOfMemory(doc.source()));
    }
  }

  /** Reads, hashes, parses and puts one source (keeping the original of a PDF or scan); runs on a worker. */
  private Outcome ingestOne(SourceBytes loader, DocumentReader documents, Map<String, String> known,
      SourceDocument doc, IngestProgress progress) {
    SourceBytes.Loaded loaded = loader.load(doc);
    if (loaded.failure() != null) {
      return new Outcome(doc.source(), false, 0, loaded.failure());
    }
    String hash = sha256(loaded.bytes());
    if (hash.equals(known.get(doc.source()))) {
      return new Outcome(doc.source(), true, 0, null);
    }
    DocumentReader.Reading reading = documents.read(doc.source(), loaded.bytes(), progress::pageRead);
    ParseResult result = reading.result();
    if (result instanceof ParseFailure f) {
      return new Outcome(doc.source(), false, 0, f);
    }
    ReleaseRecord record = (ReleaseRecord) result;
    String key = record.docId() != null ? record.docId() : "sha256-" + hash.substring(0, 32);
    try {
      if (reading.kind() != DocumentKind.TEXT) {
        originals.keep(key, reading.kind(), loaded.bytes(), reading.pages(), hash, doc.source());
      }
      sink.put(new StoredRelease(key, hash, record, reading.text()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the archive", e);
    }
    return new Outcome(doc.source(), false, record.messages().size(), null);
  }

  /** Counts the sources up front, for the progress bar's total. */
  private long count(List<String> paths) {
    long n = 0;
    ReleaseSources sources = new ReleaseSources(paths, options.sources());
    while (sources.hasNext()) {
      sources.next();
      n++;
    }
    return n;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
