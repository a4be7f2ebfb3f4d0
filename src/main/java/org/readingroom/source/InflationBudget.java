package org.readingroom.source;

import java.io.IOException;
import java.util.Locale;

/**
 * The bytes one archive given, with every archive nested in it, may still inflate to. Each reader
 * of a compressed stream inside it counts what it inflates here, entries passed over included (a
 * zip reader inflates an entry it skips), so a bomb stops early, in memory and in time alike.
 */
final class InflationBudget {

  private final long limit;
  private final long ratio;
  private long used;

  InflationBudget(long limit, long ratio) {
    this.limit = limit;
    this.ratio = ratio;
  }

  /** Counts {@code n} more inflated bytes; throws once the budget is spent. */
  void spend(long n) throws Exhausted {
    used += Math.max(0, n);
    if (used > limit) {
      throw new Exhausted(String.format(Locale.ROOT,
          "the archive inflates to more than %.1f MB, its budget (%d times its size, and --max-size at least;"
              + " --max-inflation): the rest of it is not read (a zip bomb?)", limit / 1e6, ratio));
    }
  }

  /** The budget is spent: nothing more of the archive is read. */
  static final class Exhausted extends IOException {
    private static final long serialVersionUID = 1L;

    Exhausted(String message) {
      super(message);
    }
  }
}
