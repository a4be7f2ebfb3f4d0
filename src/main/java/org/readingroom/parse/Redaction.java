package org.readingroom.parse;

import java.util.List;

/**
 * A place where the release withheld something: a margin group of exemption codes, or a
 * {@code [REDACTED]} token (which carries no codes).
 */
public record Redaction(List<String> codes, int page) {
  public Redaction {
    codes = List.copyOf(codes);
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page);
    }
  }
}
