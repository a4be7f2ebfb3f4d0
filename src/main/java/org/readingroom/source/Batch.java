package org.readingroom.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Works through a batch of documents on all cores and hands the outcomes over in input order. Each
 * worker does the whole of a document's work (reading, parsing, serialising, building index
 * documents), so the calling thread only consumes. The work itself turns a document's failure into
 * an outcome, so that the batch goes on.
 */
public final class Batch implements AutoCloseable {

  private final ExecutorService pool;
  private final int window;
  /** How long the calling thread waits for a run of results before it takes them one by one. */
  private static final long RUN_WAIT_MILLIS = 100;

  public Batch(int threads) {
    int n = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "batch-worker");
      t.setDaemon(true);
      return t;
    });
    this.window = n * 64;
  }

  /** The number of threads that fits this machine. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Applies {@code work} to every source on the workers and passes each outcome to {@code sink} on
   * the calling thread, in the order of {@code sources}; stops taking new sources once {@code
   * stop} says so (what is under way still reaches the sink).
   */
  public <T> void each(Iterator<SourceDocument> sources, Function<SourceDocument, T> work, Consumer<T> sink,
      BooleanSupplier stop) throws InterruptedException {
    Deque<Future<T>> inFlight = new ArrayDeque<>(window);
    while (!stop.getAsBoolean() && sources.hasNext()) {
      SourceDocument doc = sources.next();
      inFlight.add(pool.submit(() -> work.apply(doc)));
      if (inFlight.size() >= window) {
        handOver(inFlight, sink);
      }
    }
    while (!inFlight.isEmpty()) {
      sink.accept(await(inFlight.poll()));
    }
  }

  /**
   * Passes the oldest result to the sink, and with it every result that is ready. Waits first for
   * the result half a window ahead (a run of documents finishes meanwhile), but no longer than
   * {@link #RUN_WAIT_MILLIS}: on fast documents, the calling thread wakes once per run instead of
   * once per document, when each wake-up costs a context switch on both sides (docs/benchmarks.md
   * has the count). Slow documents (OCR) are handed over as they come.
   */
  private <T> void handOver(Deque<Future<T>> inFlight, Consumer<T> sink) throws InterruptedException {
    Iterator<Future<T>> ahead = inFlight.iterator();
    Future<T> runEnd = ahead.next();
    for (int i = 1; i < window / 2; i++) {
      runEnd = ahead.next();
    }
    try {
      runEnd.get(RUN_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // a slow run, or a failure that surfaces in its turn below: hand over what is ready
    }
    sink.accept(await(inFlight.poll()));
    while (!inFlight.isEmpty() && inFlight.peek().isDone()) {
      sink.accept(await(inFlight.poll()));
    }
  }

  private static <T> T await(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a finishing step failed", e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
