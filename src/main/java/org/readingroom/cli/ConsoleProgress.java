package org.readingroom.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.readingroom.ingest.IngestProgress;

/**
 * Shows an ingest's progress: a bar with documents per second and time left on a terminal, a plain
 * line every few seconds otherwise (logs, CI, pipes).
 */
final class ConsoleProgress {
  private ConsoleProgress() {}

  static IngestProgress forConsole(PrintWriter err, boolean terminal) {
    return terminal ? new Bar() : new Lines(err);
  }

  /** Pages of PDFs and scans read so far, and of them by OCR; counted from the reading threads. */
  private static final class Pages {
    final AtomicLong read = new AtomicLong();
    final AtomicLong ocr = new AtomicLong();

    void add(boolean byOcr) {
      read.incrementAndGet();
      if (byOcr) {
        ocr.incrementAndGet();
      }
    }

    /** {@code ", 12 pages (8 by OCR)"}, or nothing before the first page. */
    String describe() {
      long n = read.get();
      long o = ocr.get();
      return n == 0 ? "" : String.format(Locale.ROOT, ", %d pages%s", n, o == 0 ? "" : " (" + o + " by OCR)");
    }
  }

  /** A progress bar on standard error. */
  private static final class Bar implements IngestProgress {
    private volatile ProgressBar bar;
    private final Pages pages = new Pages();

    @Override
    public void total(long sources) {
      bar = new ProgressBarBuilder()
          .setTaskName("ingest")
          .setInitialMax(sources)
          .setUnit(" docs", 1)
          .showSpeed()
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .build();
    }

    @Override
    public void advance() {
      bar.step();
    }

    @Override
    public void pageRead(boolean ocr) {
      pages.add(ocr);
      ProgressBar b = bar;
      if (b != null) {
        b.setExtraMessage(pages.describe().replaceFirst("^, ", ""));
      }
    }

    @Override
    public void note(String line) {
      System.err.println(line);
    }

    @Override
    public void finish() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** A line every {@link #EVERY}: done, total, rate and time left. */
  private static final class Lines implements IngestProgress {
    private static final Duration EVERY = Duration.ofSeconds(5);
    private final PrintWriter err;
    private final Pages pages = new Pages();
    private long total;
    private long done;
    private final long start = System.nanoTime();
    private long lastLine = System.nanoTime();

    Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void total(long sources) {
      total = sources;
      err.printf(Locale.ROOT, "ingest: %d documents to read%n", sources);
      err.flush();
    }

    @Override
    public synchronized void advance() {
      done++;
      maybeLine();
    }

    /** A scan of many pages is one document: its pages tell that the ingest is moving. */
    @Override
    public synchronized void pageRead(boolean ocr) {
      pages.add(ocr);
      maybeLine();
    }

    private void maybeLine() {
      long now = System.nanoTime();
      if (now - lastLine >= EVERY.toNanos()) {
        lastLine = now;
        line(now);
      }
    }

    private void line(long now) {
      double seconds = (now - start) / 1e9;
      double rate = done / Math.max(seconds, 1e-9);
      long left = rate > 0 ? Math.round((total - done) / rate) : 0;
      // a scan takes seconds a page: below ten documents a second, a decimal tells more than "0 docs/s"
      String perSecond = String.format(Locale.ROOT, rate < 10 ? "%.1f" : "%.0f", rate);
      err.printf(Locale.ROOT, "ingest: %d/%d documents (%.0f%%), %s docs/s%s, about %d s left%n",
          done, total, total == 0 ? 100.0 : 100.0 * done / total, perSecond, pages.describe(), left);
      err.flush();
    }

    @Override
    public synchronized void note(String line) {
      err.println(line);
      err.flush();
    }

    @Override
    public void finish() {}
  }
}
