package org.readingroom.source;

import java.time.Duration;
import java.util.Locale;

/**
 * What reading one document may cost: past any of it, the document is an error (kind {@code
 * over-budget}) and the batch goes on. Sizes bound memory, the time bounds the CPU a document
 * gets; OCR has its own budget, a page at a time.
 *
 * @param maxChars characters of text (a text file decoded, or a PDF's text layer)
 * @param maxInflated bytes a PDF's compressed streams may inflate to, in all
 * @param maxTime the time to read the document (its text layer, layout and parse), OCR aside
 */
public record DocumentBudget(long maxChars, long maxInflated, Duration maxTime) {

  /** Forty times the corpus's longest document (256 KB); a 62 MB line of text is refused. */
  public static final long DEFAULT_MAX_CHARS = 10_000_000;
  /** A release PDF's text layer inflates to kilobytes a page; a 3 MB PDF inflating to 1 GB is refused. */
  public static final long DEFAULT_MAX_INFLATED = 256L * 1024 * 1024;
  /** The corpus's documents take milliseconds; two minutes is for a PDF of two thousand pages. */
  public static final int DEFAULT_MAX_SECONDS = 120;
  public static final Duration DEFAULT_MAX_TIME = Duration.ofSeconds(DEFAULT_MAX_SECONDS);

  public DocumentBudget {
    if (maxChars < 1 || maxInflated < 1 || maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
      throw new IllegalArgumentException("a budget must be positive: " + maxChars + " characters, " + maxInflated
          + " bytes, " + maxTime);
    }
  }

  public static DocumentBudget defaults() {
    return new DocumentBudget(DEFAULT_MAX_CHARS, DEFAULT_MAX_INFLATED, DEFAULT_MAX_TIME);
  }

  /** The clock of one document's reading, started now. */
  public Deadline start() {
    return new Deadline(this, System.nanoTime() + maxTime.toNanos());
  }

  /** The refusal of a text of {@code chars} characters, or null when it is within the budget. */
  public String tooManyChars(long chars) {
    return chars > maxChars
        ? String.format(Locale.ROOT, "the text holds %,d characters or more, over the budget of %,d (--max-chars)",
            chars, maxChars)
        : null;
  }

  /** A document's reading ran past its time; one reading checks it as it goes. */
  public static final class Deadline {
    private final DocumentBudget budget;
    private final long endNanos;

    private Deadline(DocumentBudget budget, long endNanos) {
      this.budget = budget;
      this.endNanos = endNanos;
    }

    public DocumentBudget budget() {
      return budget;
    }

    /** Throws once the time is spent. */
    public void check() {
      if (System.nanoTime() - endNanos > 0) {
        throw new Exceeded(String.format(Locale.ROOT, "reading the document took longer than its budget of %d s"
            + " (--max-seconds)", budget.maxTime.toSeconds()));
      }
    }
  }

  /**
   * A document went past its budget. Unchecked, because it is thrown from inside libraries'
   * callbacks (PDFBox's text stripper), and caught where the document's reading began.
   */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Exceeded(String message) {
      super(message);
    }
  }
}
