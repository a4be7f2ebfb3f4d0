package org.readingroom.text;

/**
 * The skeleton two spellings of a word share when they differ only by what OCR confuses in these
 * releases: {@code l}, {@code I}, {@code 1}, {@code i}, {@code j}, {@code |} and {@code !} read as
 * one another; {@code 0} as {@code O}; {@code 5} and {@code $} as {@code S}; {@code rn} as {@code m};
 * {@code vv} as {@code w}; {@code cl} as {@code d}; {@code lvl} (an {@code M} seen as {@code IVI})
 * as {@code m}. Letters are lower-cased; everything else is kept. {@code MiIIsCD} and {@code
 * millscd} fold alike, so do {@code clintonernail} and {@code clintonemail}. Characters are mapped
 * first, then pairs and triples read left to right, the triple first.
 */
public final class OcrFolding {
  private OcrFolding() {}

  private static final char[] ASCII = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    for (char c : "lLIi1jJ|!".toCharArray()) {
      ASCII[c] = 'l';
    }
    for (char c : "0Oo".toCharArray()) {
      ASCII[c] = 'o';
    }
    for (char c : "5$Ss".toCharArray()) {
      ASCII[c] = 's';
    }
  }

  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    return new String(out, 0, fold(s, 0, s.length(), out));
  }

  /** Folds {@code s[start, end)} into {@code out} (at least {@code end - start} long); returns the folded length. */
  public static int fold(CharSequence s, int start, int end, char[] out) {
    int n = end - start;
    for (int i = 0; i < n; i++) {
      out[i] = map(s.charAt(start + i));
    }
    return pairs(out, n);
  }

  /** The same, from characters in an array. */
  public static int fold(char[] s, int start, int end, char[] out) {
    int n = end - start;
    for (int i = 0; i < n; i++) {
      out[i] = map(s[start + i]);
    }
    return pairs(out, n);
  }

  private static char map(char c) {
    return c < 128 ? ASCII[c] : Character.toLowerCase(c);
  }

  /** Reads the mapped characters' pairs and triples in place. */
  private static int pairs(char[] out, int n) {
    int w = 0;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      char next = i + 1 < n ? out[i + 1] : 0;
      if (c == 'l' && next == 'v' && i + 2 < n && out[i + 2] == 'l') {
        out[w++] = 'm';
        i += 2;
      } else if (c == 'r' && next == 'n') {
        out[w++] = 'm';
        i++;
      } else if (c == 'v' && next == 'v') {
        out[w++] = 'w';
        i++;
      } else if (c == 'c' && next == 'l') {
        out[w++] = 'd';
        i++;
      } else {
        out[w++] = c;
      }
    }
    return w;
  }
}
