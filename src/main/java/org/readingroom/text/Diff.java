package org.readingroom.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    for (int d = 0; d <= max; d++) {
      trace.add(Arrays.copyOf(v, v.length));
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a[x].equals(b[y])) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return walkBack(trace, offset, n, m, d);
        }
      }
    }
    return null;
  }

  private static List<Edit> walkBack(List<int[]> trace, int offset, int n, int m, int depth) {
    List<Edit> out = new ArrayList<>();
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
      out.add(x == prevX ? new Edit(Op.INSERT, prevY) : new Edit(Op.DELETE, prevX));
      x = prevX;
      y = prevY;
    }
    Collections.reverse(out);
    return out;
  }
}
