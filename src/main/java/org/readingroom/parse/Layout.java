package org.readingroom.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The flattened two-column layout of an OCR'd page: a line is read as segments separated by wide
 * gaps (three or more spaces), each remembering the column it starts at.
 */
final class Layout {
  /** Spaces that separate two columns; two spaces occur inside running text after a full stop. */
  static final int GAP = 3;

  private Layout() {}

  /** A run of text in a line, {@code [start, end)}, with no gap inside. */
  record Segment(int start, int end) {
    int length() {
      return end - start;
    }

    String text(char[] line) {
      return new String(line, start, end - start);
    }
  }

  static List<Segment> segments(char[] line) {
    List<Segment> out = new ArrayList<>(4);
    int i = 0;
    int n = line.length;
    while (i < n) {
      while (i < n && isSpace(line[i])) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int lastNonSpace = i;
      while (i < n) {
        if (!isSpace(line[i])) {
          lastNonSpace = i;
          i++;
          continue;
        }
        int gapStart = i;
        while (i < n && isSpace(line[i])) {
          i++;
        }
        if (i - gapStart >= GAP || i >= n) {
          break;
        }
      }
      out.add(new Segment(start, lastNonSpace + 1));
    }
    return out;
  }

  /** White space runs as one space, ends stripped: what a reader sees of a printed value. */
  static String collapseSpaces(String s) {
    if (isCollapsed(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** No white space at either end, none but single spaces inside. */
  private static boolean isCollapsed(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    char prev = ' ';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? prev == ' ' : c <= ' ' || c == '\u00a0') {
        return false;
      }
      prev = c;
    }
    return prev != ' ';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** Index of {@code needle} in {@code line[from, to)}, or -1. */
  static int indexOf(char[] line, String needle, int from, int to) {
    return indexOf(line, needle.toCharArray(), from, to);
  }

  /** Index of {@code needle} in {@code line[from, to)}, or -1; for a needle searched often, given as characters. */
  static int indexOf(char[] line, char[] needle, int from, int to) {
    int last = Math.min(to, line.length) - needle.length;
    char first = needle[0];
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      if (line[i] != first) {
        continue;
      }
      for (int k = 1; k < needle.length; k++) {
        if (line[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Case-insensitive (ASCII) index of {@code needle}, which must be given in upper case. */
  static int indexOfIgnoreCase(char[] line, String upperNeedle, int from, int to) {
    int last = Math.min(to, line.length) - upperNeedle.length();
    outer:
    for (int i = Math.max(0, from); i <= last; i++) {
      for (int k = 0; k < upperNeedle.length(); k++) {
        char c = line[i + k];
        if (c >= 'a' && c <= 'z') {
          c = (char) (c - 32);
        }
        if (c != upperNeedle.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
