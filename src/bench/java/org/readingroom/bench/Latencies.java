package org.readingroom.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples and their percentiles, computed as fts5.py computes them (sorted[n/2], sorted[n*0.99]). */
public final class Latencies {
  private double[] millis = new double[1024];
  private int n;

  public synchronized void add(double ms) {
    if (n == millis.length) {
      millis = Arrays.copyOf(millis, n * 2);
    }
    millis[n++] = ms;
  }

  public synchronized int count() {
    return n;
  }

  public synchronized double percentile(double p) {
    if (n == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(millis, n);
    Arrays.sort(sorted);
    return sorted[Math.min(n - 1, (int) (n * p))];
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "p50_ms=%.2f p99_ms=%.2f samples=%d", percentile(0.5), percentile(0.99), count());
  }
}
