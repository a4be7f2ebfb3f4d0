package org.readingroom.parse;

import java.util.ArrayList;
import java.util.List;

/** Builds rows for recogniser tests, and lays out two-column lines as a release prints them. */
final class Rows {
  private Rows() {}

  static List<Row> of(String... lines) {
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      rows.add(new Row(line, 1));
    }
    return rows;
  }

  /** {@code left}, then {@code right} starting at {@code column}. */
  static String pad(String left, String right, int column) {
    return left + " ".repeat(Math.max(1, column - left.length())) + right;
  }
}
