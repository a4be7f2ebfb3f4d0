package org.readingroom.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readingroom.record.Redaction;

/**
 * Turns the margin codes found on rows into redaction markers, and adds a marker for every {@code
 * [REDACTED]} token. A margin stack is one marker: codes on consecutive lines, or with at most one
 * line without codes between them. Two lines without codes, a page break, or a code the group
 * already holds end a group.
 */
final class RedactionMarkers {

  private static final String TOKEN = "[REDACTED]";

  private RedactionMarkers() {}

  /** A marker and where it starts, for document order. */
  record Placed(int row, int column, Redaction redaction) {}

  static List<Redaction> collect(List<Row> rows) {
    List<Redaction> out = new ArrayList<>();
    for (Placed p : place(rows)) {
      out.add(p.redaction());
    }
    return out;
  }

  /** The markers in document order, with the row and column each is printed at. */
  static List<Placed> place(List<Row> rows) {
    List<Placed> placed = new ArrayList<>();
    groupMarginCodes(rows, placed);
    findTokens(rows, placed);
    placed.sort(Comparator.comparingInt(Placed::row).thenComparingInt(Placed::column));
    return placed;
  }

  private static void groupMarginCodes(List<Row> rows, List<Placed> placed) {
    Set<String> group = null;
    int groupRow = -1;
    int groupColumn = 0;
    int groupPage = 0;
    int codeless = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (group != null && (row.page != groupPage || codeless > 1)) {
        placed.add(new Placed(groupRow, groupColumn, new Redaction(new ArrayList<>(group), groupPage)));
        group = null;
      }
      if (row.marginCodes == null) {
        codeless++;
        continue;
      }
      boolean repeats = false;
      if (group != null) {
        for (String code : row.marginCodes) {
          repeats |= group.contains(code);
        }
      }
      if (group != null && repeats) {
        placed.add(new Placed(groupRow, groupColumn, new Redaction(new ArrayList<>(group), groupPage)));
        group = null;
      }
      if (group == null) {
        group = new LinkedHashSet<>();
        groupRow = i;
        groupColumn = row.marginColumn;
        groupPage = row.page;
      }
      group.addAll(row.marginCodes);
      codeless = 0;
    }
    if (group != null) {
      placed.add(new Placed(groupRow, groupColumn, new Redaction(new ArrayList<>(group), groupPage)));
    }
  }

  private static void findTokens(List<Row> rows, List<Placed> placed) {
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (!row.has(Row.BRACKET)) {
        continue;
      }
      int from = 0;
      while (true) {
        int at = Layout.indexOfIgnoreCase(row.work, TOKEN, from, row.work.length);
        if (at < 0) {
          break;
        }
        placed.add(new Placed(i, at, new Redaction(List.of(), row.page)));
        from = at + TOKEN.length();
      }
    }
  }
}
