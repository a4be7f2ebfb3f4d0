package org.readingroom.parse;

import java.util.List;

/**
 * The readable text of a release: what is left of each line once banners, stamps, the
 * classification block and margin codes are blanked; each page's common indentation removed, runs
 * of blank lines shortened to one, pages separated by a blank line. Remembers where each row landed
 * in the text, so messages can point at their header and body.
 */
final class CleanText {
  final String text;
  /** Offset in {@link #text} where row i's content starts (for a row left out: where it would). */
  final int[] rowStart;
  /** Offset in {@link #text} just after row i's content. */
  final int[] rowEnd;
  /** The indentation removed from row i (its page's common indentation). */
  final int[] rowIndent;

  private CleanText(String text, int[] rowStart, int[] rowEnd, int[] rowIndent) {
    this.text = text;
    this.rowStart = rowStart;
    this.rowEnd = rowEnd;
    this.rowIndent = rowIndent;
  }

  /** Where column {@code column} of row {@code row} landed in the text. */
  int offsetOf(int row, int column) {
    int at = rowStart[row] + Math.max(0, column - rowIndent[row]);
    return Math.min(at, rowEnd[row]);
  }

  /**
   * Each thread's buffer, used again for every document it reads: a new one per document was the
   * largest array a parse allocated. One that grew past {@link #KEEP} chars for a
   * huge document is let go.
   */
  private static final ThreadLocal<Buffer> SCRATCH = ThreadLocal.withInitial(() -> new Buffer(1 << 16));

  private static final int KEEP = 1 << 22;

  static CleanText of(List<Row> rows) {
    Buffer out = SCRATCH.get();
    out.length = 0;
    try {
      return of(rows, out);
    } finally {
      if (out.chars.length > KEEP) {
        SCRATCH.remove();
      }
    }
  }

  private static CleanText of(List<Row> rows, Buffer out) {
    int[] starts = new int[rows.size() + 1];
    int[] ends = new int[rows.size() + 1];
    int[] indents = new int[rows.size() + 1];
    int i = 0;
    while (i < rows.size()) {
      int page = rows.get(i).page;
      int end = i;
      int indent = Integer.MAX_VALUE;
      while (end < rows.size() && rows.get(end).page == page) {
        Row row = rows.get(end);
        if (!row.banner) {
          int first = row.firstNonBlank();
          if (first >= 0) {
            indent = Math.min(indent, first);
          }
        }
        end++;
      }
      int pageIndent = indent == Integer.MAX_VALUE ? 0 : indent;
      java.util.Arrays.fill(indents, i, end, pageIndent);
      appendPage(out, rows, i, end, pageIndent, starts, ends);
      i = end;
    }
    starts[rows.size()] = out.length();
    ends[rows.size()] = out.length();
    return new CleanText(out.toString(), starts, ends, indents);
  }

  /** A growable char array: a StringBuilder holding non-Latin-1 text checks every char it appends. */
  private static final class Buffer {
    private char[] chars;
    private int length;

    Buffer(int capacity) {
      chars = new char[Math.max(16, capacity)];
    }

    int length() {
      return length;
    }

    void append(char c) {
      ensure(1);
      chars[length++] = c;
    }

    void append(String s) {
      ensure(s.length());
      s.getChars(0, s.length(), chars, length);
      length += s.length();
    }

    void append(char[] source, int from, int count) {
      ensure(count);
      System.arraycopy(source, from, chars, length, count);
      length += count;
    }

    private void ensure(int more) {
      if (length + more > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
      }
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  private static void appendPage(
      Buffer out, List<Row> rows, int from, int to, int indent, int[] starts, int[] ends) {
    boolean pendingBlank = out.length() > 0;
    for (int r = from; r < to; r++) {
      Row row = rows.get(r);
      int last = row.work.length;
      while (last > 0 && Layout.isSpace(row.work[last - 1])) {
        last--;
      }
      if (row.banner || last <= indent) {
        pendingBlank |= !row.banner && out.length() > 0;
        starts[r] = out.length();
        ends[r] = out.length();
        continue;
      }
      if (pendingBlank) {
        out.append("\n\n");
      } else if (out.length() > 0) {
        out.append('\n');
      }
      starts[r] = out.length();
      out.append(row.work, indent, last - indent);
      ends[r] = out.length();
      pendingBlank = false;
    }
  }
}
