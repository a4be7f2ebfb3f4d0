package org.readingroom.index.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Breaks text at line ends. Release text is printed lines, not prose: a line or two around a match
 * is a readable passage, and finding line ends costs a fraction of the JDK's sentence rules.
 */
final class LineBreakIterator extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private String chars = "";
  private int begin;
  private int end;
  private int current;

  @Override
  public int first() {
    current = begin;
    return current;
  }

  @Override
  public int last() {
    current = end;
    return current;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
      result = n > 0 ? next() : previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (current >= end) {
      return DONE;
    }
    int nl = chars.indexOf('\n', current - begin);
    current = nl < 0 || nl + 1 + begin > end ? end : nl + 1 + begin;
    return current;
  }

  @Override
  public int previous() {
    if (current <= begin) {
      return DONE;
    }
    int from = current - begin - 2;
    int nl = from < 0 ? -1 : chars.lastIndexOf('\n', from);
    current = nl < 0 ? begin : nl + 1 + begin;
    return current;
  }

  @Override
  public int following(int offset) {
    current = Math.max(begin, Math.min(offset, end));
    if (current >= end) {
      return DONE;
    }
    return next();
  }

  @Override
  public int preceding(int offset) {
    current = Math.max(begin, Math.min(offset, end));
    return previous();
  }

  @Override
  public boolean isBoundary(int offset) {
    return offset == begin || offset == end || offset > begin && chars.charAt(offset - begin - 1) == '\n';
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  /** The highlighter hands over a string: kept as it is, no copy. */
  @Override
  public void setText(String newText) {
    text = new StringCharacterIterator(newText);
    chars = newText;
    begin = 0;
    end = newText.length();
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    begin = newText.getBeginIndex();
    end = newText.getEndIndex();
    StringBuilder sb = new StringBuilder(end - begin);
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    chars = sb.toString();
    current = begin;
  }
}
