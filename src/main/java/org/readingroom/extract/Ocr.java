package org.readingroom.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Reads page images by OCR on a pool shared by every document: as many tesseract processes run at
 * once as the pool has threads, however many documents are read side by side. A document's pages
 * run in parallel; the images waiting for a thread are bounded, so a long scan never sits in memory
 * whole.
 */
final class Ocr implements AutoCloseable {

  private final Tesseract tesseract;
  private final int threads;
  private final ExecutorService pool;

  Ocr(Tesseract tesseract, int threads) {
    this.tesseract = tesseract;
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ocr");
      t.setDaemon(true);
      return t;
    });
  }

  /** Null when OCR can run here; else why not, and how to fix it. */
  String unavailable() {
    return tesseract.unavailable();
  }

  /** The OCR of one document's pages. */
  Batch batch(PageProgress progress) {
    return new Batch(progress);
  }

  /** One page's text, or why it could not be read. */
  private record PageText(int index, String text, String failure) {}

  /** Pages of one document, submitted one by one by the thread that renders them. */
  final class Batch {
    private final PageProgress progress;
    private final Semaphore waiting = new Semaphore(threads + 1);
    private final List<Future<PageText>> pages = new ArrayList<>();

    private Batch(PageProgress progress) {
      this.progress = progress;
    }

    /** Queues page {@code index}; blocks while too many rendered pages wait for a thread. */
    void submit(int index, BufferedImage image, int dpi) throws InterruptedException {
      waiting.acquire();
      pages.add(pool.submit(() -> {
        try {
          return new PageText(index, ColumnLayout.page(tesseract.words(image, dpi)), null);
        } catch (IOException | RuntimeException e) {
          return new PageText(index, "", e.getMessage());
        } finally {
          waiting.release();
          progress.pageRead(true);
        }
      }));
    }

    /** Waits for every page: puts each page's text at its index; returns a warning per failed page. */
    List<String> await(String[] texts) throws InterruptedException {
      List<String> warnings = new ArrayList<>();
      for (Future<PageText> f : pages) {
        PageText page;
        try {
          page = f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("an OCR task failed", e.getCause());
        }
        texts[page.index()] = page.text();
        if (page.failure() != null) {
          warnings.add(String.format(Locale.ROOT, "page %d: OCR failed, read as empty: %s", page.index() + 1,
              page.failure()));
        }
      }
      return warnings;
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    tesseract.close();
  }
}
