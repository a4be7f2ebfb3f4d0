package org.readingroom.record;

import java.util.List;

/**
 * A place where the release withheld something: a margin group of exemption codes, or a
 * {@code [REDACTED]} token (which carries no codes).
 *
 * @param offset where the marker stands in the record's clean text: the end of the line a margin
 *     group is printed beside, or the start of a {@code [REDACTED]} token; -1 when not known
 */
public record Redaction(List<String> codes, int page, int offset) {
  public Redaction {
    codes = List.copyOf(codes);
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page);
    }
  }

  public Redaction(List<String> codes, int page) {
    this(codes, page, -1);
  }

  /** A {@code [REDACTED]} token, not a margin group. */
  public boolean isToken() {
    return codes.isEmpty();
  }
}
