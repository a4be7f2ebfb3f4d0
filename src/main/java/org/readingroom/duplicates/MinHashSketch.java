package org.readingroom.duplicates;

import org.readingroom.text.FoldedWords;
import org.readingroom.text.OcrFolding;

/**
 * A MinHash signature of a text: the text's words (folded, see {@link OcrFolding}) as five-word
 * shingles, each hashed to 64 bits; one permutation, {@value #SIZE} bins by the hash's top bits,
 * the least value in each, empty bins filled from the next full one (densification). The share of
 * bins two signatures agree on estimates the Jaccard similarity of their shingle sets, within about
 * 0.04. One pass over the text, no per-shingle loop over the bins.
 */
final class MinHashSketch {
  private MinHashSketch() {}

  static final int SIZE = 128;
  static final int SHINGLE = 5;
  private static final int BIN_BITS = 7;

  /** What a text's reading has counted so far. */
  private static final class Counts {
    int words;
    int shingles;
  }

  /** The signature, or null when the text has fewer than {@code minShingles} shingles. */
  static long[] of(String text, int minShingles) {
    long[] bins = new long[SIZE];
    java.util.Arrays.fill(bins, Long.MAX_VALUE);
    long[] window = new long[SHINGLE];
    Counts counts = new Counts();
    FoldedWords.read(text, 0, text.length(), (folded, length) -> {
      int words = ++counts.words;
      window[(words - 1) % SHINGLE] = fnv(folded, length);
      if (words >= SHINGLE) {
        long h = 0;
        for (int k = 0; k < SHINGLE; k++) {
          h = h * 0x9E3779B97F4A7C15L + window[(words + k) % SHINGLE];
        }
        h = mix(h);
        int bin = (int) (h >>> (64 - BIN_BITS));
        long value = h & ((1L << (64 - BIN_BITS)) - 1);
        if (value < bins[bin]) {
          bins[bin] = value;
        }
        counts.shingles++;
      }
      return true;
    });
    int shingles = counts.shingles;
    if (shingles < minShingles) {
      return null;
    }
    densify(bins);
    return bins;
  }

  /** An empty bin takes the value of the next full one, marked by the distance, so two texts fill alike. */
  private static void densify(long[] bins) {
    for (int i = 0; i < SIZE; i++) {
      if (bins[i] != Long.MAX_VALUE) {
        continue;
      }
      for (int step = 1; step < SIZE; step++) {
        long v = bins[(i + step) % SIZE];
        if (v != Long.MAX_VALUE && v >= 0) {
          bins[i] = (mix(v + step) >>> 1) | Long.MIN_VALUE; // negative: never a full bin's value
          break;
        }
      }
    }
  }

  /** The share of bins the two signatures agree on: an estimate of their Jaccard similarity. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  private static long fnv(char[] s, int length) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      h ^= s[i];
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finaliser. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
