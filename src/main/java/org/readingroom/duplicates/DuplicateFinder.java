package org.readingroom.duplicates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.readingroom.archive.StableId;

/**
 * Finds near-duplicate documents: a MinHash signature of each document's clean text ({@link
 * MinHashSketch}), cut into {@value #BANDS} bands of {@value #ROWS} bins; each candidate pair
 * checked: at least {@value #SIMILAR} of its signature agreeing. Texts of fewer than {@value
 * #MIN_SHINGLES} shingles (a blank page, a line) are left out.
 *
 * <p>No similar pair is missed, and no pair far from similar need be compared. Two similar
 * signatures differ in at most {@code SIZE - SAME_BINS} bins (25), each of which spoils one band at
 * most, so they agree on {@link #AGREEING_BANDS} bands (7) or more. The bands are dealt into {@link
 * #GROUPS} groups, one fewer than that, so two of the bands they agree on fall in one group. The
 * candidates are therefore the documents that agree on both bands of some pair of bands of a group:
 * eight bins where one band is four. Documents that share a common opening (one sender's header
 * over short mails) agree on single bands in their thousands: at ten times the corpus, pairs
 * agreeing on one band grew 23 times, and were 390 for each pair found similar; pairs of bands cut
 * them by 6 to 9 times, with the same pairs found.
 *
 * Feed it documents ({@link #add}, from several threads at once if need be), then {@link #find},
 * then close it.
 */
public final class DuplicateFinder implements AutoCloseable {

  static final int BANDS = 32;
  static final int ROWS = MinHashSketch.SIZE / BANDS;
  static final double SIMILAR = 0.8;
  static final int MIN_SHINGLES = 8;
  /** The fewest bins on which two signatures are similar: 103 of 128. */
  static final int SAME_BINS = (int) Math.ceil(SIMILAR * MinHashSketch.SIZE - 1e-9);
  /** The fewest whole bands on which two similar signatures agree. */
  static final int AGREEING_BANDS = BANDS - (MinHashSketch.SIZE - SAME_BINS);
  /** Groups of bands: band {@code b} is in group {@code b % GROUPS}. */
  static final int GROUPS = AGREEING_BANDS - 1;
  /** Each pair of bands of one group, as a mask of the two bands. */
  private static final long[] PAIRS = pairsOfBands();

  /** Documents a chunk of signatures holds: 4,096 of 128 bins, 2 MB. */
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;

  private final List<String> keys = new ArrayList<>();
  /**
   * The signatures, the low 32 bits of each bin, {@link #CHUNK} documents a chunk: 512 bytes a
   * document, where an array of 128 longs took 1,040 (282 MB at ten times the corpus, held through
   * the whole analysis). Two bins that differ agree on their low 32 bits once in four billion
   * comparisons: at ten times the corpus, once in some fifteen analyses, and then in one bin of 128.
   * The analysis maps them from a file (139 MB at ten times the corpus that the heap need not hold).
   */
  private final List<IntBuffer> chunks = new ArrayList<>();
  /** Where the chunks are mapped from, or null when they are on the heap. */
  private final FileChannel file;
  private final Path path;

  /** A finder that holds the signatures on the heap. */
  public DuplicateFinder() {
    this.file = null;
    this.path = null;
  }

  /**
   * A finder that keeps the signatures in a file in {@code folder}, mapped into memory (the
   * operating system's page cache, not the heap), deleted when the finder is closed.
   */
  public DuplicateFinder(Path folder) throws IOException {
    this.path = Files.createTempFile(folder, "signatures-", ".spill");
    // unlinked at once where the system allows: a process that stops, however, leaves no file behind
    this.file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.DELETE_ON_CLOSE);
  }

  private IntBuffer newChunk() {
    int ints = CHUNK * MinHashSketch.SIZE;
    if (file == null) {
      return IntBuffer.allocate(ints);
    }
    try {
      long at = (long) chunks.size() * ints * Integer.BYTES;
      return file.map(FileChannel.MapMode.READ_WRITE, at, (long) ints * Integer.BYTES).asIntBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map the signatures' file " + path, e);
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
      Files.deleteIfExists(path); // the mappings stay readable until they are collected
    }
  }

  public void add(String documentKey, String text) {
    long[] signature = MinHashSketch.of(text, MIN_SHINGLES);
    if (signature != null) {
      add(documentKey, signature);
    }
  }

  /** A document by its signature ({@link MinHashSketch#SIZE} bins). */
  synchronized void add(String documentKey, long[] signature) {
    int i = keys.size();
    keys.add(documentKey);
    if ((i & (CHUNK - 1)) == 0) {
      chunks.add(newChunk());
    }
    IntBuffer chunk = chunks.get(i >>> CHUNK_BITS);
    int at = (i & (CHUNK - 1)) * MinHashSketch.SIZE;
    for (int b = 0; b < MinHashSketch.SIZE; b++) {
      chunk.put(at + b, (int) signature[b]);
    }
  }

  /** How many bins of documents {@code a} and {@code b} agree. */
  private int sameBins(int a, int b) {
    IntBuffer ca = chunks.get(a >>> CHUNK_BITS);
    IntBuffer cb = chunks.get(b >>> CHUNK_BITS);
    int at = (a & (CHUNK - 1)) * MinHashSketch.SIZE;
    int bt = (b & (CHUNK - 1)) * MinHashSketch.SIZE;
    int same = 0;
    for (int r = 0; r < MinHashSketch.SIZE; r++) {
      if (ca.get(at + r) == cb.get(bt + r)) {
        same++;
      }
    }
    return same;
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
    List<java.util.Set<Integer>> similar = new ArrayList<>(java.util.Collections.nCopies(n, null));
    long[] hashes = new long[n];
    for (int p = 0; p < PAIRS.length; p++) {
      long pair = PAIRS[p];
      int first = Long.numberOfTrailingZeros(pair);
      int second = 63 - Long.numberOfLeadingZeros(pair);
      for (int i = 0; i < n; i++) {
        hashes[i] = bandHash(i, first) * 0x9E3779B97F4A7C15L + bandHash(i, second);
      }
      for (int[] bucket : buckets(hashes)) {
        for (int x = 0; x < bucket.length; x++) {
          for (int y = x + 1; y < bucket.length; y++) {
            compare(bucket[x], bucket[y], p, similar);
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (similar.get(i) == null) {
        similar.set(i, java.util.Set.of());
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
        double s = sameBins(first, i) / (double) MinHashSketch.SIZE;
        copies.add(new DuplicateCluster.Copy(keys.get(i), Math.round(s * 1000) / 1000.0));
      }
      out.add(new DuplicateCluster(StableId.of("d", keys.get(first)), copies));
    }
    return new NearDuplicates(out);
  }

  /**
   * Compares two documents whose bands agree at pair {@code p} of {@link #PAIRS} (or whose hashes
   * collide there), unless an earlier pair of bands already brought them together.
   */
  private void compare(int a, int b, int p, List<java.util.Set<Integer>> similar) {
    IntBuffer ca = chunks.get(a >>> CHUNK_BITS);
    IntBuffer cb = chunks.get(b >>> CHUNK_BITS);
    int at = (a & (CHUNK - 1)) * MinHashSketch.SIZE;
    int bt = (b & (CHUNK - 1)) * MinHashSketch.SIZE;
    long agreeing = 0;
    int same = 0;
    for (int band = 0; band < BANDS; band++) {
      int sameHere = 0;
      for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
        if (ca.get(at + r) == cb.get(bt + r)) {
          sameHere++;
        }
      }
      same += sameHere;
      if (sameHere == ROWS) {
        agreeing |= 1L << band;
      }
    }
    if ((agreeing & PAIRS[p]) != PAIRS[p]) {
      return; // the hashes collided, the bands differ
    }
    for (int earlier = 0; earlier < p; earlier++) {
      if ((agreeing & PAIRS[earlier]) == PAIRS[earlier]) {
        return;
      }
    }
    if (same >= SAME_BINS) {
      add(similar, a, b);
      add(similar, b, a);
    }
  }

  private static void add(List<java.util.Set<Integer>> similar, int a, int b) {
    if (similar.get(a) == null) {
      similar.set(a, new java.util.TreeSet<>());
    }
    similar.get(a).add(b);
  }

  /** The documents whose hashes are equal, where two or more are, each group in increasing order. */
  private static List<int[]> buckets(long[] hashes) {
    long[] sorted = hashes.clone();
    java.util.Arrays.sort(sorted);
    java.util.Set<Long> shared = new java.util.HashSet<>();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        shared.add(sorted[i]);
      }
    }
    Map<Long, List<Integer>> buckets = new java.util.HashMap<>();
    for (int i = 0; i < hashes.length; i++) {
      if (shared.contains(hashes[i])) {
        buckets.computeIfAbsent(hashes[i], h -> new ArrayList<>()).add(i);
      }
    }
    List<int[]> out = new ArrayList<>(buckets.size());
    for (List<Integer> bucket : buckets.values()) {
      out.add(bucket.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** Each pair of bands of one group, in order. */
  private static long[] pairsOfBands() {
    if (GROUPS < 1 || BANDS > Long.SIZE) {
      throw new AssertionError("pairs of bands cannot hold every similar pair: " + AGREEING_BANDS + " agreeing bands");
    }
    List<Long> out = new ArrayList<>();
    for (int a = 0; a < BANDS; a++) {
      for (int b = a + 1; b < BANDS; b++) {
        if (a % GROUPS == b % GROUPS) {
          out.add(1L << a | 1L << b);
        }
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** A hash of band {@code band} of document {@code i}'s signature. */
  private long bandHash(int i, int band) {
    IntBuffer chunk = chunks.get(i >>> CHUNK_BITS);
    int at = (i & (CHUNK - 1)) * MinHashSketch.SIZE + band * ROWS;
    long h = band;
    for (int r = 0; r < ROWS; r++) {
      h = h * 0x9E3779B97F4A7C15L + chunk.get(at + r);
    }
    return h;
  }
}
