package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.text.OcrFolding;

/**
 * The words of a text (runs of letters and digits) with where each stands, and each folded as OCR
 * damage is folded ({@link OcrFolding}), so that two printings of one passage compare alike.
 */
final class Words {

  final String text;
  final String[] keys;
  final int[] starts;
  final int[] ends;

  private Words(String text, List<String> keys, List<int[]> spans) {
    this.text = text;
    this.keys = keys.toArray(new String[0]);
    this.starts = new int[spans.size()];
    this.ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
    }
  }

  static Words of(String text) {
    List<String> keys = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        keys.add(OcrFolding.fold(text.subSequence(start, i)));
        spans.add(new int[] {start, i});
        start = -1;
      }
    }
    return new Words(text, keys, spans);
  }

  int size() {
    return keys.length;
  }

  /** The first word that starts at or after {@code offset}; {@link #size()} when none does. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
