package org.readingroom.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lays out the words of one page as lines of text in character columns, the way {@code pdftotext
 * -layout} flattens a page and so the way the parser reads the corpus: words that follow each
 * other in a sentence are one space apart; a wide gap on the page (a header label and its value, a
 * margin exemption code at the right) stays three spaces or more, at the column the word's x
 * position gives; vertical gaps become blank lines.
 *
 * <p>A column is the page's average character width, so a line's columns are proportional to the
 * page's width whatever its fonts. Used for text layers and OCR alike.
 */
final class ColumnLayout {

  /** A gap of this many characters or more, between two words on a line, is a column gap. */
  static final double WIDE_GAP = 2.0;
  /** A column gap prints as at least this many spaces: the parser's {@code Layout.GAP}. */
  static final int MIN_WIDE_SPACES = 3;
  /** Glyphs closer than this fraction of their height belong to one word. */
  private static final double JOIN = 0.15;
  /** The same glyph again closer than this fraction of its height is printed over itself. */
  private static final double OVERPRINT = 0.1;
  /** Lines of text are at least this many text heights apart, and at most {@link #MAX_PITCH}. */
  private static final double MIN_PITCH = 0.8;
  private static final double MAX_PITCH = 2.0;
  /** At most this many blank lines stand for one vertical gap. */
  private static final int MAX_BLANK_LINES = 6;
  /** No line is laid out wider than this: a page holds a few hundred characters at most. */
  private static final int MAX_COLUMNS = 400;

  private ColumnLayout() {}

  /** One line's words, left to right. */
  private record Line(List<Word> words, double centre) {}

  /** A word laid out: its text and its box. */
  private static final class Word {
    final StringBuilder text = new StringBuilder();
    final double left;
    double right;
    final boolean glyph;

    Word(PlacedWord first) {
      text.append(first.text());
      left = first.left();
      right = first.right();
      glyph = first.glyph();
    }
  }

  /** The page's text: lines ending in a newline; empty for a page without words. */
  static String page(List<PlacedWord> placed) {
    List<PlacedWord> items = new ArrayList<>(placed.size());
    for (PlacedWord w : placed) {
      if (!w.text().isEmpty() && w.height() > 0) {
        items.add(w);
      }
    }
    if (items.isEmpty()) {
      return "";
    }
    double height = median(items.stream().filter(w -> !w.isSpace()).mapToDouble(PlacedWord::height).toArray());
    if (height == 0) {
      return "";
    }
    List<Line> lines = lines(items, height);
    double cell = cellWidth(lines);
    double pageLeft = lines.stream().mapToDouble(l -> l.words().get(0).left).min().orElse(0);
    double[] deltas = new double[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      deltas[i - 1] = lines.get(i).centre() - lines.get(i - 1).centre();
    }
    double pitch = pitch(deltas, height);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        long blanks = Math.round((lines.get(i).centre() - lines.get(i - 1).centre()) / pitch) - 1;
        for (long b = Math.min(Math.max(blanks, 0), MAX_BLANK_LINES); b > 0; b--) {
          out.append('\n');
        }
      }
      layOut(lines.get(i), cell, pageLeft, out);
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Groups words into lines, top to bottom: a word is on a line when its centre is within half a
   * text height of the line's, so a margin code printed a little above or below the line it stands
   * beside still belongs to it.
   */
  private static List<Line> lines(List<PlacedWord> items, double height) {
    List<PlacedWord> byCentre = new ArrayList<>(items);
    byCentre.sort(Comparator.comparingDouble(PlacedWord::centre).thenComparingDouble(PlacedWord::left));
    List<Line> lines = new ArrayList<>();
    List<PlacedWord> current = new ArrayList<>();
    double sum = 0;
    for (PlacedWord w : byCentre) {
      if (!current.isEmpty() && Math.abs(w.centre() - sum / current.size()) > height / 2) {
        addLine(lines, current, sum / current.size());
        current = new ArrayList<>();
        sum = 0;
      }
      current.add(w);
      sum += w.centre();
    }
    addLine(lines, current, sum / current.size());
    return lines;
  }

  /** Joins a line's glyphs into words, left to right; a line of white space only is dropped. */
  private static void addLine(List<Line> lines, List<PlacedWord> items, double centre) {
    items.sort(Comparator.comparingDouble(PlacedWord::left));
    List<Word> words = new ArrayList<>();
    Word word = null;
    PlacedWord last = null;
    boolean spaceBefore = false;
    for (PlacedWord w : items) {
      if (w.isSpace()) {
        spaceBefore = true;
        continue;
      }
      if (last != null && last.glyph() && w.glyph() && last.text().equals(w.text())
          && Math.abs(w.left() - last.left()) < OVERPRINT * w.height()) {
        continue; // the same glyph printed again a hair to the right: "bold" by overprinting
      }
      last = w;
      if (word != null && !spaceBefore && word.glyph && w.glyph() && w.left() - word.right < JOIN * w.height()) {
        word.text.append(w.text());
        word.right = Math.max(word.right, w.right());
      } else {
        word = new Word(w);
        words.add(word);
      }
      spaceBefore = false;
    }
    if (!words.isEmpty()) {
      lines.add(new Line(words, centre));
    }
  }

  /** The page's average character width: its words' widths over their lengths. */
  private static double cellWidth(List<Line> lines) {
    double width = 0;
    long chars = 0;
    for (Line line : lines) {
      for (Word w : line.words()) {
        width += w.right - w.left;
        chars += w.text.length();
      }
    }
    return width > 0 && chars > 0 ? width / chars : 1;
  }

  /**
   * The distance between two lines of text that follow each other. Most often it is the commonest
   * distance between lines, within what the text's height allows (single-spaced lines outnumber
   * the gaps); on a sparse page, whose lines are all two or three lines apart, it is the largest
   * distance, within that range, of which (nearly) every distance is a whole multiple.
   */
  static double pitch(double[] deltas, double height) {
    double[] sorted = deltas.clone();
    Arrays.sort(sorted);
    double best = 0;
    int bestCount = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] <= sorted[i] * 1.08) {
        j++;
      }
      double median = sorted[(i + j) / 2];
      if (j - i > bestCount && median >= MIN_PITCH * height && median <= MAX_PITCH * height) {
        best = median;
        bestCount = j - i;
      }
      i = j;
    }
    if (bestCount >= 2) {
      return best;
    }
    best = 0;
    for (double d : deltas) {
      for (int k = 1; k <= 6; k++) {
        double candidate = d / k;
        if (candidate > best && candidate >= MIN_PITCH * height && candidate <= MAX_PITCH * height
            && multiples(deltas, candidate) >= 0.8 * deltas.length) {
          best = candidate;
        }
      }
    }
    return best > 0 ? best : height * 1.2;
  }

  /** How many of the distances are a whole multiple of {@code pitch}, give or take a seventh. */
  private static int multiples(double[] deltas, double pitch) {
    int n = 0;
    for (double d : deltas) {
      double times = d / pitch;
      long whole = Math.round(times);
      if (whole >= 1 && Math.abs(times - whole) <= 0.15) {
        n++;
      }
    }
    return n;
  }

  private static void layOut(Line line, double cell, double pageLeft, StringBuilder out) {
    int end = 0; // the column after the last character written
    Word previous = null;
    int lineStart = out.length();
    for (Word w : line.words()) {
      int target = (int) Math.round((w.left - pageLeft) / cell);
      int column;
      if (previous == null) {
        column = target;
      } else if ((w.left - previous.right) / cell < WIDE_GAP) {
        column = end + 1;
      } else {
        column = Math.max(target, end + MIN_WIDE_SPACES);
      }
      column = Math.min(Math.max(column, 0), MAX_COLUMNS);
      if (previous != null && column <= end) {
        column = end + 1;
      }
      for (int i = end; i < column; i++) {
        out.append(' ');
      }
      appendClean(out, w.text);
      end = out.length() - lineStart;
      previous = w;
    }
  }

  /** Appends a word's text, with control characters (a font without a Unicode map) left out. */
  private static void appendClean(StringBuilder out, CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c != '\u007f' && !Character.isWhitespace(c) && c != '\u00a0') {
        out.append(c);
      }
    }
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
