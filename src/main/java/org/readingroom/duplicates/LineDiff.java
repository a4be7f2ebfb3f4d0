package org.readingroom.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines two texts do not share, after Myers' O(ND) difference algorithm: what one copy has
 * that the other lacks, in reading order. Lines are compared with their white space collapsed (a
 * copy OCR'd with other column widths is the same copy). Near-duplicates differ in few lines, so
 * the cost is small; past {@value #MAX_EDITS} differing lines the texts are not near-duplicates
 * and the difference is given as whole sets of lines.
 */
public final class LineDiff {
  private LineDiff() {}

  static final int MAX_EDITS = 2000;

  /**
   * One line only one copy has.
   *
   * @param side {@code -} only in the first text, {@code +} only in the second
   * @param line the 1-based line number in the text that has it
   */
  public record Change(char side, int line, String text) {}

  public static List<Change> between(String first, String second) {
    String[] a = lines(first);
    String[] b = lines(second);
    String[] ka = keys(a);
    String[] kb = keys(b);
    List<Change> out = myers(a, b, ka, kb);
    return out != null ? out : wholeSets(a, b, ka, kb);
  }

  private static String[] lines(String text) {
    return text.split("\n", -1);
  }

  private static String[] keys(String[] lines) {
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      out[i] = lines[i].strip().replaceAll("\\s+", " ");
    }
    return out;
  }

  /** Myers' greedy forward search with a trace, then a walk back; null past {@link #MAX_EDITS}. */
  private static List<Change> myers(String[] a, String[] b, String[] ka, String[] kb) {
    int n = ka.length;
    int m = kb.length;
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(Arrays.copyOf(v, v.length));
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && ka[x].equals(kb[y])) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return walkBack(trace, a, b, offset, n, m, d);
        }
      }
    }
    return null;
  }

  private static List<Change> walkBack(List<int[]> trace, String[] a, String[] b, int offset, int n, int m, int depth) {
    List<Change> out = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = depth; d > 0; d--) {
      int[] v = trace.get(d);
      int k = x - y;
      int prevK = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? k + 1 : k - 1;
      int prevX = v[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
      }
      if (x == prevX) {
        out.add(new Change('+', prevY + 1, b[prevY]));
      } else {
        out.add(new Change('-', prevX + 1, a[prevX]));
      }
      x = prevX;
      y = prevY;
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** Texts too different to align: each line one lacks, in order. */
  private static List<Change> wholeSets(String[] a, String[] b, String[] ka, String[] kb) {
    java.util.Set<String> inA = new java.util.HashSet<>(Arrays.asList(ka));
    java.util.Set<String> inB = new java.util.HashSet<>(Arrays.asList(kb));
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      if (!inB.contains(ka[i])) {
        out.add(new Change('-', i + 1, a[i]));
      }
    }
    for (int i = 0; i < b.length; i++) {
      if (!inA.contains(kb[i])) {
        out.add(new Change('+', i + 1, b[i]));
      }
    }
    return out;
  }
}
