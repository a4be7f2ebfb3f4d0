package org.readingroom.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readingroom.record.Classification;

/**
 * Recognises the classification authority block, {@code Classified by DAS, A/GIS, DoS on
 * 01/29/2016 — Class: CONFIDENTIAL — Reason: 1.4(B), B1 — Declassify on: 01/01/2027}, also when the
 * flattened layout split it over lines in its own column and interleaved it with body, header or
 * stamp lines. Blanks what it consumed.
 */
final class ClassificationRecognizer {

  private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s?[/-]\\s?(\\d{1,2})\\s?[/-]\\s?(\\d{4})");
  private static final Pattern BY =
      Pattern.compile("Classified\\s+by\\s*:?\\s*(.*?)(?:\\s+on\\s*:?\\s*(\\d{1,2}\\s?[/-]\\s?\\d{1,2}\\s?[/-]\\s?\\d{4})|\\s*[—~–-]\\s+Class|$)");
  private static final Pattern LEVEL = Pattern.compile("Class\\s*:?\\s*(TOP\\s+SECRET|SECRET|CONFIDENTIAL|CONFIDENTLAL|C0NFIDENTIAL|SECRFT)");
  private static final Pattern REASON = Pattern.compile("Reasons?\\s*:?\\s*(.*?)(?:[—~–]|\\s-\\s|Declassif|$)");
  private static final Pattern DECLASSIFY = Pattern.compile("Declassify\\s*(?:on)?\\s*:?\\s*(\\d{1,2}\\s?[/-]\\s?\\d{1,2}\\s?[/-]\\s?\\d{4})");
  /** {@code on10/30/2015}: OCR lost the space after "on". */
  private static final Pattern ON_DATE = Pattern.compile("on\\s*:?\\s*\\d{1,2}\\s?[/-]");
  /**
   * The rest of the authority wrapped onto the next line with its date, {@code DoS on 09/30/2014 —
   * Class:} (short capitalised words: body text such as {@code See below on: 03/08/2026} is not it);
   * printed beside a header's {@code Sent:} line, left unread it would pass for the sent time.
   */
  private static final Pattern AUTHORITY_ON =
      Pattern.compile("(?:[A-Z][A-Za-z/]{0,5},?\\s+){1,3}on\\s*:?\\s*\\d{1,2}\\s?[/-]\\s?\\d{1,2}\\s?[/-]\\s?\\d{4}");
  /** How far a continuation line's piece may start from the block's column. */
  private static final int COLUMN_SLACK = 12;
  /** Lines below the first that may still hold pieces of the block. */
  private static final int REACH = 5;

  private ClassificationRecognizer() {}

  static Classification recognise(List<Row> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (!row.has(Row.CLASSIFIED)) {
        continue;
      }
      int at = Layout.indexOf(row.work, "Classified", 0, row.work.length);
      if (at < 0 || Layout.indexOf(row.work, "by", at, row.work.length) < 0) {
        continue;
      }
      String block = collect(rows, i, at);
      if (block != null) {
        return read(block);
      }
    }
    return null;
  }

  /** Gathers the block's pieces from its first line and the lines below, blanking them. */
  private static String collect(List<Row> rows, int first, int column) {
    Row row = rows.get(first);
    StringBuilder block = new StringBuilder();
    int end = row.work.length;
    List<Layout.Segment> segments = Layout.segments(row.work);
    for (Layout.Segment seg : segments) {
      if (seg.end() <= column) {
        continue;
      }
      if (seg.start() > column && !isPiece(new String(row.work, seg.start(), seg.length()))) {
        break;
      }
      block.append(new String(row.work, Math.max(column, seg.start()), seg.end() - Math.max(column, seg.start()))).append(' ');
      end = seg.end();
    }
    if (!block.toString().startsWith("Classified by") && !block.toString().startsWith("Classified  by")) {
      if (!block.toString().matches("(?s)Classified\\s+by.*")) {
        return null;
      }
    }
    row.blank(column, end);
    int lastColumn = column;
    int misses = 0;
    for (int k = first + 1; k < rows.size() && k <= first + REACH && !complete(block); k++) {
      Row next = rows.get(k);
      boolean found = false;
      for (Layout.Segment whole : Layout.segments(next.work)) {
        Layout.Segment seg = pieceStart(next.work, whole, column);
        String text = new String(next.work, seg.start(), seg.length());
        boolean near = Math.abs(seg.start() - column) <= COLUMN_SLACK
            || Math.abs(seg.start() - lastColumn) <= COLUMN_SLACK;
        if (near && isPiece(text)) {
          block.append(text).append(' ');
          next.blank(seg.start(), seg.end());
          lastColumn = seg.start();
          found = true;
          if (complete(block)) {
            break;
          }
        }
      }
      if (!found && !next.isBlank() && ++misses > 2) {
        break;
      }
    }
    return block.toString();
  }

  /**
   * Where a piece starts inside a segment that began further left: OCR may close the gap between
   * the body's column and the block's ({@code See below on: 03/08/2026}).
   */
  private static Layout.Segment pieceStart(char[] line, Layout.Segment seg, int column) {
    if (seg.start() >= column - 2 || seg.end() <= column) {
      return seg;
    }
    for (int i = Math.max(seg.start() + 1, column - COLUMN_SLACK); i <= column + COLUMN_SLACK && i < seg.end(); i++) {
      if (line[i - 1] == ' ' && line[i] != ' ' && isPiece(new String(line, i, seg.end() - i))) {
        return new Layout.Segment(i, seg.end());
      }
    }
    return seg;
  }

  private static boolean complete(CharSequence block) {
    return DECLASSIFY.matcher(block).find();
  }

  /** A piece of the block: a separator, one of its labels, its level, a date or reason codes. */
  private static boolean isPiece(String text) {
    String t = text.strip();
    while (!t.isEmpty() && "—~–-".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    if (t.isEmpty()) {
      return !text.isBlank();
    }
    return t.startsWith("Class") || t.startsWith("Reason") || t.startsWith("Declassif") || t.startsWith("on:")
        || t.startsWith("on ") || t.equals("on") || ON_DATE.matcher(t).lookingAt() || t.startsWith("CONFIDENTIAL")
        || t.startsWith("SECRET") || t.startsWith("TOP SECRET") || DATE.matcher(t).lookingAt()
        || AUTHORITY_ON.matcher(t).lookingAt() || startsWithCode(t);
  }

  private static boolean startsWithCode(String t) {
    int cut = t.indexOf('—');
    if (cut < 0) {
      cut = t.indexOf(" - ");
    }
    String head = cut > 0 ? t.substring(0, cut) : t;
    ExemptionCodes.Reading r = ExemptionCodes.read(head, ExemptionCodes.Context.STAMP);
    return r != null && r.real() > 0 && cut > 0;
  }

  static Classification read(String block) {
    String text = Layout.collapseSpaces(block);
    String by = null;
    String on = null;
    Matcher m = BY.matcher(text);
    if (m.find()) {
      by = trimSeparators(m.group(1));
      if (m.group(2) != null) {
        on = isoDate(m.group(2));
      }
      if (by != null && by.isEmpty()) {
        by = null;
      }
    }
    String level = null;
    m = LEVEL.matcher(text);
    if (m.find()) {
      level = normaliseLevel(m.group(1));
    }
    List<String> reasons = new ArrayList<>();
    m = REASON.matcher(text);
    if (m.find()) {
      ExemptionCodes.Reading r = ExemptionCodes.read(trimSeparators(m.group(1)), ExemptionCodes.Context.STAMP);
      if (r != null) {
        reasons.addAll(r.codes());
      }
    }
    String declassify = null;
    m = DECLASSIFY.matcher(text);
    if (m.find()) {
      declassify = isoDate(m.group(1));
    }
    return new Classification(level, by, on, reasons, declassify);
  }

  private static String normaliseLevel(String printed) {
    String p = printed.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (p.startsWith("TOP")) {
      return "TOP SECRET";
    }
    return p.startsWith("SECR") ? "SECRET" : "CONFIDENTIAL";
  }

  private static String trimSeparators(String s) {
    String t = s.strip();
    while (!t.isEmpty() && "—~–-,;".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private static String isoDate(String printed) {
    Matcher m = DATE.matcher(printed);
    return m.find() ? BannerRecognizer.isoDate(m.group(1), m.group(2), m.group(3)) : null;
  }
}
