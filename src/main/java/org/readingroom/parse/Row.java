package org.readingroom.parse;

import java.util.List;
import org.readingroom.record.Message;

/**
 * One printed line of a release while it is being read. {@link #work} starts as a copy of the
 * line; each recogniser blanks what it consumed (banners, stamp, classification block, margin
 * codes) with spaces, so columns keep their positions for the recognisers that follow.
 *
 * <p>While copying the line, the constructor notes which cues it holds ({@link #cues}), so that a
 * recogniser can pass over the many lines that cannot concern it without scanning them again.
 */
final class Row {
  /** A " No", "Doc" or " STA": a banner (Doc No., Case No., STATE DEPT.) may be printed here. */
  static final int BANNER = 1;
  /** An "RE": a release stamp may be printed here. */
  static final int STAMP = 1 << 1;
  /** A "Cl": a classification block may start here. */
  static final int CLASSIFIED = 1 << 2;
  /** A "[": a [REDACTED] token may be printed here. */
  static final int BRACKET = 1 << 3;
  /** An "ss" or "rw": a chain separator (Original Message, Forwarded) may be printed here. */
  static final int SEPARATOR = 1 << 4;

  private final char[] document;
  private final int start;
  final char[] work;
  final int cues;
  int page;
  /** The line held (part of) a page banner. */
  boolean banner;
  /** The banner on this line printed the document number: a new banner begins here. */
  boolean bannerDocNumber;
  /** Exemption codes printed in this line's margin, or null. */
  List<String> marginCodes;
  /** The column where this line's margin codes start. */
  int marginColumn;

  /**
   * 1 at {@code prev << 7 | c} when the ASCII character {@code c}, printed after {@code prev}, may
   * complete a cue (a tab or carriage return counts as a space, and is made one); 0 for all others.
   * Checking the pair before calling {@link #cueAt} passes over the many s, l, c and E of running
   * text that complete nothing, with one rarely taken branch per character (faster than testing the
   * character, then the one before; docs/benchmarks.md).
   */
  private static final byte[] PAIRS = new byte[128 * 128];

  static {
    String pairs = " N" + "TA" + "RE" + "oc" + "Cl" + "ss" + "rw";
    for (int i = 0; i < pairs.length(); i += 2) {
      PAIRS[pairs.charAt(i) << 7 | pairs.charAt(i + 1)] = 1;
    }
    for (int prev = 0; prev < 128; prev++) {
      for (char any : new char[] {'[', '\t', '\r'}) {
        PAIRS[prev << 7 | any] = 1; // whatever is printed before
      }
    }
  }

  /** The line {@code document[start, end)}: tabs, carriage returns and no-break spaces read as spaces. */
  Row(char[] document, int start, int end, int page) {
    this.document = document;
    this.start = start;
    this.page = page;
    char[] w = new char[end - start];
    System.arraycopy(document, start, w, 0, w.length);
    int cue = 0;
    int prev = ' ';
    byte[] pairs = PAIRS;
    for (int i = 0; i < w.length; i++) {
      char c = w[i];
      if (c < 128) {
        if (pairs[prev << 7 | c] != 0) {
          cue |= cueAt(w, i, c);
          c = w[i]; // as cueAt reads it: a tab already a space
        }
        prev = c;
      } else {
        if (c == '\u00a0') {
          cue |= cueAt(w, i, c);
        }
        prev = w[i] < 128 ? w[i] : 127; // beyond ASCII: no cue needs it before
      }
    }
    this.work = w;
    this.cues = cue;
  }

  /** The cue that the trigger character {@code c} at {@code i} completes, if any. */
  private static int cueAt(char[] w, int i, char c) {
    char prev = i > 0 ? w[i - 1] : ' ';
    char prev2 = i > 1 ? w[i - 2] : ' ';
    switch (c) {
      case '\t', '\r', '\u00a0' -> {
        w[i] = ' ';
        return 0;
      }
      case 'N' -> {
        // " No." or " No ": Doc No., Case No.
        return prev == ' ' && i + 2 < w.length && w[i + 1] == 'o' && (w[i + 2] == '.' || w[i + 2] == ' ') ? BANNER : 0;
      }
      case 'A' -> {
        // " STA": STATE DEPT., STATE-5CB0045247
        return prev == 'T' && prev2 == 'S' && (i < 3 || w[i - 3] == ' ') ? BANNER : 0;
      }
      case 'E' -> {
        return prev == 'R' ? STAMP : 0;
      }
      case 'c' -> {
        // "Doc" of "Doc No", also when OCR lost the full stop
        return prev == 'o' && prev2 == 'D' ? BANNER : 0;
      }
      case 'l' -> {
        return prev == 'C' ? CLASSIFIED : 0;
      }
      case '[' -> {
        return BRACKET;
      }
      case 's' -> {
        return prev == 's' ? SEPARATOR : 0;
      }
      case 'w' -> {
        return prev == 'r' ? SEPARATOR : 0;
      }
      default -> {
        return 0;
      }
    }
  }

  Row(String line, int page) {
    this(line.toCharArray(), 0, line.length(), page);
  }

  boolean has(int cue) {
    return (cues & cue) != 0;
  }

  /** The line as printed, before any recogniser blanked part of it. */
  String raw() {
    return new String(document, start, work.length);
  }

  /** The printed character at a column, before blanking. */
  char rawAt(int column) {
    return document[start + column];
  }

  void blank(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, work.length); i++) {
      work[i] = ' ';
    }
  }

  boolean isBlank() {
    return firstNonBlank() < 0;
  }

  /** The line as it reads now, without leading or trailing white space. */
  String text() {
    int from = firstNonBlank();
    if (from < 0) {
      return "";
    }
    int to = work.length;
    while (to > from && work[to - 1] == ' ') {
      to--;
    }
    return new String(work, from, to - from);
  }

  /** The column after the line's last printed character, or 0 when it is blank. */
  int lastColumn() {
    int to = work.length;
    while (to > 0 && work[to - 1] == ' ') {
      to--;
    }
    return to;
  }

  int firstNonBlank() {
    for (int i = 0; i < work.length; i++) {
      if (work[i] != ' ') {
        return i;
      }
    }
    return -1;
  }

  String workString() {
    return new String(work);
  }
}
