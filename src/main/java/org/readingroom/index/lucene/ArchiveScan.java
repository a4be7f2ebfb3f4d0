package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.DOC_KEY;
import static org.readingroom.index.IndexFields.HASH;
import static org.readingroom.index.IndexFields.KIND;
import static org.readingroom.index.IndexFields.RECORD;
import static org.readingroom.index.IndexFields.TEXT_VALUE;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.EntryKind;

/**
 * A pass over every release of the archive, for the analyses that read it whole (people, threads,
 * duplicates): the index cut into runs of entries that the threads of a pool take in turn, since
 * decompressing the stored records and decoding the texts is most of a pass's reading and one
 * thread alone kept the others waiting.
 */
final class ArchiveScan {

  /** Entries (releases and their messages) a reading thread takes at a time. */
  static final int CHUNK = 2048;

  private ArchiveScan() {}

  /** A run of entries of one segment: {@code [from, to)}. */
  private record Run(LeafReader reader, int from, int to) {}

  /**
   * Hands every live release of {@code s} to {@code action} from up to {@code threads} threads;
   * what {@code action} throws stops the pass and is thrown here. Every thread has ended when this
   * returns, so the caller may release the searcher.
   */
  static void each(IndexSearcher s, int threads, int chunk, Consumer<StoredRelease> action) throws IOException {
    List<Run> runs = new ArrayList<>();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      int maxDoc = leaf.reader().maxDoc();
      for (int from = 0; from < maxDoc; from += chunk) {
        runs.add(new Run(leaf.reader(), from, Math.min(maxDoc, from + chunk)));
      }
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable read = () -> {
      try {
        for (int i; failure.get() == null && (i = next.getAndIncrement()) < runs.size(); ) {
          Run run = runs.get(i);
          releasesIn(run.reader(), run.from(), run.to(), action);
        }
      } catch (IOException | RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    int workers = Math.min(threads, runs.size());
    if (workers <= 1) {
      read.run();
    } else {
      inPool(workers, read, failure);
    }
    Throwable f = failure.get();
    if (f instanceof IOException e) {
      throw e;
    } else if (f instanceof RuntimeException e) {
      throw e;
    } else if (f instanceof Error e) {
      throw e;
    }
  }

  /** Runs {@code read} on {@code workers} threads of a pool, and waits for every one to end. */
  private static void inPool(int workers, Runnable read, AtomicReference<Throwable> failure) {
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "archive-read");
      t.setDaemon(true);
      return t;
    });
    boolean interrupted = false;
    try {
      List<Future<?>> reading = new ArrayList<>(workers);
      for (int i = 0; i < workers; i++) {
        reading.add(pool.submit(read));
      }
      for (Future<?> f : reading) {
        try {
          f.get();
        } catch (InterruptedException e) {
          interrupted = true; // the workers stop after the run they are reading
          failure.compareAndSet(null, new InterruptedIOException("interrupted while reading the archive"));
          break;
        } catch (ExecutionException e) {
          failure.compareAndSet(null, e.getCause());
        }
      }
    } finally {
      pool.shutdown();
      while (!pool.isTerminated()) { // every worker ends before the reader it reads is released
        try {
          pool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Hands over the live releases among entries {@code [from, to)} of one segment. */
  private static void releasesIn(LeafReader reader, int from, int to, Consumer<StoredRelease> action)
      throws IOException {
    PostingsEnum releases = reader.postings(new Term(KIND, EntryKind.DOCUMENT.name()));
    if (releases == null) {
      return;
    }
    Bits live = reader.getLiveDocs();
    StoredFields stored = reader.storedFields();
    BinaryDocValues texts = DocValues.getBinary(reader, TEXT_VALUE);
    for (int d = releases.advance(from); d < to; d = releases.nextDoc()) {
      if (live != null && !live.get(d)) {
        continue;
      }
      Document doc = stored.document(d, Set.of(DOC_KEY, HASH, RECORD));
      String text = texts.advanceExact(d) ? StoredTexts.utf8(texts.binaryValue()) : "";
      action.accept(LuceneDocuments.release(doc, text));
    }
  }
}
