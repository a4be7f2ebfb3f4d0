package org.readingroom.bench.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A paragraph's sentences in another order, wrapped again to the paragraph's width. A copy prints
 * a long paragraph so: exchanged alone, a document that is mostly one article would be a near
 * duplicate of the document the article came from; in another order, its five-word shingles across
 * sentence ends are new, and the reader still reads sentences of the corpus.
 */
final class SentenceShuffle {

  /** Sentences from which a paragraph is shuffled: fewer keep their order. */
  static final int MIN_SENTENCES = 3;

  /** A sentence ends at a full stop, question or exclamation mark (a closing quote after it), before a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"')\\]]?)\\s+(?=[\"'(]?[A-Z])");

  private SentenceShuffle() {}

  /** {@code paragraph} (lines joined by new lines) with its sentences in an order {@code seed} chooses; itself when it has too few. */
  static String shuffled(String paragraph, long seed) {
    List<String> sentences = new ArrayList<>(List.of(SENTENCE_END.split(paragraph.replace('\n', ' ').strip())));
    if (sentences.size() < MIN_SENTENCES) {
      return paragraph;
    }
    List<String> before = List.copyOf(sentences);
    Collections.shuffle(sentences, new Random(seed));
    if (sentences.equals(before)) {
      Collections.rotate(sentences, 1);
    }
    return wrapped(String.join(" ", sentences), width(paragraph));
  }

  private static int width(String paragraph) {
    int width = 0;
    for (String line : paragraph.split("\n")) {
      width = Math.max(width, line.length());
    }
    return Math.max(width, 20);
  }

  /** Words on lines of at most {@code width} characters (a longer word on a line of its own). */
  private static String wrapped(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int lineStart = 0;
    for (String word : text.split("\\s+")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }
}
