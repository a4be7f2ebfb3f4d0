package org.readingroom.threads;

import java.util.Arrays;

/**
 * A growing list of longs, and an order of indices over such lists: what a table is made of when
 * its source is read as a stream, 8 bytes a value where a list of objects would cost several times
 * that.
 */
final class Longs {
  private long[] values = new long[1024];
  private int size;

  void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1));
    }
    values[size++] = v;
  }

  long get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /** Compares two indices. */
  @FunctionalInterface
  interface IndexOrder {
    int compare(int a, int b);
  }

  /** The indices {@code 0..n-1} sorted by {@code order}, stable (a merge sort, no boxing). */
  static int[] order(int n, IndexOrder order) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] b = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          b[k] = i < mid && (j >= hi || order.compare(a[i], a[j]) <= 0) ? a[i++] : a[j++];
        }
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }
}
