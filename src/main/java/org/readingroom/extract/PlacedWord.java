package org.readingroom.extract;

/**
 * A word, or one glyph of a word, where a page prints it. Coordinates are the page's own units
 * (points for a PDF's text layer, pixels for OCR), y growing downward.
 *
 * @param glyph a piece of a word (one glyph of a text layer) that joins the piece after it when
 *     they touch; false for a whole word (OCR), which always stands alone
 */
public record PlacedWord(String text, double left, double right, double top, double bottom, boolean glyph) {
  public PlacedWord {
    if (text == null || !(right >= left) || !(bottom >= top)) {
      throw new IllegalArgumentException("a word needs text and a box: " + text + " " + left + ".." + right
          + ", " + top + ".." + bottom);
    }
  }

  double height() {
    return bottom - top;
  }

  double centre() {
    return (top + bottom) / 2;
  }

  /** White space only: a separator between words, not a word. */
  boolean isSpace() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }
}
