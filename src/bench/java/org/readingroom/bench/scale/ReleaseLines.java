package org.readingroom.bench.scale;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lines of a release document, each classified for the copier: the header lines that print
 * senders and recipients (and the lines that continue them), other labels, the page's furniture
 * (banners, stamps, margin codes, chain separators), and running text. Its running text alone is
 * what a copy may print in other words: labels, codes, banners, stamps and separators, and the
 * lines of a run that holds a label, a stamp or a block or sits inside a header block, stay, so the
 * copy parses into the same messages, redactions and pages as its original.
 */
final class ReleaseLines {

  enum Kind {
    BLANK,
    /** {@code From:}, {@code To:}, {@code Cc:}, {@code Bcc:}: names and addresses. */
    PARTIES,
    /** The lines a wrapped {@code To:} or {@code Cc:} runs on to. */
    PARTIES_CONTINUED,
    /** Any other label ({@code Sent:}, {@code Subject:}, a memo's {@code Note:}): up to three words, capitalised. */
    LABEL,
    /** Exemption codes in the margin, or a piece of one: the lines beside them stay as printed. */
    MARGIN,
    /** Banners, stamps, classification blocks, chain separators, page breaks. */
    FURNITURE,
    /** A short line in capitals: a heading ({@code SECURITY DEVELOPMENTS}), or a stamp's piece ({@code IN FULL}). */
    HEADING,
    TEXT
  }

  /**
   * A sender's or recipients' label; also {@code From} without its colon before a {@code [mailto:} as
   * OCR prints it ({@code From Valmoro, Lona 3 {mailto:...}), which the parser reads as a header.
   */
  private static final Pattern PARTY_LABEL = Pattern.compile("\\s*(?:From|Front|Frorn|Fron|To|Cc|CC|cc|Bcc|BCC)\\s*:");
  private static final Pattern COLONLESS_FROM = Pattern.compile("\\s*From[.,;]?\\s+[^:]*?\\s\\S?(?:m|rn)a[il1I|!]{2}to\\b");
  private static final Pattern LABEL = Pattern.compile("\\s*[A-Z][A-Za-z.'/-]*(?: [A-Za-z.'/-]+){0,2}\\s*:(?:\\s|$)");
  /** The labels of a header block besides the senders' and recipients'. */
  private static final Pattern HEADER_LABEL = Pattern.compile("(?i)\\s*(?:Sent|Date|Subject|Attachments?|Importance"
      + "|Sensitivity|Priority|Categories|Tags|Classification)\\s*:");
  /** What banners, stamps, classification blocks and chain separators print. */
  private static final String[] FURNITURE = {"UNCLASSIFIED", "Department of State", "Case No", "Doc No", "RELEASE",
      "Classified by", "Declassify", "CONFIDENTIAL", "SECRET", "PRODUCED TO HOUSE", "FOIA WAIVER", "STATE-",
      "PERS/ORG", "NATSECACT", "DIA/NRO", "-----", "_____", "1.4", ".4("};
  /** The same, in lower case, looked for in the line's lower case. */
  private static final String[] FURNITURE_ANY_CASE = {"original message", "forwarded", "wrote:", "redacted"};
  /** A margin code as the last word of a line: {@code B6}, {@code B7(C)}, {@code 1.4(D)}, OCR's {@code 86}. */
  private static final String ONE_CODE = "(?:[B8][1-9IiLl](?:\\(\\w\\))?|\\(\\w\\)|1\\.4\\S*|\\(b\\)\\S*|B\\(\\d\\)\\S*)";
  private static final Pattern CODE = Pattern.compile(ONE_CODE + "(?:,\\s*" + ONE_CODE + ")*[,.;]?");
  /** Blank lines a header block may hold between two of its labels (as the parser allows). */
  private static final int BLANKS_IN_HEADER = 2;
  private static final int MAX_CONTINUED = 6;

  private final String[] lines;
  private final Kind[] kinds;
  /** How much of each line, from its start, is running text: its whole length, or up to a margin code, or 0. */
  private final int[] running;

  private ReleaseLines(String text) {
    lines = text.split("\n", -1);
    kinds = new Kind[lines.length];
    for (int i = 0; i < lines.length; i++) {
      kinds[i] = kindOf(lines[i]);
    }
    markContinuations();
    running = new int[lines.length];
    markRunningText();
  }

  static ReleaseLines of(String text) {
    return new ReleaseLines(text);
  }

  String line(int i) {
    return lines[i];
  }

  Kind kind(int i) {
    return kinds[i];
  }

  int size() {
    return lines.length;
  }

  /** How much of line {@code i}, from its start, is running text whose words a copy may exchange (0: none). */
  int runningText(int i) {
    return running[i];
  }

  /** Where a {@code From:}/{@code To:} line's value starts (after its colon); 0 for a continuation. */
  int valueStart(int i) {
    if (kinds[i] != Kind.PARTIES) {
      return 0;
    }
    String line = lines[i];
    int colon = line.indexOf(':');
    int from = line.indexOf("From");
    boolean colonless = from >= 0 && (colon < 0 || from < colon)
        && COLONLESS_FROM.matcher(line).region(from, line.length()).lookingAt();
    return colonless ? from + 4 : colon + 1; // "From Valmoro, Lona 3 {mailto:": the names begin after From
  }

  private static Kind kindOf(String line) {
    if (line.indexOf('\f') >= 0) {
      return Kind.FURNITURE; // a page break
    }
    if (line.isBlank()) {
      return Kind.BLANK;
    }
    line = unquoted(line);
    if (PARTY_LABEL.matcher(line).lookingAt() || COLONLESS_FROM.matcher(line).lookingAt()) {
      return Kind.PARTIES;
    }
    if (LABEL.matcher(line).lookingAt()) {
      return Kind.LABEL;
    }
    if (isFurniture(line)) {
      return Kind.FURNITURE;
    }
    String stripped = line.strip();
    if (CODE.matcher(lastWord(line)).matches()
        || stripped.length() <= 12 && stripped.chars().anyMatch(Character::isDigit)) {
      return Kind.MARGIN; // a code, or a very short line with a digit: a code OCR broke, a page's number
    }
    return isCapitals(stripped) ? Kind.HEADING : Kind.TEXT;
  }

  /** The line without the {@code >} marks a reply puts before quoted lines: {@code >From:} is a label. */
  private static String unquoted(String line) {
    int i = 0;
    boolean quoted = false;
    while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      quoted |= line.charAt(i++) == '>';
    }
    return quoted ? line.substring(i) : line;
  }

  private static boolean isFurniture(String line) {
    for (String f : FURNITURE) {
      if (line.contains(f)) {
        return true;
      }
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String f : FURNITURE_ANY_CASE) {
      if (lower.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** A short line in capitals ({@code IN FULL}, {@code SECURITY DEVELOPMENTS}): a stamp's piece, a heading. */
  private static boolean isCapitals(String s) {
    int words = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      words += Character.isWhitespace(c) && !Character.isWhitespace(s.charAt(i - 1)) ? 1 : 0;
    }
    return words <= 3;
  }

  /** The line's last word, punctuation after it left out ({@code B6 ,} ends in {@code B6}). */
  private static String lastWord(String line) {
    int end = lastWordEnd(line);
    return line.substring(lastWordStart(line, end), end);
  }

  /** Where the line's last word ends, white space and punctuation after it left out. */
  private static int lastWordEnd(String line) {
    int end = line.length();
    while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || ",.;:".indexOf(line.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  /** Where the word ending at {@code end} starts. */
  private static int lastWordStart(String line, int end) {
    int start = end;
    while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private void markContinuations() {
    for (int i = 0; i < lines.length; i++) {
      if (kinds[i] != Kind.PARTIES) {
        continue;
      }
      for (int j = i + 1; j < lines.length && j <= i + MAX_CONTINUED; j++) {
        if (kinds[j] == Kind.BLANK || kinds[j] == Kind.PARTIES || kinds[j] == Kind.LABEL) {
          break;
        }
        kinds[j] = Kind.PARTIES_CONTINUED;
      }
    }
  }

  /**
   * Marks the running text of each line. A run of lines between blank lines is running text when it
   * holds text and nothing a copy must print as it is: its text lines whole, and the text of a line
   * before a margin code, in a run that may also hold headings, page banners and margin codes (a
   * page's banner or a code printed beside the text, where another printing of the message has
   * none, does not keep the text beside it as printed). A run with a label or a sender's or
   * recipients' line, a stamp, a classification block or a separator, or inside a header block,
   * stays as printed: its lines may be a header's values or a block the parser reads.
   */
  private void markRunningText() {
    int i = 0;
    while (i < lines.length) {
      if (kinds[i] == Kind.BLANK) {
        i++;
        continue;
      }
      int end = i;
      boolean fit = true;
      while (end < lines.length && kinds[end] != Kind.BLANK) {
        fit &= mayBeside(end);
        end++;
      }
      if (fit && !insideHeader(i, end)) {
        for (int k = i; k < end; k++) {
          running[k] = kinds[k] == Kind.TEXT ? lines[k].length() : Math.max(0, beforeCode(k));
        }
      }
      i = end;
    }
  }

  /** Whether line {@code i} may stand in a run of running text. */
  private boolean mayBeside(int i) {
    return switch (kinds[i]) {
      case TEXT, HEADING, MARGIN -> true;
      case FURNITURE -> isBanner(lines[i]) || beforeCode(i) >= 0;
      default -> false;
    };
  }

  /** A page's banner or its break: it prints nothing of the message. */
  private static boolean isBanner(String line) {
    return line.indexOf('\f') >= 0 || line.contains("Doc No") || line.contains("Case No");
  }

  /**
   * Where the margin code that ends line {@code i} starts, when the text before it is running text
   * (no banner, stamp or block) or nothing; -1 otherwise.
   */
  private int beforeCode(int i) {
    String line = lines[i];
    int end = lastWordEnd(line);
    int start = lastWordStart(line, end);
    if (!CODE.matcher(line.substring(start, end)).matches()) {
      return -1;
    }
    String before = line.substring(0, start);
    return before.isBlank() ? 0 : isFurniture(before) ? -1 : start;
  }

  /**
   * Whether lines {@code [first, end)} belong to a header block: a label's value printed a line or
   * two below an empty header label ({@code Subject:}, not a greeting's {@code Cheryl:} or {@code To
   * all:}), or lines between two labels of one block (a flattened layout).
   */
  private boolean insideHeader(int first, int end) {
    int above = nonBlank(first - 1, -1);
    if (above < 0 || !isHeader(above)) {
      return false;
    }
    String line = lines[above];
    if (kinds[above] != Kind.PARTIES_CONTINUED && line.substring(line.indexOf(':') + 1).isBlank()
        && (kinds[above] == Kind.PARTIES || HEADER_LABEL.matcher(line).lookingAt())) {
      return true;
    }
    int below = nonBlank(end, 1);
    return below >= 0 && (kinds[below] == Kind.PARTIES || kinds[below] == Kind.LABEL);
  }

  private boolean isHeader(int i) {
    return kinds[i] == Kind.PARTIES || kinds[i] == Kind.PARTIES_CONTINUED || kinds[i] == Kind.LABEL;
  }

  /** The first line from {@code from} in direction {@code step} that is not blank, within the blanks a header holds. */
  private int nonBlank(int from, int step) {
    for (int i = from, blanks = 0; i >= 0 && i < lines.length; i += step) {
      if (kinds[i] != Kind.BLANK) {
        return i;
      }
      if (++blanks > BLANKS_IN_HEADER) {
        return -1;
      }
    }
    return -1;
  }
}
