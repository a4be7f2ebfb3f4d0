package org.readingroom.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words placed on a page, laid out in columns. Units: a character is 6 wide, a line 12 high. */
class ColumnLayoutTest {

  /** A word of glyphs, each 6 wide, from x on the line whose top is y. */
  static List<PlacedWord> glyphs(String word, double x, double y) {
    List<PlacedWord> out = new ArrayList<>();
    for (int i = 0; i < word.length(); i++) {
      out.add(new PlacedWord(String.valueOf(word.charAt(i)), x + 6 * i, x + 6 * i + 6, y, y + 10, true));
    }
    return out;
  }

  static PlacedWord word(String word, double x, double y) {
    return new PlacedWord(word, x, x + 6 * word.length(), y, y + 10, false);
  }

  @Test
  void wordsOfASentenceAreOneSpaceApartAndAColumnGapStaysWide() {
    List<PlacedWord> page = new ArrayList<>();
    page.addAll(glyphs("From:", 0, 0));
    page.addAll(glyphs("Doe,", 120, 0)); // 20 characters in: a column
    page.addAll(glyphs("Jane", 147, 0)); // 3 units after "Doe,": a space
    page.add(word("B6", 420, 2)); // a margin code a little below the line's middle
    assertEquals("From:" + " ".repeat(15) + "Doe, Jane" + " ".repeat(70 - 29) + "B6\n", ColumnLayout.page(page));
  }

  @Test
  void gapsBetweenLinesBecomeBlankLinesAtTheLinePitch() {
    List<PlacedWord> page = new ArrayList<>();
    page.add(word("one", 0, 0));
    page.add(word("two", 0, 12));
    page.add(word("four", 0, 36));
    page.add(word("seven", 0, 72));
    assertEquals("one\ntwo\n\nfour\n\n\nseven\n", ColumnLayout.page(page));
  }

  @Test
  void spaceGlyphsSplitWordsAndOverprintedGlyphsCountOnce() {
    List<PlacedWord> page = new ArrayList<>(glyphs("ab", 0, 0));
    page.add(new PlacedWord(" ", 12, 13, 0, 10, true));
    page.addAll(glyphs("cd", 13, 0));
    page.addAll(glyphs("cd", 13.4, 0)); // bold by printing twice
    assertEquals("ab cd\n", ColumnLayout.page(page));
  }

  @Test
  void anEmptyPageIsEmpty() {
    assertEquals("", ColumnLayout.page(List.of()));
    assertEquals("", ColumnLayout.page(List.of(new PlacedWord(" ", 0, 5, 0, 10, true))));
  }

  @Test
  void tesseractTsvGivesWordsWithTheirLinesHeightAndStraightQuotes() {
    String tsv = String.join("\n",
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t",
        "4\t1\t1\t1\t1\t0\t100\t200\t900\t40\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t205\t150\t30\t96.5\tFrom:",
        "5\t1\t1\t1\t1\t2\t600\t200\t300\t40\t95.1\t\u2018Mills,\u2019",
        "5\t1\t1\t1\t1\t3\t950\t200\t10\t40\t12.0\t ",
        "5\t1\t1\t1\tbroken");
    List<PlacedWord> words = Tesseract.tsv(tsv);
    assertEquals(List.of(new PlacedWord("From:", 100, 250, 200, 240, false),
        new PlacedWord("'Mills,'", 600, 900, 200, 240, false)), words);
  }
}
