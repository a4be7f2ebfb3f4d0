package org.readingroom.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads runs of exemption codes as a release prints them, in a stamp ({@code B1,1.4(D),B6}), a
 * classification reason or a margin stack, and normalises them: {@code B1}…{@code B9} with a
 * sub-letter where printed ({@code B7(C)}), {@code 1.4(A)}…{@code 1.4(H)}. Unambiguous OCR damage
 * is read through ({@code Bi}, {@code B11}, {@code B51} and {@code 1.4(B)1} in a margin; {@code 86} in a stamp's list;
 * {@code 14(B)}, {@code 1 4(D)}, {@code .4(D)}); a compound {@code 1.4(B)(D)} expands to two codes;
 * a statute printed after {@code B3} is not a code.
 */
public final class ExemptionCodes {

  /** Where a run is printed: a stamp's list admits OCR digits for B ({@code 85}), a margin does not. */
  public enum Context {
    STAMP,
    MARGIN
  }

  /**
   * A run of text read as codes.
   *
   * @param codes normalised codes in printed order, deduplicated
   * @param statutes statutes named with (or implying) B3
   * @param real how many tokens were readable codes (a damaged {@code 1.4(} counts as a token, not a code)
   */
  public record Reading(List<String> codes, List<String> statutes, int real) {
    public Reading {
      codes = List.copyOf(codes);
      statutes = List.copyOf(statutes);
    }
  }

  /** The statutes this release cites; any other is read only after its B3. */
  private static final List<String> KNOWN_STATUTES =
      List.of("CIA PERS/ORG", "PERS/ORG", "NATSECACT1947", "DIA/NRO/NGA", "INA", "CIA");

  private ExemptionCodes() {}

  /**
   * Reads {@code s[from, to)} as nothing but exemption codes (and separators, and statutes).
   *
   * @return the reading, or null when any token is not a code or there is no token at all
   */
  public static Reading read(CharSequence s, int from, int to, Context context) {
    if (!inAlphabet(s, from, to)) {
      return null;
    }
    Scanner scanner = new Scanner(s, from, to, context);
    return scanner.readAll();
  }

  /**
   * Cheap test before any allocation: a run of codes holds only upper-case letters, digits, the
   * letters OCR makes of 1 (i, l) and of the sub-letters (a-h), and separators.
   */
  private static boolean inAlphabet(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 'a' && c <= 'h' || c == 'i' || c == 'l') {
        continue;
      }
      if (" ,;.()/'\"•·`|*!-\u2019\u2018".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads the whole string; see {@link #read(CharSequence, int, int, Context)}. */
  public static Reading read(CharSequence s, Context context) {
    return read(s, 0, s.length(), context);
  }

  /** Normalises one code as printed ({@code 1.4 (b)} → {@code 1.4(B)}), or null if it is not one. */
  public static String normalise(String printed) {
    Reading r = read(printed.toUpperCase(Locale.ROOT), Context.STAMP);
    return r != null && r.codes().size() == 1 ? r.codes().get(0) : null;
  }

  private static final class Scanner {
    private final CharSequence s;
    private final int end;
    private final Context context;
    private int pos;
    private final Set<String> codes = new LinkedHashSet<>();
    private final List<String> statutes = new ArrayList<>();
    private int tokens;
    private int real;
    private boolean afterB3;

    Scanner(CharSequence s, int from, int to, Context context) {
      this.s = s;
      this.pos = from;
      this.end = to;
      this.context = context;
    }

    Reading readAll() {
      while (true) {
        skipSeparators();
        if (pos >= end) {
          break;
        }
        if (!readCode() && !readStatute()) {
          return null;
        }
        tokens++;
      }
      if (tokens == 0) {
        return null;
      }
      return new Reading(new ArrayList<>(codes), statutes, real);
    }

    private void skipSeparators() {
      while (pos < end) {
        char c = s.charAt(pos);
        if (c == ' ' || c == ',' || c == ';' || c == '\t' || c == '\'' || c == '"' || c == '•'
            || c == '·' || c == '`' || c == '|' || c == '*' || c == '\u2019' || c == '\u2018') {
          pos++;
          if (c == ',') {
            afterB3 = false;
          }
        } else {
          break;
        }
      }
    }

    private boolean boundary(int i) {
      if (i >= end) {
        return true;
      }
      char c = s.charAt(i);
      return c == ' ' || c == ',' || c == ';' || c == '.' || c == '\t' || c == '\'' || c == '"'
          || c == '|' || c == ')' || c == '\u2019';
    }

    private boolean readCode() {
      return readBCode() || readSectionCode();
    }

    /** B1…B9, OCR variants, and an optional sub-letter. */
    private boolean readBCode() {
      int i = pos;
      char c = s.charAt(i);
      boolean ocrEight = false;
      if (c == '8') {
        ocrEight = true;
      } else if (c != 'B') {
        return false;
      }
      if (i + 1 >= end) {
        return false;
      }
      char d = s.charAt(i + 1);
      int digit;
      if (d >= '1' && d <= '9') {
        digit = d - '0';
      } else if (!ocrEight && (d == 'i' || d == 'l' || d == 'I' || d == '!')) {
        digit = 1;
      } else {
        return false;
      }
      int j = i + 2;
      if (j < end && s.charAt(j) == '1' && boundary(j + 1) && digit >= 1) {
        j++; // B11, B51, B61: the trailing 1 is an OCR'd bracket or rule
      }
      if (ocrEight && context != Context.STAMP) {
        return false;
      }
      String sub = "";
      int k = j;
      if (k < end && s.charAt(k) == ' ' && k + 1 < end && s.charAt(k + 1) == '(') {
        k++;
      }
      if (k + 2 < end && s.charAt(k) == '(' && s.charAt(k + 2) == ')' && Character.isLetter(s.charAt(k + 1))) {
        sub = "(" + Character.toUpperCase(s.charAt(k + 1)) + ")";
        j = k + 3;
      }
      if (!boundary(j) && !(j < end && s.charAt(j) == '(')) {
        return false;
      }
      String code = "B" + digit + sub;
      codes.add(code);
      real++;
      afterB3 = digit == 3;
      pos = j;
      if (pos < end && s.charAt(pos) == '.') {
        pos++;
      }
      return true;
    }

    /** 1.4(A)…1.4(H) and their OCR forms; a compound 1.4(B)(D) yields both. */
    private boolean readSectionCode() {
      int i = pos;
      char c = s.charAt(i);
      boolean separated = false;
      if (c == '1' || c == 'l' || c == 'I') {
        i++;
        if (i < end && (s.charAt(i) == '.' || s.charAt(i) == ' ' || s.charAt(i) == ',')) {
          i++;
          separated = true;
        }
      } else if (c == '.') {
        i++;
      }
      if (i >= end || s.charAt(i) != '4') {
        return false;
      }
      i++;
      if (i < end && s.charAt(i) == ' ') {
        i++;
      }
      int letters = 0;
      while (i < end && s.charAt(i) == '(') {
        int at = i + 1;
        if (at < end && s.charAt(at) == ' ') {
          at++; // "1.4( B)": OCR opened a space inside the bracket
        }
        if (at >= end) {
          break;
        }
        char letter = Character.toUpperCase(s.charAt(at));
        if (letter < 'A' || letter > 'H') {
          break;
        }
        codes.add("1.4(" + letter + ")");
        letters++;
        i = at + 1;
        if (i < end && s.charAt(i) == ')') {
          i++;
        }
      }
      if (letters == 0) {
        // "1.4" or "1.4(" with its letter lost: a code was printed, its value is unreadable
        if (c != '1' || !separated || !boundary(i) && !(i < end && s.charAt(i) == '(' && boundary(i + 1))) {
          return false;
        }
        if (i < end && s.charAt(i) == '(') {
          i++;
        }
        pos = i;
        afterB3 = false;
        return true;
      }
      if (i < end && s.charAt(i) == '1' && boundary(i + 1) && context == Context.MARGIN) {
        i++; // "1.4(B)1": the trailing 1 is an OCR'd rule, as in B11
      }
      if (!boundary(i)) {
        return false;
      }
      real += letters;
      afterB3 = false;
      pos = i;
      return true;
    }

    /** A statute named after B3 ({@code CIA PERS/ORG}), or one printed without its B3. */
    private boolean readStatute() {
      int i = pos;
      StringBuilder name = new StringBuilder();
      int words = 0;
      while (i < end) {
        int wordStart = i;
        while (i < end && isStatuteChar(s.charAt(i))) {
          i++;
        }
        if (i == wordStart) {
          break;
        }
        String word = s.subSequence(wordStart, i).toString();
        if (words > 0 && startsCode(wordStart)) {
          i = wordStart;
          break;
        }
        if (name.length() > 0) {
          name.append(' ');
        }
        name.append(word);
        words++;
        if (i < end && s.charAt(i) == ' ' && i + 1 < end && isStatuteChar(s.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (words == 0 || i < end && !boundary(i)) {
        return false;
      }
      String statute = canonicalStatute(name.toString());
      if (statute == null) {
        return false;
      }
      if (!afterB3) {
        codes.add("B3"); // a statute printed without its B3 still implies it
      }
      if (!statutes.contains(statute)) {
        statutes.add(statute);
      }
      real++;
      pos = i;
      afterB3 = true;
      return true;
    }

    private boolean startsCode(int at) {
      int saved = pos;
      Set<String> before = new LinkedHashSet<>(codes);
      int realBefore = real;
      boolean b3 = afterB3;
      pos = at;
      boolean code = readCode();
      pos = saved;
      codes.clear();
      codes.addAll(before);
      real = realBefore;
      afterB3 = b3;
      return code;
    }

    private String canonicalStatute(String printed) {
      String squeezed = printed.replace(" ", "");
      for (String known : KNOWN_STATUTES) {
        if (known.replace(" ", "").equals(squeezed)) {
          return known;
        }
      }
      int letters = 0;
      for (int i = 0; i < printed.length(); i++) {
        letters += Character.isLetter(printed.charAt(i)) ? 1 : 0;
      }
      if (letters < 2) {
        return null; // "2/15/12" is a date, not a statute
      }
      // without its B3, only a statute the releases are known to cite: office symbols (S/CRS,
      // G/TIP) print the same way
      boolean upper = printed.equals(printed.toUpperCase(Locale.ROOT));
      return upper && afterB3 && printed.length() >= 2 ? printed : null;
    }

    private static boolean isStatuteChar(char c) {
      return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/';
    }
  }
}
