package org.readingroom.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises the exemption codes printed in the margin beside a withheld passage: a line, or a
 * line's end after a wide gap, that holds only codes. OCR may also close the gap to a single space;
 * codes that far right ({@link #MARGIN_COLUMN}) are still the margin's. Records the codes on the row
 * and blanks them.
 */
final class MarginCodeRecognizer {

  /** From this column on, codes after a single space are in the margin, not in running text. */
  static final int MARGIN_COLUMN = 60;

  private MarginCodeRecognizer() {}

  static void recognise(List<Row> rows) {
    for (Row row : rows) {
      recognise(row);
    }
  }

  static void recognise(Row row) {
    if (!mayEndWithCode(row.work)) {
      return;
    }
    List<Layout.Segment> segments = Layout.segments(row.work);
    if (segments.isEmpty()) {
      return;
    }
    String line = new String(row.work);
    Set<String> codes = new LinkedHashSet<>();
    int from = -1;
    int real = 0;
    int k = segments.size() - 1;
    for (; k >= 0; k--) {
      Layout.Segment seg = segments.get(k);
      if (isDebris(line, seg)) {
        continue; // a stray quote or rule mark after the codes
      }
      ExemptionCodes.Reading r = ExemptionCodes.read(line, seg.start(), seg.end(), ExemptionCodes.Context.MARGIN);
      if (r == null) {
        break;
      }
      Set<String> merged = new LinkedHashSet<>(r.codes());
      merged.addAll(codes);
      codes = merged;
      real += r.real();
      from = seg.start();
    }
    if (k >= 0) {
      Layout.Segment seg = segments.get(k);
      int tail = codeTail(line, seg);
      if (tail >= 0) {
        ExemptionCodes.Reading r = ExemptionCodes.read(line, tail, seg.end(), ExemptionCodes.Context.MARGIN);
        Set<String> merged = new LinkedHashSet<>(r.codes());
        merged.addAll(codes);
        codes = merged;
        real += r.real();
        from = tail;
      }
    }
    if (from < 0 || real == 0 && (from < MARGIN_COLUMN || k >= 0)) {
      return;
    }
    row.marginCodes = new ArrayList<>(codes);
    row.marginColumn = from;
    row.blank(from, row.work.length);
  }

  private static boolean isDebris(String line, Layout.Segment seg) {
    if (seg.length() > 2) {
      return false;
    }
    for (int i = seg.start(); i < seg.end(); i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The start of the codes that end a segment of running text after a single space, at the margin
   * column or beyond ({@code ... on the margins of 1.4(D)}), or -1.
   */
  private static int codeTail(String line, Layout.Segment seg) {
    int best = -1;
    int words = 0;
    for (int i = seg.end() - 1; i > seg.start() && words < 6; i--) {
      if (line.charAt(i) != ' ' || line.charAt(i - 1) == ' ') {
        continue;
      }
      words++;
      int start = i + 1;
      while (start < seg.end() && line.charAt(start) == ' ') {
        start++;
      }
      if (start < MARGIN_COLUMN) {
        break;
      }
      ExemptionCodes.Reading r = ExemptionCodes.read(line, start, seg.end(), ExemptionCodes.Context.MARGIN);
      if (r != null && r.real() > 0 && r.statutes().isEmpty()) {
        best = start;
      }
    }
    return best;
  }

  /** Cheap test: the last printed character of a code list is a digit, a bracket, a letter i/l or a comma. */
  private static boolean mayEndWithCode(char[] w) {
    int i = w.length - 1;
    while (i >= 0 && (w[i] == ' ' || w[i] == '.' || w[i] == ',' || w[i] == '\'')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = w[i];
    char before = i > 0 ? w[i - 1] : ' ';
    if (c == 'i' || c == 'l' || c == 'I' || c == '!') {
      return before == 'B'; // Bi, Bl, BI: B1
    }
    if (c == 'A' || c == 'G') {
      return before >= 'A' && before <= 'Z'; // statutes: CIA, INA, PERS/ORG, DIA/NRO/NGA
    }
    return c >= '0' && c <= '9' || c == ')' || c == '(';
  }
}
