package org.readingroom.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
  void theSignatureEstimatesJaccard() {
    String a = text(9, 1000);
    String b = a.substring(0, a.length() / 2) + text(10, 500);
    double s = MinHashSketch.similarity(MinHashSketch.of(a, 1), MinHashSketch.of(b, 1));
    assertTrue(s > 0.2 && s < 0.45, "about a third of the shingles are shared: " + s);
    assertEquals(1.0, MinHashSketch.similarity(MinHashSketch.of(a, 1), MinHashSketch.of(a.toUpperCase(java.util.Locale.ROOT), 1)));
  }
}
