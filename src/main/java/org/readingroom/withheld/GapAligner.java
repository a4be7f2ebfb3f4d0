package org.readingroom.withheld;

import java.util.List;
import org.readingroom.record.Redaction;

/**
 * Reads, for one redaction marker in the body of one printing of a message, what another printing
 * of the same message shows in its place. The marker stands beside the withheld passage (a margin
 * group) or in it (a {@code [REDACTED]} token); the withholding printing leaves that stretch blank.
 * Aligned word by word with the other printing, the words the other prints there, which the
 * withholding one lacks everywhere, are the passage.
 *
 * <p>What counts as shown: a gap both printings frame with words they share before and after it
 * (not one printing cut short at a page's end); two words or more, one of them of three letters or
 * more, where the withholding printing prints no word of its own of three letters or more, or at
 * most one for five shown (else it is the same passage read differently by OCR, not a passage
 * withheld); not a run the withholding printing prints elsewhere (a paragraph placed otherwise);
 * and text that reads as a passage ({@link Readable}).
 */
final class GapAligner {
  private GapAligner() {}

  private static final String TOKEN = "redacted";

  /** The stretch of a body a marker speaks for: the blank run beside it and a line on each side. */
  static int[] region(String t, Redaction marker) {
    int o = Math.max(0, Math.min(marker.offset(), t.length()));
    if (marker.isToken()) {
      return new int[] {lineStart(t, o), lineEnd(t, o)};
    }
    int line = o > 0 && o <= t.length() && (o == t.length() || t.charAt(o) == '\n') ? Math.max(0, o - 1) : o;
    int start = lineStart(t, line);
    int end = lineEnd(t, line);
    if (isBlank(t, start, end)) {
      while (start > 0 && isBlank(t, lineStart(t, start - 1), start - 1)) {
        start = lineStart(t, start - 1);
      }
      while (end < t.length() && isBlank(t, end + 1, lineEnd(t, end + 1))) {
        end = lineEnd(t, end + 1);
      }
    }
    int from = start > 0 ? lineStart(t, start - 1) : 0;
    int to = end < t.length() ? lineEnd(t, end + 1) : t.length();
    return new int[] {from, to};
  }

  /**
   * What {@code q} shows where {@code p} withholds beside {@code marker}: the passage as {@code q}
   * prints it and the words {@code p} prints before the gap; null when {@code q} shows nothing there.
   */
  static String[] shown(Words pw, Words qw, List<Hunks.Hunk> hunks, Redaction marker) {
    int[] region = region(pw.text, marker);
    int first = -1;
    int last = -1;
    int aFirst = -1;
    for (Hunks.Hunk h : hunks) {
      if (h.bFrom() == h.bTo() || !overlaps(pw, h, region) || !anchored(pw, qw, h)) {
        continue;
      }
      int own = 0;
      for (int i = h.aFrom(); i < h.aTo(); i++) {
        own += pw.keys[i].equals(TOKEN) || pw.keys[i].length() < 3 ? 0 : 1;
      }
      int shown = h.bTo() - h.bFrom();
      if (shown < 2 || own > 0 && own * 5 > shown || !hasWord(qw, h.bFrom(), h.bTo()) || printedElsewhere(pw, qw, h)) {
        continue;
      }
      if (first < 0) {
        first = h.bFrom();
        aFirst = h.aFrom();
      }
      last = h.bTo();
    }
    if (first < 0) {
      return null;
    }
    String text = qw.text.substring(qw.starts[first], qw.ends[last - 1]).strip().replaceAll("[ \\t]+", " ");
    return Readable.passage(text) ? new String[] {text, before(pw, aFirst)} : null;
  }

  /**
   * Whether both printings print words before the hunk and after it: a gap in the middle of the
   * text, not one printing cut short (a page's end, a copy that stops) where the other goes on.
   */
  private static boolean anchored(Words pw, Words qw, Hunks.Hunk h) {
    return h.aFrom() > 0 && h.bFrom() > 0 && h.aTo() < pw.size() && h.bTo() < qw.size();
  }

  /** Whether a hunk's place in the withholding printing falls in the region. */
  private static boolean overlaps(Words pw, Hunks.Hunk h, int[] region) {
    int from;
    int to;
    if (h.aFrom() < h.aTo()) {
      from = pw.starts[h.aFrom()];
      to = pw.ends[h.aTo() - 1];
    } else {
      from = h.aFrom() > 0 ? pw.ends[h.aFrom() - 1] : 0;
      to = h.aFrom() < pw.size() ? pw.starts[h.aFrom()] : pw.text.length();
    }
    return from < region[1] && to > region[0];
  }

  private static boolean hasWord(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (w.ends[i] - w.starts[i] >= 3 && Character.isLetter(w.text.charAt(w.starts[i]))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the withholding printing prints the shown words elsewhere, as a run. */
  private static boolean printedElsewhere(Words pw, Words qw, Hunks.Hunk h) {
    String shown = " " + String.join(" ", java.util.Arrays.asList(qw.keys).subList(h.bFrom(), h.bTo())) + " ";
    String all = " " + String.join(" ", pw.keys) + " ";
    return all.contains(shown);
  }

  /** Up to six words the withholding printing prints before the gap. */
  private static String before(Words pw, int aFrom) {
    int from = Math.max(0, aFrom - 6);
    if (from >= aFrom) {
      return "";
    }
    return pw.text.substring(pw.starts[from], pw.ends[aFrom - 1]).replaceAll("\\s+", " ").strip();
  }

  private static int lineStart(String t, int at) {
    int i = Math.min(at, t.length());
    while (i > 0 && t.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  private static int lineEnd(String t, int at) {
    int i = Math.min(at, t.length());
    while (i < t.length() && t.charAt(i) != '\n') {
      i++;
    }
    return i;
  }

  private static boolean isBlank(String t, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, t.length()); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
