package org.readingroom.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.readingroom.archive.StableId;

/**
 * Finds near-duplicate documents: a MinHash signature of each document's clean text ({@link
 * MinHashSketch}), locality-sensitive hashing in {@value #BANDS} bands of {@value #ROWS} bins to
 * find candidate pairs without comparing every pair, then each candidate pair checked: at least
 * {@value #SIMILAR} of its signature agreeing. Texts of fewer than
 * {@value #MIN_SHINGLES} shingles (a blank page, a line) are left out.
 *
 * Feed it documents ({@link #add}, from several threads at once if need be), then {@link #find}.
 */
public final class DuplicateFinder {

  static final int BANDS = 32;
  static final int ROWS = MinHashSketch.SIZE / BANDS;
  static final double SIMILAR = 0.8;
  static final int MIN_SHINGLES = 8;

  private final List<String> keys = new ArrayList<>();
  private final List<long[]> signatures = new ArrayList<>();

  public void add(String documentKey, String text) {
    long[] signature = MinHashSketch.of(text, MIN_SHINGLES);
    if (signature != null) {
      synchronized (this) {
        keys.add(documentKey);
        signatures.add(signature);
      }
    }
  }

  /**
   * The clusters, in the order of their first documents' keys. A cluster is a document (the first in
   * key order not yet in a cluster) and every document not yet in a cluster that is similar to it:
   * each copy is close to the first, and no chain of small differences joins two documents that
   * are far apart.
   */
  public synchronized NearDuplicates find() {
    int n = keys.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> keys.get(a).compareTo(keys.get(b)));
    List<java.util.Set<Integer>> similar = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      similar.add(new java.util.TreeSet<>());
    }
    for (int band = 0; band < BANDS; band++) {
      for (List<Integer> bucket : buckets(band, order)) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int a = bucket.get(x);
            int b = bucket.get(y);
            if (!similar.get(a).contains(b)
                && MinHashSketch.similarity(signatures.get(a), signatures.get(b)) >= SIMILAR) {
              similar.get(a).add(b);
              similar.get(b).add(a);
            }
          }
        }
      }
    }
    boolean[] taken = new boolean[n];
    List<DuplicateCluster> out = new ArrayList<>();
    for (int first : order) {
      if (taken[first] || similar.get(first).isEmpty()) {
        continue;
      }
      List<Integer> members = new ArrayList<>();
      members.add(first);
      for (int other : similar.get(first)) {
        if (!taken[other]) {
          members.add(other);
        }
      }
      if (members.size() < 2) {
        continue;
      }
      members.sort((a, b) -> keys.get(a).compareTo(keys.get(b)));
      List<DuplicateCluster.Copy> copies = new ArrayList<>();
      for (int i : members) {
        taken[i] = true;
        double s = MinHashSketch.similarity(signatures.get(first), signatures.get(i));
        copies.add(new DuplicateCluster.Copy(keys.get(i), Math.round(s * 1000) / 1000.0));
      }
      out.add(new DuplicateCluster(StableId.of("d", keys.get(first)), copies));
    }
    return new NearDuplicates(out);
  }

  /** The documents that agree on all of a band's bins, where two or more do; in key order within each. */
  private List<List<Integer>> buckets(int band, Integer[] order) {
    long[] hashes = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      hashes[i] = bandHash(signatures.get(order[i]), band);
    }
    long[] sorted = hashes.clone();
    java.util.Arrays.sort(sorted);
    java.util.Set<Long> shared = new java.util.HashSet<>();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        shared.add(sorted[i]);
      }
    }
    Map<Long, List<Integer>> buckets = new TreeMap<>();
    for (int i = 0; i < order.length; i++) {
      if (shared.contains(hashes[i])) {
        buckets.computeIfAbsent(hashes[i], h -> new ArrayList<>()).add(order[i]);
      }
    }
    return new ArrayList<>(buckets.values());
  }

  private static long bandHash(long[] signature, int band) {
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 0x9E3779B97F4A7C15L + signature[band * ROWS + r];
    }
    return h;
  }
}
