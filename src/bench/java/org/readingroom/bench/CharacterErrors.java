package org.readingroom.bench;

import org.readingroom.text.EditDistance;

/**
 * The character error rate of OCR: edits (insertions, deletions, substitutions) between the text
 * read and the true text, over the true text's length. White space is folded to single spaces
 * first, since layout, not recognition, decides it; pages (form-feed separated) are compared with
 * their pages, which keeps the work to a page's square.
 */
public final class CharacterErrors {

  private CharacterErrors() {}

  /** The rate: edits over characters of the truth. */
  public static double rate(String truth, String read) {
    Count c = count(truth, read);
    return c.characters() == 0 ? 0 : (double) c.edits() / c.characters();
  }

  /** Edits from the truth to what was read, and the truth's characters. */
  public record Count(long edits, long characters) {}

  /** The edits and characters, page by page. */
  public static Count count(String truth, String read) {
    String[] t = truth.split("\f", -1);
    String[] r = read.split("\f", -1);
    long edits = 0;
    long chars = 0;
    for (int i = 0; i < Math.max(t.length, r.length); i++) {
      String a = i < t.length ? folded(t[i]) : "";
      String b = i < r.length ? folded(r[i]) : "";
      edits += EditDistance.between(a, b);
      chars += a.length();
    }
    return new Count(edits, chars);
  }

  /** Text with every run of white space as one space, ends stripped. */
  public static String folded(String text) {
    return text.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
