package org.readingroom.index.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.readingroom.index.Snippet;

/** Formats the highlighter's passages as a {@link Snippet}: fragments, not markup. */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Snippet format(Passage[] passages, String content) {
    List<Snippet.Fragment> fragments = new ArrayList<>();
    for (int p = 0; p < passages.length; p++) {
      Passage passage = passages[p];
      if (p > 0) {
        fragments.add(new Snippet.Fragment(" … ", false));
      }
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i], pos);
        int end = passage.getMatchEnds()[i];
        if (end <= pos) {
          continue; // overlaps the match before it
        }
        add(fragments, content.substring(pos, start), false);
        add(fragments, content.substring(start, end), true);
        pos = end;
      }
      add(fragments, content.substring(pos, passage.getEndOffset()), false);
    }
    trimEnds(fragments);
    return new Snippet(fragments);
  }

  /** Adds text with its columns and line breaks read as single spaces. */
  private static void add(List<Snippet.Fragment> fragments, String text, boolean match) {
    String collapsed = collapseWhiteSpace(text);
    if (collapsed.isEmpty()) {
      return;
    }
    int n = fragments.size();
    if (match && n >= 2 && fragments.get(n - 2).match() && fragments.get(n - 1).text().isBlank()) {
      // the words of a phrase: one marked run, not one per word
      Snippet.Fragment gap = fragments.remove(n - 1);
      Snippet.Fragment before = fragments.remove(n - 2);
      collapsed = before.text() + gap.text() + collapsed;
    } else if (n > 0 && fragments.get(n - 1).match() == match) {
      Snippet.Fragment last = fragments.remove(n - 1);
      collapsed = last.text() + collapsed;
    }
    fragments.add(new Snippet.Fragment(collapsed, match));
  }

  /**
   * Each run of white space as one space: what {@code text.replaceAll("\\s+", " ")} gives (the six
   * characters of the regex class {@code \s}), without compiling a pattern for every fragment.
   */
  static String collapseWhiteSpace(String text) {
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!isWhiteSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isWhiteSpace(text.charAt(end))) {
        end++;
      }
      if (out == null && (c != ' ' || end > i + 1)) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (out != null) {
        out.append(' ');
      }
      i = end - 1;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void trimEnds(List<Snippet.Fragment> fragments) {
    if (fragments.isEmpty()) {
      return;
    }
    Snippet.Fragment first = fragments.get(0);
    fragments.set(0, new Snippet.Fragment(first.text().stripLeading(), first.match()));
    int last = fragments.size() - 1;
    Snippet.Fragment end = fragments.get(last);
    fragments.set(last, new Snippet.Fragment(end.text().stripTrailing(), end.match()));
    fragments.removeIf(f -> f.text().isEmpty());
  }
}
