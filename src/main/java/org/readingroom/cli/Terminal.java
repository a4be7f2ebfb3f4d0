package org.readingroom.cli;

/**
 * Text from documents made safe to print on a terminal. A release is attacker-controlled: a subject
 * holding {@code ESC ] 0 ; ... BEL} would retitle the reader's terminal, {@code ESC [ 2 J} clear it,
 * a carriage return overwrite the line before. Control characters (C0 but line feed and tab, DEL,
 * C1) and the bidirectional overrides that reorder what is shown are printed as U+FFFD.
 */
final class Terminal {
  /** Marks the start and end of a snippet's match inside a line, before colours are chosen. */
  static final char MATCH_START = '\uE000';
  static final char MATCH_END = '\uE001';

  private Terminal() {}

  static String safe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append('\uFFFD');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * A document's name made one line: a file or an archive entry may be named with line breaks
   * ({@code "a\nreadingroom: b.txt: ok"}), which would print a diagnostic line of the namer's
   * choosing. Line breaks, tabs and backslashes are written escaped, as in Java or JSON, then the
   * rest made {@link #safe}.
   */
  static String name(String s) {
    return safe(s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"));
  }

  /** {@link #safe} text with the match marks then shown as {@code open} and {@code close}. */
  static String safe(String s, String open, String close) {
    return safe(s).replace(String.valueOf(MATCH_START), open).replace(String.valueOf(MATCH_END), close);
  }

  private static boolean unsafe(char c) {
    return c < 0x20 && c != '\n' && c != '\t'
        || c >= 0x7f && c <= 0x9f
        || c >= 0x202a && c <= 0x202e
        || c >= 0x2066 && c <= 0x2069;
  }
}
