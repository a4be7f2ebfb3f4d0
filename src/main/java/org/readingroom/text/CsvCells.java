package org.readingroom.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells of a CSV row (RFC 4180): quoted when they hold a comma, quote or line break; and a cell that
 * begins as a spreadsheet formula would ({@code =}, {@code +}, {@code -}, {@code @}) is prefixed
 * with an apostrophe, because document text is untrusted and a spreadsheet would run it.
 */
public final class CsvCells {
  private CsvCells() {}

  public static List<String> of(String... values) {
    List<String> out = new ArrayList<>(values.length);
    for (String v : values) {
      out.add(cell(v));
    }
    return out;
  }

  /** The cells of a row of values. */
  public static List<String> of(List<String> values) {
    return of(values.toArray(new String[0]));
  }

  public static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
