package org.readingroom.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.readingroom.text.Diff;

/**
 * The lines two texts do not share ({@link Diff}): what one copy has that the other lacks, in
 * reading order. Lines are compared with their white space collapsed (a
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

  /** The lines each copy lacks, from the shortest edit script; null past {@link #MAX_EDITS}. */
  private static List<Change> myers(String[] a, String[] b, String[] ka, String[] kb) {
    List<Diff.Edit> edits = Diff.edits(ka, kb, MAX_EDITS);
    if (edits == null) {
      return null;
    }
    List<Change> out = new ArrayList<>(edits.size());
    for (Diff.Edit e : edits) {
      out.add(e.op() == Diff.Op.INSERT ? new Change('+', e.index() + 1, b[e.index()])
          : new Change('-', e.index() + 1, a[e.index()]));
    }
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
