package org.readingroom.text;

/**
 * The words of a text (runs of letters and digits), each folded as {@link OcrFolding} folds, handed
 * one at a time to a reader without a string made for each: a pass over a whole archive's text
 * reads tens of millions of words.
 */
public final class FoldedWords {
  private FoldedWords() {}

  /** Reads words; returns false to stop. {@code folded} is reused: copy what is kept. */
  @FunctionalInterface
  public interface Reader {
    boolean word(char[] folded, int length);
  }

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD[c] = true;
      ASCII_WORD[c - 32] = true;
    }
  }

  /** Reads the words of {@code text[start, end)}, in order, until the reader says stop. */
  public static void read(String text, int start, int end, Reader reader) {
    char[] chars = new char[end - start];
    text.getChars(start, end, chars, 0);
    char[] folded = new char[64];
    int wordStart = -1;
    for (int i = 0; i <= chars.length; i++) {
      boolean inWord = i < chars.length && isWordChar(chars[i]);
      if (inWord) {
        if (wordStart < 0) {
          wordStart = i;
        }
      } else if (wordStart >= 0) {
        if (folded.length < i - wordStart) {
          folded = new char[i - wordStart];
        }
        if (!reader.word(folded, OcrFolding.fold(chars, wordStart, i, folded))) {
          return;
        }
        wordStart = -1;
      }
    }
  }

  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }
}
