package org.readingroom.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The script is a shortest one, turns the first sequence into the second, and is refused past the bound. */
class DiffTest {

  @Test
  void aScriptTurnsTheFirstIntoTheSecondInTheFewestEdits() {
    Random random = new Random(7);
    for (int round = 0; round < 2000; round++) {
      String[][] pair = pair(random, 30);
      String[] a = pair[0];
      String[] b = pair[1];
      List<Diff.Edit> edits = Diff.edits(a, b, 1000);
      assertNotNull(edits);
      assertArrayEquals(b, apply(a, b, edits), () -> String.join(" ", a) + " -> " + String.join(" ", b));
      assertEquals(a.length + b.length - 2 * longestCommon(a, b), edits.size());
    }
  }

  @Test
  void pastTheBoundThereIsNoScript() {
    Random random = new Random(11);
    for (int round = 0; round < 500; round++) {
      String[][] pair = pair(random, 40);
      String[] a = pair[0];
      String[] b = pair[1];
      int fewest = a.length + b.length - 2 * longestCommon(a, b);
      int bound = random.nextInt(fewest + 2);
      List<Diff.Edit> edits = Diff.edits(a, b, bound);
      if (fewest > bound) {
        assertNull(edits);
      } else {
        assertEquals(fewest, edits.size());
      }
    }
  }

  @Test
  void textsThatShareFewWordsAreRefusedAtOnce() {
    // 40,000 words against 40,000 others: the search would take minutes; the count of words in common answers
    String[] a = new String[40_000];
    String[] b = new String[40_000];
    for (int i = 0; i < a.length; i++) {
      a[i] = "a" + i;
      b[i] = "b" + i;
    }
    assertNull(Diff.edits(a, b, 4000));
    assertEquals(0, Diff.edits(a, a.clone(), 4000).size());
  }

  /** Two sequences of at most {@code longest} words: unrelated, or the second a few edits from the first. */
  private static String[][] pair(Random random, int longest) {
    String[] a = words(random, random.nextInt(longest));
    return new String[][] {a, random.nextBoolean() ? words(random, random.nextInt(longest)) : edited(random, a)};
  }

  private static String[] words(Random random, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = String.valueOf((char) ('a' + random.nextInt(4)));
    }
    return out;
  }

  private static String[] edited(Random random, String[] a) {
    List<String> out = new ArrayList<>(List.of(a));
    for (int e = random.nextInt(5); e > 0; e--) {
      if (!out.isEmpty() && random.nextBoolean()) {
        out.remove(random.nextInt(out.size()));
      } else {
        out.add(random.nextInt(out.size() + 1), String.valueOf((char) ('a' + random.nextInt(6))));
      }
    }
    return out.toArray(String[]::new);
  }

  /** {@code a} with the script applied: deletions index {@code a}, insertions {@code b}. */
  private static String[] apply(String[] a, String[] b, List<Diff.Edit> edits) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length || j < b.length) {
      Diff.Edit e = k < edits.size() ? edits.get(k) : null;
      if (e != null && e.op() == Diff.Op.DELETE && e.index() == i) {
        i++;
        k++;
      } else if (e != null && e.op() == Diff.Op.INSERT && e.index() == j) {
        out.add(b[j++]);
        k++;
      } else {
        out.add(a[i++]);
        j++;
      }
    }
    assertEquals(edits.size(), k, "every edit used");
    return out.toArray(String[]::new);
  }

  private static int longestCommon(String[] a, String[] b) {
    int[][] l = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        l[i][j] = a[i].equals(b[j]) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
      }
    }
    return l[0][0];
  }
}
