package org.readingroom.index;

/**
 * Keeps exemption codes whole through tokenization: {@code 1.4(D)} becomes {@code 1.4_D_} and
 * {@code B7(C)} becomes {@code B7_C_}, which UAX#29 reads as one word each. The length stays the
 * same, so offsets into the folded text are offsets into the printed text, and snippets highlight
 * what was printed. Applied to indexed text and to query strings alike: cheaper at indexing than a
 * mapping char filter, which looks up every character.
 */
public final class CodeFolding {
  private CodeFolding() {}

  public static String fold(String s) {
    int open = s.indexOf('(');
    if (open < 0) {
      return s;
    }
    char[] chars = null;
    for (int i = open; i >= 0 && i + 2 < s.length(); i = s.indexOf('(', i + 1)) {
      char letter = s.charAt(i + 1);
      boolean sub = (letter >= 'A' && letter <= 'H' || letter >= 'a' && letter <= 'h') && s.charAt(i + 2) == ')';
      if (sub && (isSection(s, i) || isBCode(s, i))) {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = '_';
        chars[i + 2] = '_';
      }
    }
    return chars == null ? s : new String(chars);
  }

  /** The printed form of a folded code: {@code 1.4_D_} is {@code 1.4(D)}. */
  public static String unfold(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == '_' && s.charAt(n - 3) == '_') {
      return s.substring(0, n - 3) + "(" + s.charAt(n - 2) + ")";
    }
    return s;
  }

  /** {@code 1.4} right before the bracket. */
  private static boolean isSection(String s, int open) {
    return open >= 3 && s.charAt(open - 1) == '4' && s.charAt(open - 2) == '.' && s.charAt(open - 3) == '1'
        && (open == 3 || !Character.isLetterOrDigit(s.charAt(open - 4)));
  }

  /** {@code B1}…{@code B9} right before the bracket. */
  private static boolean isBCode(String s, int open) {
    return open >= 2 && s.charAt(open - 2) == 'B' && Character.isDigit(s.charAt(open - 1))
        && (open == 2 || !Character.isLetterOrDigit(s.charAt(open - 3)));
  }
}
