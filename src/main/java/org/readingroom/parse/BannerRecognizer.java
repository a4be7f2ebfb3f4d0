package org.readingroom.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the page banners a release prints at the top and foot of every page, {@code
 * UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05787433 Date: 01/29/2016},
 * also when OCR damaged or split it, and the House Select Committee's multi-line variant ({@code
 * Case No.} / {@code Doc No.} / {@code Date:} on lines of their own, with its production legend and
 * Bates number). It blanks the banner text and reads the document's number, case and release date.
 */
final class BannerRecognizer {

  /** What the banners of a document say; each part from the first banner that prints it cleanly. */
  record Reading(String docId, String caseNumber, String releaseDate) {}

  private static final Pattern CASE = Pattern.compile("Case\\s*No\\b\\.?\\s*:?\\s*(\\S*)");
  private static final Pattern DOC = Pattern.compile("Doc\\s*No\\b\\.?\\s*:?\\s*([A-Z0-9]{0,3}\\d[\\dO]{5,8})");
  private static final Pattern DATE = Pattern.compile("Date\\s*:?\\s*(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4})");
  private static final Pattern DEPARTMENT = Pattern.compile("(UNCLASSIFIED\\s*)?U\\.?\\s?S\\.?\\s+Department(\\s+[Oo]f\\s+State)?");
  private static final Pattern LEGEND = Pattern.compile(
      "STATE DEPT\\. - PRODUCED TO HOUSE SELECT BENGHAZI COMM\\.?"
          + "|SUBJECT TO AGREEMENT ON SENSITIVE INFORMATION & REDACTIONS\\. NO FOIA WAIVER\\.?"
          + "|STATE-[0-9A-Z]{6,12}\\b");
  private static final Pattern CLEAN_CASE = Pattern.compile("[A-Z]-\\d{4}-\\d{5}");
  private static final Pattern CLEAN_DOC = Pattern.compile("C\\d{8}");
  private static final Pattern LONE_UNCLASSIFIED = Pattern.compile("\\s*UNCLASSIFIED\\s*");
  private static final Pattern LONE_DEPARTMENT = Pattern.compile("\\s*U\\.?\\s?S\\.?\\s+Department\\s+of\\s+State\\s*");
  private static final Pattern LONE_DATE = Pattern.compile("\\s*Date:\\s*\\d{1,2}/\\d{1,2}/\\d{4}");

  private static final String STANDARD_HEAD = "UNCLASSIFIED U.S. Department of State Case No. ";
  private static final char[] STANDARD_HEAD_CHARS = STANDARD_HEAD.toCharArray();
  /** {@code UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05787433 Date: 01/29/2016}. */
  private static final int STANDARD_LENGTH = STANDARD_HEAD.length() + 12 + 9 + 9 + 7 + 10;

  private BannerRecognizer() {}

  /** Where a banner printed exactly in the standard layout starts in {@code w}, or -1. */
  private static int standardAt(char[] w) {
    int at = Layout.indexOf(w, STANDARD_HEAD_CHARS, 0, w.length);
    if (at < 0 || w.length < at + STANDARD_LENGTH) {
      return -1;
    }
    int c = at + STANDARD_HEAD.length();
    if (!startsWith(w, " Doc No. ", c + 12) || !startsWith(w, " Date: ", c + 30)
        || !Character.isUpperCase(w[c]) || w[c + 1] != '-' || !isDigits(w, c + 2, 4) || w[c + 6] != '-'
        || !isDigits(w, c + 7, 5) || w[c + 21] != 'C' || !isDigits(w, c + 22, 8)) {
      return -1;
    }
    int d = c + 37;
    if (!isDigits(w, d, 2) || w[d + 2] != '/' || !isDigits(w, d + 3, 2) || w[d + 5] != '/' || !isDigits(w, d + 6, 4)
        || d + 10 < w.length && Character.isDigit(w[d + 10])) {
      return -1;
    }
    int month = Character.digit(w[d], 10) * 10 + Character.digit(w[d + 1], 10);
    int day = Character.digit(w[d + 3], 10) * 10 + Character.digit(w[d + 4], 10);
    return month < 1 || month > 12 || day < 1 || day > 31 ? -1 : at;
  }

  /** What the standard banner that {@link #standardAt} found at {@code at} says. */
  private static Reading standard(char[] w, int at) {
    int c = at + STANDARD_HEAD.length();
    int d = c + 37;
    return new Reading(new String(w, c + 21, 9), new String(w, c, 12),
        isoDate(new String(w, d, 2), new String(w, d + 3, 2), new String(w, d + 6, 4)));
  }

  private static boolean startsWith(char[] w, String prefix, int at) {
    if (at + prefix.length() > w.length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (w[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(char[] w, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (!Character.isDigit(w[i])) {
        return false;
      }
    }
    return true;
  }

  static Reading recognise(List<Row> rows) {
    String docId = null;
    String caseNumber = null;
    String releaseDate = null;
    String anyDoc = null;
    String anyCase = null;
    for (Row row : rows) {
      if (!row.has(Row.BANNER)) {
        continue;
      }
      int at = standardAt(row.work);
      if (at >= 0) {
        // the banner as the State Department prints it, read without patterns: most banners are;
        // the document's first one is read into strings, the others (two a page) only checked
        if (caseNumber == null || docId == null || releaseDate == null) {
          Reading standard = standard(row.work, at);
          caseNumber = caseNumber == null ? standard.caseNumber() : caseNumber;
          docId = docId == null ? standard.docId() : docId;
          releaseDate = releaseDate == null ? standard.releaseDate() : releaseDate;
        }
        row.blank(at, at + STANDARD_LENGTH);
        row.banner = true;
        row.bannerDocNumber = true;
        continue;
      }
      String line = row.workString();
      int start = Integer.MAX_VALUE;
      int end = -1;
      Matcher m = CASE.matcher(line);
      if (m.find()) {
        start = Math.min(start, m.start());
        end = Math.max(end, m.end());
        String printed = m.group(1);
        if (CLEAN_CASE.matcher(printed).matches()) {
          caseNumber = caseNumber == null ? printed : caseNumber;
        } else if (anyCase == null) {
          anyCase = repairCase(printed);
        }
      }
      m = DOC.matcher(line);
      if (m.find()) {
        start = Math.min(start, m.start());
        end = Math.max(end, m.end());
        String printed = m.group(1);
        if (CLEAN_DOC.matcher(printed).matches()) {
          docId = docId == null ? printed : docId;
        } else if (anyDoc == null) {
          anyDoc = repairDoc(printed);
        }
      }
      if (end >= 0) {
        m = DEPARTMENT.matcher(line);
        if (m.find() && m.start() < start) {
          start = m.start();
        }
        m = DATE.matcher(line);
        if (m.find(end)) {
          end = Math.max(end, m.end());
          if (releaseDate == null) {
            releaseDate = isoDate(m.group(1), m.group(2), m.group(3));
          }
        }
        int lastUnclassified = line.lastIndexOf("UNCLASSIFIED", start);
        if (lastUnclassified >= 0 && lastUnclassified < start) {
          start = lastUnclassified;
        }
        row.blank(start, end);
        row.banner = true;
        row.bannerDocNumber = line.indexOf("Doc No") >= 0;
      }
      if (line.indexOf("STATE") >= 0) {
        m = LEGEND.matcher(line);
        while (m.find()) {
          row.blank(m.start(), m.end());
          row.banner = true;
        }
      }
    }
    markBannerNeighbours(rows);
    if (releaseDate == null) {
      releaseDate = dateOfBannerRows(rows);
    }
    return new Reading(
        docId != null ? docId : anyDoc, caseNumber != null ? caseNumber : anyCase, releaseDate);
  }

  /**
   * The multi-line banner spreads {@code UNCLASSIFIED}, {@code U.S. Department of State} and {@code
   * Date: 05/13/2015} over lines beside the case and document numbers.
   */
  private static void markBannerNeighbours(List<Row> rows) {
    List<Integer> banners = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).banner) {
        banners.add(i);
      }
    }
    for (int b : banners) {
      for (int i = Math.max(0, b - 2); i <= Math.min(rows.size() - 1, b + 2); i++) {
        Row row = rows.get(i);
        if (!row.banner && row.page == rows.get(b).page) {
          markLone(row);
        }
      }
    }
  }

  private static void markLone(Row row) {
    int first = row.firstNonBlank();
    if (first < 0 || row.work[first] != 'U' && row.work[first] != 'D') {
      return; // UNCLASSIFIED, U.S. Department of State, Date:
    }
    String line = row.workString();
    for (Pattern lone : List.of(LONE_UNCLASSIFIED, LONE_DEPARTMENT, LONE_DATE)) {
      Matcher m = lone.matcher(line);
      if (m.lookingAt()) {
        row.blank(m.start(), m.end());
        row.banner = true;
        return;
      }
    }
  }

  private static String dateOfBannerRows(List<Row> rows) {
    for (Row row : rows) {
      if (row.banner) {
        Matcher m = DATE.matcher(row.raw());
        if (m.find()) {
          return isoDate(m.group(1), m.group(2), m.group(3));
        }
      }
    }
    return null;
  }

  static String isoDate(String month, String day, String year) {
    int mm = Integer.parseInt(month);
    int dd = Integer.parseInt(day);
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) {
      return null;
    }
    try {
      java.time.LocalDate.of(Integer.parseInt(year), mm, dd); // a day the month has: 02/31 is no date
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
    return year + "-" + (mm < 10 ? "0" : "") + mm + "-" + (dd < 10 ? "0" : "") + dd;
  }

  private static String repairDoc(String printed) {
    String digits = printed.replace('O', '0');
    if (digits.length() == 9 && (digits.charAt(0) == 'C' || digits.charAt(0) == '0')) {
      digits = "C" + digits.substring(1);
    } else if (digits.length() == 8) {
      digits = "C" + digits;
    }
    return CLEAN_DOC.matcher(digits).matches() ? digits : null;
  }

  private static String repairCase(String printed) {
    Matcher m = Pattern.compile("(\\d{4})-(\\d{5})").matcher(printed);
    return m.find() ? "F-" + m.group(1) + "-" + m.group(2) : null;
  }
}
