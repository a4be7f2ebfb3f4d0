package org.readingroom.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.readingroom.serve.MessageCard.Piece;

/**
 * A message body reflowed for reading at any width. The release prints each body at the width of
 * the page it was printed on, and OCR keeps every one of those line ends; on a narrow screen they
 * read as ragged half-lines. This joins the lines that were broken inside a paragraph, so the
 * browser wraps the paragraph at the reader's width, and leaves every line end that means
 * something as printed: list items, header lines, tables and columns, quoted blocks, signatures,
 * centred titles and page marks (without the margin that centred them), rules. Runs of blank lines
 * become one; the redaction bars stay
 * where they stand, between the same words. Only white space changes: every other character, and
 * every bar, comes out in the order it went in.
 *
 * <p>A line is joined to the one before it when both are prose (the one before may be a list
 * item, whose hanging lines join it) and the next line's first word would not have fitted on the
 * line before within its paragraph's width: a line that ends well short of that width ended there
 * on purpose.
 */
final class BodyReflow {

  /** What a printed line is, as far as joining it goes. */
  enum LineKind { BLANK, BARS_ONLY, PROSE, LIST_ITEM, HEADER, QUOTED, TABLE, RULE, CENTRED, SIGNATURE }

  /** The narrowest paragraph width assumed: below it a line is short, not wrapped. */
  static final int MIN_WIDTH = 50;
  /**
   * A paragraph is taken to be at least this share of the body's widest line (counted up to
   * {@link #PAGE_WIDTH}): an address or a list of names, all of whose lines are short, is not a
   * paragraph wrapped at its widest line.
   */
  static final double BODY_SHARE = 0.6;
  /** The most characters a printed line of these releases holds; a longer one is a URL or a table. */
  static final int PAGE_WIDTH = 130;
  /** A line is full when it and the next line's first word reach this share of the width. */
  static final double FULL = 0.75;

  private static final String TOKEN = "[REDACTED]";
  private static final Pattern HEADER = Pattern.compile(
      "\\s*(?:(?:from|sent|to|cc|bcc|subject|date|attachments|importance)\\s*:.*"
          + "|-*\\s*(?:original|forwarded) message\\s*-*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST_ITEM = Pattern.compile(
      "\\s*(?:[•·▪◦●○■□‣⁃*o\\-–]\\s+\\S"
          + "|\\(?\\d{1,3}[.)]\\s+\\S|\\(\\d{1,3}\\)\\S?"
          + "|\\(?[a-z][.)]\\s+\\S|\\([A-Za-z]\\)\\s*\\S|[A-Z]\\)\\s+\\S"
          + "|\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s|$)).*");
  private static final Pattern QUOTED = Pattern.compile("\\s*>.*");
  private static final Pattern RULE = Pattern.compile("\\s*[-_=*~.]{2,}\\s*");
  private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("\\s*--\\s*");
  private static final Pattern SENT_FROM = Pattern.compile("\\s*sent (?:from|via|using) .*", Pattern.CASE_INSENSITIVE);
  private static final Pattern VALEDICTION = Pattern.compile(
      "\\s*(?:thanks|thank you|thx|best|best regards|regards|kind regards|warm regards|sincerely|respectfully"
          + "|cheers|warmly|love|all the best|yours|cordially|with (?:all )?(?:good|best|warm)(?: \\w+){0,5})[,.!]?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE_GAP = Pattern.compile("\\S(?: {3,}|\\t)\\S");

  private BodyReflow() {}

  /** The body's pieces reflowed for reading; the same pieces when there is nothing to join. */
  static List<Piece> reflow(List<Piece> pieces) {
    List<Line> lines = lines(pieces);
    classify(lines);
    int[] widths = paragraphWidths(lines);
    List<Piece> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int first = 0;
    while (first < lines.size() && lines.get(first).kind == LineKind.BLANK) {
      first++;
    }
    int last = lines.size() - 1;
    while (last >= first && lines.get(last).kind == LineKind.BLANK) {
      last--;
    }
    for (int i = first; i <= last; i++) {
      Line line = lines.get(i);
      if (line.kind == LineKind.BLANK && lines.get(i - 1).kind == LineKind.BLANK) {
        continue;
      }
      boolean continues = i > first && joins(lines.get(i - 1), line, widths[i - 1]);
      boolean tidy = line.kind == LineKind.PROSE || line.kind == LineKind.LIST_ITEM;
      // a centred title or page mark keeps its line, not the margin that centred it on the page
      boolean centred = line.kind == LineKind.CENTRED;
      if (i > first) {
        if (!continues) {
          text.append('\n');
        } else if (!endsWithCompoundHyphen(lines.get(i - 1)) || !startsLowercase(line)) {
          text.append(' ');
        }
      }
      boolean atStart = true;
      for (Piece p : line.pieces) {
        if (p.isBar()) {
          flush(text, out);
          out.add(p);
          atStart = false;
          continue;
        }
        String t = p.text();
        if (tidy) {
          // the indent of a list item shows its level; a paragraph's indent is the page's margin
          String rest = atStart ? t.stripLeading() : t;
          String indent = continues || line.kind == LineKind.PROSE ? "" : t.substring(0, t.length() - rest.length());
          t = indent + rest.replaceAll(" {2,}", " ");
        }
        if (centred && atStart) {
          t = t.stripLeading();
        }
        text.append(t);
        atStart = atStart && t.isBlank();
      }
      if (i < last) {
        stripTrailing(text);
      }
    }
    flush(text, out);
    return out;
  }

  /** A printed line: its pieces (text without line ends, and bars) and what it reads as. */
  static final class Line {
    final List<Piece> pieces = new ArrayList<>();
    /** The line as printed, for the recognisers: text, and each [REDACTED] token as printed. */
    final StringBuilder printed = new StringBuilder();
    boolean bars;
    LineKind kind;

    int width() {
      return printed.toString().stripTrailing().length();
    }

    String firstWord() {
      String s = printed.toString().strip();
      int space = s.indexOf(' ');
      return space < 0 ? s : s.substring(0, space);
    }
  }

  static List<Line> lines(List<Piece> pieces) {
    List<Line> lines = new ArrayList<>();
    Line line = new Line();
    lines.add(line);
    for (Piece p : pieces) {
      if (p.isBar()) {
        line.pieces.add(p);
        line.bars = true;
        if (p.bar().isToken()) {
          line.printed.append(TOKEN);
        }
        continue;
      }
      String t = p.text();
      int from = 0;
      for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', from)) {
        add(line, t.substring(from, nl));
        line = new Line();
        lines.add(line);
        from = nl + 1;
      }
      add(line, t.substring(from));
    }
    return lines;
  }

  private static void add(Line line, String text) {
    String t = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    if (!t.isEmpty()) {
      line.pieces.add(new Piece(t, null));
      line.printed.append(t);
    }
  }

  /** Each line's kind; a signature runs from its delimiter to the end, a valediction to the next blank line. */
  static void classify(List<Line> lines) {
    boolean signature = false;
    boolean closing = false;
    for (Line line : lines) {
      String s = line.printed.toString();
      if (s.isBlank()) {
        line.kind = line.bars ? LineKind.BARS_ONLY : LineKind.BLANK;
        closing = false;
        continue;
      }
      if (SIGNATURE_DELIMITER.matcher(s).matches()) {
        signature = true;
      }
      if (VALEDICTION.matcher(s).matches()) {
        closing = true;
      }
      line.kind = signature || closing || SENT_FROM.matcher(s).matches() ? LineKind.SIGNATURE : kindOf(s);
    }
  }

  static LineKind kindOf(String s) {
    if (RULE.matcher(s).matches()) {
      return LineKind.RULE;
    }
    if (HEADER.matcher(s).matches()) {
      return LineKind.HEADER;
    }
    if (QUOTED.matcher(s).matches()) {
      return LineKind.QUOTED;
    }
    // a list item before a table: OCR often spaces a bullet far from its text
    if (LIST_ITEM.matcher(s).matches()) {
      return LineKind.LIST_ITEM;
    }
    if (TABLE_GAP.matcher(s).find()) {
      return LineKind.TABLE;
    }
    int indent = s.length() - s.stripLeading().length();
    if (indent >= 15 && s.strip().length() <= 50) {
      return LineKind.CENTRED;
    }
    return LineKind.PROSE;
  }

  /**
   * The width of the paragraph each line stands in: its widest prose or list line, at least
   * {@link #MIN_WIDTH} and {@link #BODY_SHARE} of the body's widest.
   */
  static int[] paragraphWidths(List<Line> lines) {
    int bodyWidest = 0;
    for (Line line : lines) {
      if (flows(line)) {
        bodyWidest = Math.max(bodyWidest, Math.min(PAGE_WIDTH, line.width()));
      }
    }
    int least = Math.max(MIN_WIDTH, (int) Math.ceil(BODY_SHARE * bodyWidest));
    int[] widths = new int[lines.size()];
    int start = 0;
    while (start < lines.size()) {
      int end = start;
      int widest = least;
      while (end < lines.size() && flows(lines.get(end))) {
        widest = Math.max(widest, lines.get(end).width());
        end++;
      }
      for (int i = start; i < Math.max(end, start + 1); i++) {
        widths[i] = widest;
      }
      start = Math.max(end, start + 1);
    }
    return widths;
  }

  private static boolean flows(Line line) {
    return line.kind == LineKind.PROSE || line.kind == LineKind.LIST_ITEM;
  }

  /** Whether {@code next} continues the paragraph of {@code line}, which is {@code width} wide. */
  static boolean joins(Line line, Line next, int width) {
    if (!flows(line) || next.kind != LineKind.PROSE) {
      return false;
    }
    return line.width() + 1 + next.firstWord().length() >= FULL * width;
  }

  private static boolean endsWithCompoundHyphen(Line line) {
    String s = line.printed.toString().stripTrailing();
    return s.length() >= 2 && s.charAt(s.length() - 1) == '-' && Character.isLetter(s.charAt(s.length() - 2))
        && !line.pieces.get(line.pieces.size() - 1).isBar();
  }

  private static boolean startsLowercase(Line line) {
    String s = line.printed.toString().strip();
    return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }

  /** Drops the white space a line ends with (before its line end or the space that joins it). */
  private static void stripTrailing(StringBuilder text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    text.setLength(end);
  }

  private static void flush(StringBuilder text, List<Piece> out) {
    if (text.length() > 0) {
      out.add(new Piece(text.toString(), null));
      text.setLength(0);
    }
  }
}
