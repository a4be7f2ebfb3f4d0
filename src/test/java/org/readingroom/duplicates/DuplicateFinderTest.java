package org.readingroom.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicate documents by MinHash and banding, on constructed texts. */
class DuplicateFinderTest {

  /** A text of {@code words} words drawn with {@code seed}: unrelated texts share no five-word shingle. */
  static String text(long seed, int words) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append("w").append(r.nextInt(5000)).append(i % 12 == 11 ? "\n" : " ");
    }
    return b.toString();
  }

  @Test
  void copiesWithOcrDamageAndANewTopLineAreOneCluster() {
    String base = text(1, 400);
    DuplicateFinder f = new DuplicateFinder();
    f.add("C00000002", "Fyi. Pls print.\n" + base);
    f.add("C00000001", base);
    f.add("C00000003", base.replace("w1", "wl").substring(0, base.length() - 40));
    f.add("C00000004", text(2, 400));
    NearDuplicates d = f.find();
    assertEquals(1, d.clusters().size());
    DuplicateCluster c = d.clusters().get(0);
    assertEquals(List.of("C00000001", "C00000002", "C00000003"), c.copies().stream().map(DuplicateCluster.Copy::document).toList());
    assertEquals(1.0, c.copies().get(0).similarity());
    assertTrue(c.copies().get(1).similarity() >= DuplicateFinder.SIMILAR);
    assertFalse(d.of("C00000004").isPresent());
    assertEquals(c, d.of("C00000003").orElseThrow());
  }

  @Test
  void aChainOfSmallDifferencesDoesNotJoinFarApartDocuments() {
    String a = text(1, 300);
    String b = a.substring(0, a.length() / 2) + text(3, 40);
    DuplicateFinder f = new DuplicateFinder();
    f.add("C1", a);
    f.add("C2", b);
    f.add("C3", text(3, 40) + text(4, 300));
    NearDuplicates d = f.find();
    assertTrue(d.clusters().isEmpty(), d.clusters().toString());
  }

  /**
   * A signature that agrees with {@code a} on every bin but one in each of {@code spoiled} bands:
   * the most bands so few differing bins can spoil.
   */
  private static long[] spoiling(long[] a, List<Integer> spoiled, Random r) {
    long[] b = a.clone();
    for (int band : spoiled) {
      b[band * DuplicateFinder.ROWS + r.nextInt(DuplicateFinder.ROWS)] ^= 1 + r.nextInt(1 << 20);
    }
    return b;
  }

  private static long[] signature(Random r) {
    long[] s = new long[MinHashSketch.SIZE];
    for (int i = 0; i < s.length; i++) {
      s[i] = r.nextLong() >>> 1;
    }
    return s;
  }

  @Test
  void everyPairSimilarEnoughIsFoundHoweverItsDifferencesFall() {
    int differing = MinHashSketch.SIZE - DuplicateFinder.SAME_BINS;
    assertEquals(25, differing, "0.8 of 128 bins");
    Random r = new Random(11);
    DuplicateFinder f = new DuplicateFinder();
    List<Integer> bands = new java.util.ArrayList<>();
    for (int b = 0; b < DuplicateFinder.BANDS; b++) {
      bands.add(b);
    }
    for (int t = 0; t < 300; t++) {
      long[] a = signature(r);
      java.util.Collections.shuffle(bands, r);
      f.add(String.format(java.util.Locale.ROOT, "A%03d", t), a);
      f.add(String.format(java.util.Locale.ROOT, "B%03d", t), spoiling(a, bands.subList(0, differing), r));
    }
    // the seven bands left whole are 0 to 6: one in each group, were there seven groups
    long[] a = signature(r);
    f.add("E1", a);
    f.add("E2", spoiling(a, bands.stream().filter(b -> b >= 7).toList(), r));
    // one bin more is too many
    long[] far = signature(r);
    f.add("F1", far);
    f.add("F2", spoiling(far, bands.stream().filter(b -> b >= 6).toList(), r));
    NearDuplicates d = f.find();
    for (int t = 0; t < 300; t++) {
      String key = String.format(java.util.Locale.ROOT, "A%03d", t);
      assertEquals(List.of(key, String.format(java.util.Locale.ROOT, "B%03d", t)),
          d.of(key).orElseThrow(() -> new AssertionError(key + " and its copy were not found")).copies().stream()
              .map(DuplicateCluster.Copy::document).toList());
    }
    assertEquals(List.of("E1", "E2"), d.of("E1").orElseThrow().copies().stream().map(DuplicateCluster.Copy::document).toList());
    assertFalse(d.of("F1").isPresent(), "26 bins of 128 differ: 0.797 agree");
    assertEquals(301, d.clusters().size());
  }

  @Test
  void shortTextsAreLeftOut() {
    DuplicateFinder f = new DuplicateFinder();
    f.add("C1", "B6");
    f.add("C2", "B6");
    f.add("C3", "");
    assertTrue(f.find().clusters().isEmpty());
  }

  @Test
  void theSameInputGivesTheSameClustersAndIds() {
    String base = text(7, 200);
    DuplicateFinder one = new DuplicateFinder();
    DuplicateFinder two = new DuplicateFinder();
    for (DuplicateFinder f : List.of(one, two)) {
      f.add("C2", base + " end");
      f.add("C1", base);
    }
    assertEquals(one.find().clusters(), two.find().clusters());
    assertTrue(one.find().clusters().get(0).id().startsWith("d-"));
  }

  @Test
  void signaturesKeptInAFileGiveTheClustersOfSignaturesHeld(@TempDir Path dir) throws Exception {
    DuplicateFinder held = new DuplicateFinder();
    List<NearDuplicates> found = new ArrayList<>();
    try (DuplicateFinder mapped = new DuplicateFinder(dir)) {
      for (int i = 0; i < 5_000; i++) { // more than one chunk of 4,096 documents
        String text = i % 1_200 == 7 ? text(1, 120) + " copy " + i : text(100 + i, 40);
        held.add(String.format(java.util.Locale.ROOT, "C%08d", i), text);
        mapped.add(String.format(java.util.Locale.ROOT, "C%08d", i), text);
      }
      found.add(mapped.find());
    }
    assertEquals(held.find().clusters(), found.get(0).clusters());
    assertEquals(5, found.get(0).clusters().get(0).copies().size(), "copies in both chunks (the last is document 4,807), one cluster");
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "deleted when the finder is closed, if not as soon as it was open");
    }
  }

  @Test
  void theSignatureEstimatesJaccard() {
    String a = text(9, 1000);
    String b = a.substring(0, a.length() / 2) + text(10, 500);
    double s = MinHashSketch.similarity(MinHashSketch.of(a, 1), MinHashSketch.of(b, 1));
    assertTrue(s > 0.2 && s < 0.45, "about a third of the shingles are shared: " + s);
    assertEquals(1.0, MinHashSketch.similarity(MinHashSketch.of(a, 1), MinHashSketch.of(a.toUpperCase(java.util.Locale.ROOT), 1)));
  }
}
