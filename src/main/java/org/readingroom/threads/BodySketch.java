package org.readingroom.threads;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.readingroom.text.FoldedWords;
import org.readingroom.text.OcrFolding;

/**
 * What tells two printings of a message's body apart or together: the opening words of the body
 * (folded, see {@link OcrFolding}, so OCR confusions do not count), as hashed three-word shingles.
 * Only the opening counts, so a copy cut short at a page's end, or printed with the chain quoted
 * under it, still matches; two replies of one sender in one minute under one subject ("Pls print"
 * and "Fyi. Let's discuss") do not.
 */
final class BodySketch {

  /** Words of the body's opening that are read. */
  static final int OPENING = 60;
  /** Shingles in common, over the smaller sketch, from which two bodies are one. */
  static final double SAME = 0.5;

  /** The sorted distinct hashes of the opening's three-word shingles. */
  private final int[] shingles;
  /**
   * Opening words kept: all that a body too short to shingle has (under three shingles is four words
   * at most, unless one phrase repeats), and what a message's id takes from its first printing's body.
   */
  static final int KEPT = 8;
  /**
   * The first {@link #KEPT} opening words, joined by spaces (a word is letters and digits): one
   * short string a printing. Keeping the sixty words read, the thread finder held 473 MB after
   * reading ten times the corpus; keeping eight, with its other changes of that day, 413 MB.
   */
  private final String words;

  private BodySketch(int[] shingles, List<String> words) {
    this(shingles, String.join(" ", words.subList(0, Math.min(KEPT, words.size()))));
  }

  private BodySketch(int[] shingles, String words) {
    this.shingles = shingles;
    this.words = words;
  }

  /** The sketch whose {@link #hashes()} and {@link #opening()} these are, as a {@link Printings} file keeps it. */
  static BodySketch of(int[] shingles, String opening) {
    return new BodySketch(shingles, opening);
  }

  /** The sketch of the body printed at {@code text[start, end)}. */
  static BodySketch of(String text, int start, int end) {
    List<String> words = new ArrayList<>();
    FoldedWords.read(text, start, end, (folded, length) -> {
      words.add(new String(folded, 0, length));
      return words.size() < OPENING;
    });
    int n = Math.max(0, words.size() - 2);
    int[] shingles = new int[n];
    for (int i = 0; i < n; i++) {
      shingles[i] = (words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2)).hashCode();
    }
    return new BodySketch(Arrays.stream(shingles).sorted().distinct().toArray(), words);
  }

  /** Two sketches of one opening are equal: copies of a message share one ({@link Shared}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof BodySketch b && b.words.equals(words) && Arrays.equals(b.shingles, shingles);
  }

  @Override
  public int hashCode() {
    return 31 * words.hashCode() + Arrays.hashCode(shingles);
  }

  /** The opening words, folded: the first {@link #KEPT}. */
  List<String> words() {
    return words.isEmpty() ? List.of() : List.of(words.split(" "));
  }

  /** The opening words kept, joined by spaces. */
  String opening() {
    return words;
  }

  /** The shingles' sorted distinct hashes, not to be changed. */
  int[] hashes() {
    return shingles;
  }

  /** How many distinct three-word shingles the opening has: how much it can tell. */
  int shingles() {
    return shingles.length;
  }

  /** A body with no words: printed empty, or withheld. */
  boolean isEmpty() {
    return words.isEmpty();
  }

  /**
   * Whether the two are one body: most shingles of the shorter in the longer; where either has
   * fewer than three (a few words, or one phrase repeated), the shorter the start of the longer,
   * over the words kept.
   */
  boolean sameAs(BodySketch other) {
    if (isEmpty() || other.isEmpty()) {
      return isEmpty() && other.isEmpty();
    }
    if (shingles.length < 3 || other.shingles.length < 3) {
      List<String> mine = words();
      List<String> theirs = other.words();
      List<String> a = mine.size() <= theirs.size() ? mine : theirs;
      List<String> b = a == mine ? theirs : mine;
      return b.subList(0, a.size()).equals(a);
    }
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < shingles.length && j < other.shingles.length) {
      if (shingles[i] == other.shingles[j]) {
        common++;
        i++;
        j++;
      } else if (shingles[i] < other.shingles[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common >= SAME * Math.min(shingles.length, other.shingles.length);
  }
}
