package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.text.Diff;

/**
 * Where two printings of a message differ, word by word: each hunk a run of the first printing's
 * words ({@code [aFrom, aTo)}, empty where the second only adds) that the second printing prints as
 * {@code [bFrom, bTo)}.
 */
final class Hunks {
  private Hunks() {}

  /** Past this many word edits two printings are not copies of one text worth aligning. */
  static final int MAX_EDITS = 4000;

  record Hunk(int aFrom, int aTo, int bFrom, int bTo) {}

  /** The hunks from {@code a} to {@code b}, in reading order; null when they are too far apart. */
  static List<Hunk> between(Words a, Words b) {
    List<Diff.Edit> edits = Diff.edits(a.keys, b.keys, MAX_EDITS);
    if (edits == null) {
      return null;
    }
    List<Hunk> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int k = 0;
    while (k < edits.size()) {
      Diff.Edit e = edits.get(k);
      // the words both print, up to this edit
      int target = e.op() == Diff.Op.DELETE ? e.index() : -1;
      int targetB = e.op() == Diff.Op.INSERT ? e.index() : -1;
      while (target >= 0 ? i < target : j < targetB) {
        i++;
        j++;
      }
      int aFrom = i;
      int bFrom = j;
      while (k < edits.size()) {
        Diff.Edit x = edits.get(k);
        if (x.op() == Diff.Op.DELETE && x.index() == i) {
          i++;
        } else if (x.op() == Diff.Op.INSERT && x.index() == j) {
          j++;
        } else {
          break;
        }
        k++;
      }
      out.add(new Hunk(aFrom, i, bFrom, j));
    }
    return out;
  }
}
