package org.readingroom.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shortest edit script between two sequences (of lines, of words), after Myers' O(ND)
 * difference algorithm: what to delete from the first and insert from the second, in reading
 * order. Two copies of one text differ in few places, so the cost is small; past a bound on the
 * edits the sequences are not copies of one another and there is no script.
 */
public final class Diff {
  private Diff() {}

  /** Whether an edit takes an item out of the first sequence or puts one of the second in. */
  public enum Op {
    DELETE,
    INSERT
  }

  /**
   * One edit.
   *
   * @param index the item's index in the first sequence (a deletion) or the second (an insertion)
   */
  public record Edit(Op op, int index) {}

  /** The edits from {@code a} to {@code b} in reading order, or null when there are more than {@code maxEdits}. */
  public static List<Edit> edits(String[] a, String[] b, int maxEdits) {
    int n = a.length;
    int m = b.length;
    int max = Math.min(n + m, maxEdits);
    if (n + m > max && n + m - 2 * common(a, b) > max) {
      return null;
    }
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    // before each round d, the furthest x on diagonals -d-1..d+1 (all that walking back reads)
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a[x].equals(b[y])) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return walkBack(trace, n, m, d);
        }
      }
    }
    return null;
  }

  /**
   * How many items the two have in common, counted with repeats: no common subsequence is longer,
   * so no script has fewer than {@code n + m - 2 * common} edits. Two texts that share few words
   * are told apart by this count, without the search for a script they cannot have.
   */
  private static int common(String[] a, String[] b) {
    Map<String, int[]> left = new HashMap<>();
    for (String s : a) {
      left.computeIfAbsent(s, k -> new int[1])[0]++;
    }
    int common = 0;
    for (String s : b) {
      int[] c = left.get(s);
      if (c != null && c[0] > 0) {
        c[0]--;
        common++;
      }
    }
    return common;
  }

  private static List<Edit> walkBack(List<int[]> trace, int n, int m, int depth) {
    List<Edit> out = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = depth; d > 0; d--) {
      int[] v = trace.get(d);
      int offset = d + 1;
      int k = x - y;
      int prevK = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? k + 1 : k - 1;
      int prevX = v[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
      }
      out.add(x == prevX ? new Edit(Op.INSERT, prevY) : new Edit(Op.DELETE, prevX));
      x = prevX;
      y = prevY;
    }
    Collections.reverse(out);
    return out;
  }
}
