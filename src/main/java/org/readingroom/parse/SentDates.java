package org.readingroom.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.readingroom.text.EditDistance;

/**
 * Reads the date and time of a {@code Sent:} or {@code Date:} header as printed in the many forms
 * mail clients and OCR produce ({@code Sunday, January 1, 2012 11:47 AM}, {@code Wed Nov 25
 * 15:46:49 2009}, {@code Fri, 13 Aug 2010 12:42:30 -0400}, {@code 03/08/2011 08:31 AM EST}, {@code
 * August 23, 201112:52 PM}) into ISO local time to the minute, or a date alone when the time is
 * incomplete. Time zones are dropped. A month OCR made unreadable is recovered from the weekday
 * when only one month fits.
 */
final class SentDates {

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };
  private static final String[] DAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };

  private SentDates() {}

  /** The ISO form of a printed date, or null when no date can be read. */
  static String parse(String printed) {
    return printed == null ? null : read(printed).iso();
  }

  /** What a printed date gives, also when it gives too little for a date (a year OCR destroyed). */
  static Reading read(String printed) {
    return new Reader(printed).read();
  }

  /**
   * The parts of a printed date, each -1 when not printed or not readable.
   *
   * @param months the months the printed month may be (bit m for month m): one bit when it was read,
   *     several when OCR damaged it, 0 when none was printed
   * @param yearSure the year was printed in full (four digits, or four characters OCR made of digits),
   *     not guessed from two digits or a number that may be something else
   * @param clean no part of the date was read through OCR damage (letters for digits, {@code ZUU9},
   *     {@code June OS}; a month one edit from its name; a month only the weekday decided)
   */
  record Reading(
      int year, int month, int months, int day, int weekday, int hour, int minute, boolean yearSure, boolean clean) {

    static final Reading NONE = new Reading(-1, -1, 0, -1, -1, -1, -1, false, false);

    /** The date (and time) in ISO form, or null when the reading gives no whole date. */
    String iso() {
      if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        return null;
      }
      String date = year + "-" + two(month) + "-" + two(day);
      return hasTime() ? date + "T" + two(hour) + ":" + two(minute) : date;
    }

    boolean hasTime() {
      return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
    }

    /** Whether the printed weekday (if any) is the weekday of {@code date}. */
    boolean weekdayFits(LocalDate date) {
      return weekday < 0 || date.getDayOfWeek() == DayOfWeek.of(weekday);
    }

    /** The same reading on another day, its time kept. */
    String isoOn(LocalDate date) {
      return hasTime() ? date + "T" + two(hour) + ":" + two(minute) : date.toString();
    }
  }

  private static final class Reader {
    private final String s;
    private int year = -1;
    private int month = -1;
    private int day = -1;
    private int weekday = -1;
    private int hour = -1;
    private int hourDigits;
    /** The hour is a lone number read as an hour whose minutes were lost; a whole time read later replaces it. */
    private boolean loneHour;
    private int minute = -1;
    private boolean pm;
    private boolean am;
    /** Months a damaged month word may be (bit m for month m), decided by the weekday. */
    private int monthCandidates;
    private int twoDigitYear = -1;
    private boolean yearSure;
    /** Some part of the date was read through OCR damage (a letter for a digit, a garbled month). */
    private boolean repaired;

    Reader(String s) {
      this.s = s;
    }

    Reading read() {
      int n = s.length();
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        int run = alphanumericEnd(i);
        if (run - i == 4 && year < 0 && ocrYear(s.substring(i, run)) != null) {
          year = Integer.parseInt(ocrYear(s.substring(i, run))); // "z01z", "201Z", "2UU9": a year OCR misread
          yearSure = true;
          repaired = true;
          i = run;
          continue;
        }
        if (run - i >= 5 && Character.isLetter(c) && hasDigit(i, run) && !namesThenNumber(i, run)) {
          word(lettersOf(s.substring(i, run))); // "Api11", "V1onc1ay": a word OCR printed digits into
          repaired = true;
          i = run;
          continue;
        }
        if (Character.isLetter(c)) {
          int start = i;
          while (i < n && (Character.isLetter(s.charAt(i)) || isOcrLetter(s.charAt(i)))) {
            i++;
          }
          String w = s.substring(start, i).replace(".", "");
          int digits = i;
          while (digits < n && Character.isDigit(s.charAt(digits))) {
            digits++;
          }
          String year = ocrYear(s.substring(start, digits));
          if (year != null) {
            i = digits; // "ZUU9"
          }
          if (year != null && this.year < 0) {
            this.year = Integer.parseInt(year); // "ZUU9", "zulz": a year OCR read as letters
            yearSure = true;
            repaired = true;
          } else {
            word(w);
          }
        } else if (Character.isDigit(c)) {
          int start = i;
          while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
          }
          boolean signed = start > 0 && (s.charAt(start - 1) == '+' || s.charAt(start - 1) == '-')
              && (start < 2 || s.charAt(start - 2) == ' ');
          i = number(start, i, signed);
        } else {
          i++;
        }
      }
      return result();
    }

    private void word(String w) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() < 2) {
        if (lower.equals("a") && hour >= 0) {
          am = true;
        } else if (lower.equals("p") && hour >= 0) {
          pm = true;
        }
        return;
      }
      if (lower.equals("am") || lower.equals("pm")) {
        if (lower.equals("pm")) {
          pm = true;
        } else {
          am = true;
        }
        return;
      }
      if (lower.equals("at") || lower.equals("on")) {
        return;
      }
      if (day < 0 && month >= 0 && hour < 0 && lower.length() == 2) {
        int d = ocrNumber(w);
        if (d >= 1 && d <= 31) {
          day = d; // "June OS": 05
          repaired = true;
          return;
        }
      }
      int m = monthOf(lower);
      if (m > 0 && month < 0) {
        month = m;
        repaired |= !MONTHS[m - 1].startsWith(lower); // "Febuary", "Aoril": one edit away
        return;
      }
      int d = weekdayOf(lower);
      if (d > 0 && weekday < 0) {
        weekday = d;
        int glued = gluedMonth(lower);
        if (glued > 0 && month < 0) {
          month = glued; // "WednesdayFebrua"
        }
        return;
      }
      if (month < 0 && hour < 0 && lower.length() >= 2 && lower.length() <= 9) {
        monthCandidates |= candidatesOf(lower); // "Ma 3", "Aye": left to the weekday to decide
      }
    }

    /** Reads the digits {@code [start, end)}; returns where reading goes on. */
    private int number(int start, int end, boolean signed) {
      int n = s.length();
      int len = end - start;
      if (signed && len == 4) {
        return end; // a zone offset, -0500
      }
      // a time: digits, ':' (or '.'), two digits
      int colon = end;
      while (colon < n && s.charAt(colon) == ' ' && colon - end < 1) {
        colon++;
      }
      boolean timeSeparator = colon < n && (s.charAt(colon) == ':' || s.charAt(colon) == '.' && hour < 0 && day >= 0);
      if (timeSeparator && colon + 2 < n + 1) {
        int m0 = colon + 1;
        if (m0 < n && s.charAt(m0) == ' ') {
          m0++;
        }
        int m1 = m0;
        while (m1 < n && Character.isDigit(s.charAt(m1))) {
          m1++;
        }
        if (len >= 5 && len <= 6 && year < 0 && isYear(s.substring(start, start + 4))) {
          // year and hour run together by OCR: 201110:33, 20119:20
          year = Integer.parseInt(s.substring(start, start + 4));
          yearSure = true;
          start += 4;
          len -= 4;
        }
        if ((len == 3 || len == 4) && day < 0 && hour < 0) {
          // day and hour run together by OCR: "Jan 1021:52:49", "Oct 2806:37:17"
          int d = Integer.parseInt(s.substring(start, start + len - 2));
          if (d >= 1 && d <= 31) {
            day = d;
            start += len - 2;
            len = 2;
          }
        }
        if (len <= 2 && (hour < 0 || loneHour)) {
          hour = Integer.parseInt(s.substring(start, start + len)); // "Jul 13,20 2 at 10:01 PM": 10:01 is the time
          hourDigits = len;
          loneHour = false;
          if (m1 - m0 == 2 || m1 - m0 == 4 && s.charAt(m0) <= '5' && s.charAt(m0 + 2) <= '5') {
            minute = Integer.parseInt(s.substring(m0, m0 + 2)); // "12:3550": the seconds' colon lost
          }
          int after = m1;
          // seconds: ":49" or ".28"; "13:33:512010" ran the seconds into the year
          if (after < n && (s.charAt(after) == ':' || s.charAt(after) == '.')) {
            int sec = after + 1;
            while (sec < n && sec < after + 3 && Character.isDigit(s.charAt(sec))) {
              sec++;
            }
            after = sec;
          }
          return after;
        }
      }
      // a numeric date: 03/08/2011
      if (colon < n && s.charAt(end) == '/' && len <= 2) {
        int p2 = end + 1;
        int q2 = p2;
        while (q2 < n && Character.isDigit(s.charAt(q2))) {
          q2++;
        }
        if (q2 > p2 && q2 < n && s.charAt(q2) == '/') {
          int p3 = q2 + 1;
          int q3 = p3;
          while (q3 < n && Character.isDigit(s.charAt(q3))) {
            q3++;
          }
          if (q3 - p3 == 2 || (q3 - p3 == 4 && isYear(s.substring(p3, q3)))) { // 3/9/0227 is no date
            month = Integer.parseInt(s.substring(start, end));
            day = Integer.parseInt(s.substring(p2, q2));
            int y = Integer.parseInt(s.substring(p3, q3));
            year = y < 100 ? 2000 + y : y;
            yearSure = true;
            return q3;
          }
        }
      }
      String digits = s.substring(start, end);
      if (len == 4 && isYear(digits) && year < 0) {
        year = Integer.parseInt(digits);
        yearSure = true;
      } else if (len <= 2 && day < 0 && hour < 0) {
        int v = Integer.parseInt(digits);
        int ocr = len == 1 && month > 0 ? ocrDigitAt(end) : -1;
        if (ocr >= 0 && v * 10 + ocr >= 1 && v * 10 + ocr <= 31) {
          day = v * 10 + ocr; // "May 2L": the day's second digit printed as a letter; the weekday checks it
          repaired = true;
          return end + 1;
        }
        if (v >= 1 && v <= 31) {
          day = v;
        }
      } else if (len == 2 && day >= 0 && year < 0 && twoDigitYear < 0 && hour < 0) {
        twoDigitYear = Integer.parseInt(digits);
      } else if (len <= 2 && hour < 0 && (year >= 0 || twoDigitYear >= 0)) {
        hour = Integer.parseInt(digits); // an hour whose minutes were lost
        hourDigits = len;
        int minutesEnd = minutesAfterLostColon(end);
        if (minutesEnd > 0) {
          minute = Integer.parseInt(s.substring(minutesEnd - 2, minutesEnd)); // "7 58 AM": the colon lost
          return minutesEnd;
        }
        loneHour = true;
      } else if ((len == 5 || len == 6) && day < 0 && year < 0 && month > 0 && hour < 0) {
        readDayAndYear(digits); // "March 137011": day and year run together
      }
      return end;
    }

    /**
     * The digit a lone letter right after a number stands for ({@code 2L}, {@code 1O}), when the
     * letter ends the word; or -1.
     */
    private int ocrDigitAt(int at) {
      int n = s.length();
      if (at >= n || at + 1 < n && (Character.isLetterOrDigit(s.charAt(at + 1)) || s.charAt(at + 1) == ':')) {
        return -1; // "1Z:Zfa": an hour, not a day
      }
      return switch (s.charAt(at)) {
        case 'L', 'l', 'I' -> 1;
        case 'O', 'o' -> 0;
        case 'Z' -> 2;
        case 'S' -> 5;
        default -> -1;
      };
    }

    /**
     * Where two digits end that follow an hour with a space for the lost colon, when AM or PM comes
     * next ({@code 7 58 AM}); or -1.
     */
    private int minutesAfterLostColon(int at) {
      int n = s.length();
      if (at + 3 >= n || s.charAt(at) != ' ' || !Character.isDigit(s.charAt(at + 1)) || !Character.isDigit(s.charAt(at + 2))) {
        return -1;
      }
      int k = at + 3;
      if (k < n && Character.isDigit(s.charAt(k)) || s.charAt(at + 1) > '5') {
        return -1;
      }
      while (k < n && s.charAt(k) == ' ') {
        k++;
      }
      boolean meridiem = k + 1 < n && "AaPp".indexOf(s.charAt(k)) >= 0
          && (s.charAt(k + 1) == 'M' || s.charAt(k + 1) == 'm' || s.charAt(k + 1) == '.');
      return meridiem ? at + 3 : -1;
    }

    /**
     * A day and a year OCR ran together after the month ({@code 137011}): the last four digits are the
     * year, read as one when they are; when only their first digit is damaged ({@code 7011}) the year
     * is taken as 20xx but not as sure, so the weekday and the chain decide it ({@link SentTimeCheck}).
     */
    private void readDayAndYear(String digits) {
      int d = Integer.parseInt(digits.substring(0, digits.length() - 4));
      String y = digits.substring(digits.length() - 4);
      if (d < 1 || d > 31) {
        return;
      }
      if (isYear(y)) {
        year = Integer.parseInt(y);
        yearSure = true;
      } else if (y.charAt(1) == '0' && isYear("2" + y.substring(1))) {
        year = Integer.parseInt("2" + y.substring(1));
        repaired = true;
      } else {
        return;
      }
      day = d;
    }

    private Reading result() {
      if (year < 0 && twoDigitYear >= 0 && twoDigitYear <= 30) {
        year = 2000 + twoDigitYear;
      }
      if (year < 0 && hour >= 1 && hourDigits == 2 && minute < 0 && hour <= 30) {
        year = 2000 + hour; // "March 07, 11 :4 M": with no year printed, the lone number is the year
        hour = -1;
      }
      int months = month > 0 ? 1 << month : monthCandidates;
      if (month < 0 && weekday > 0 && year >= 0 && day >= 0) {
        month = monthFromWeekday(monthCandidates == 0 ? 0x1FFE : monthCandidates);
        repaired = true;
      }
      if (day < 0 && year < 0 && month < 0) {
        return Reading.NONE;
      }
      int h = hour;
      if (h >= 0 && pm && h < 12) {
        h += 12;
      } else if (h >= 0 && am && h == 12) {
        h = 0;
      }
      return new Reading(year, month, months, day, weekday, h, minute, yearSure, !repaired);
    }

    /** Where the run of letters and digits starting at {@code i} ends. */
    private int alphanumericEnd(int i) {
      int n = s.length();
      int j = i;
      while (j < n && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      return j;
    }

    /** {@code Mar20}, {@code Sunday13}: a month or weekday with its number glued on, not a damaged word. */
    private boolean namesThenNumber(int from, int to) {
      int k = from;
      while (k < to && Character.isLetter(s.charAt(k))) {
        k++;
      }
      for (int d = k; d < to; d++) {
        if (!Character.isDigit(s.charAt(d))) {
          return false;
        }
      }
      String w = s.substring(from, k).toLowerCase(Locale.ROOT);
      return monthOf(w) > 0 || weekdayOf(w) > 0;
    }

    private boolean hasDigit(int from, int to) {
      for (int k = from; k < to; k++) {
        if (Character.isDigit(s.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    private int monthFromWeekday(int candidates) {
      int found = -1;
      for (int m = 1; m <= 12; m++) {
        if ((candidates & (1 << m)) != 0 && day <= YearMonth.of(year, m).lengthOfMonth()
            && LocalDate.of(year, m, day).getDayOfWeek() == DayOfWeek.of(weekday)) {
          if (found > 0) {
            return -1;
          }
          found = m;
        }
      }
      return found;
    }
  }

  /** A word OCR printed digits into, read back as letters: 1 as l, 0 as o, 5 as s. */
  private static String lettersOf(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(switch (c) {
        case '1' -> 'l';
        case '0' -> 'o';
        case '5' -> 's';
        default -> c;
      });
    }
    return b.toString();
  }

  /** Marks OCR prints inside a word ("A•ril"). */
  private static boolean isOcrLetter(char c) {
    return c == '•' || c == '\'' || c == '’';
  }

  /** A four-character token OCR made of a year: Z or z for 2, U, u or O for 0, l or I for 1. */
  private static String ocrYear(String w) {
    if (w.length() != 4) {
      return null;
    }
    StringBuilder digits = new StringBuilder(4);
    boolean letter = false;
    for (int i = 0; i < 4; i++) {
      char c = w.charAt(i);
      char d = switch (c) {
        case 'Z', 'z' -> '2';
        case 'U', 'u', 'O', 'o' -> '0';
        case 'l', 'I', 'i' -> '1';
        default -> c;
      };
      letter |= d != c;
      if (d < '0' || d > '9') {
        return null;
      }
      digits.append(d);
    }
    return letter && digits.charAt(0) == '2' && isYear(digits.toString()) ? digits.toString() : null;
  }

  private static boolean isYear(String digits) {
    int y = Integer.parseInt(digits);
    return y >= 1990 && y <= 2030;
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static int monthOf(String w) {
    for (int m = 0; m < 12; m++) {
      String name = MONTHS[m];
      if (w.equals(name) || w.length() >= 3 && name.startsWith(w) && w.length() <= name.length()) {
        return m + 1;
      }
    }
    if (w.length() >= 4) {
      for (int m = 0; m < 12; m++) {
        if (EditDistance.withinOne(w, MONTHS[m])) {
          return m + 1;
        }
      }
    }
    return -1;
  }

  /**
   * Months whose name starts with the word, or is one edit from it, or (for a longer word OCR
   * garbled: "sentpmher", "apill") shares its first two letters and about its length (bit m for
   * month m).
   */
  private static int candidatesOf(String w) {
    int bits = 0;
    for (int m = 0; m < 12; m++) {
      String name = MONTHS[m];
      boolean garbled = w.length() >= 5 && name.regionMatches(0, w, 0, 2) && Math.abs(name.length() - w.length()) <= 2;
      if (name.startsWith(w) || w.length() >= 3 && EditDistance.withinOne(w, name) || garbled) {
        bits |= 1 << (m + 1);
      }
    }
    return bits;
  }

  /** The month printed right after a weekday with no space: "wednesdayfebrua". */
  private static int gluedMonth(String w) {
    for (String day : DAYS) {
      if (w.startsWith(day) && w.length() >= day.length() + 3) {
        return monthOf(w.substring(day.length()));
      }
    }
    return -1;
  }

  /** A number OCR printed with letters: O or u for 0, S for 5, l or I for 1, Z for 2, b for 6. */
  private static int ocrNumber(String w) {
    int v = 0;
    for (int i = 0; i < w.length(); i++) {
      int d = switch (w.charAt(i)) {
        case 'O', 'o', 'U', 'u' -> 0;
        case 'l', 'I', 'i' -> 1;
        case 'Z', 'z' -> 2;
        case 'S' -> 5;
        case 'b' -> 6;
        default -> -1;
      };
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int weekdayOf(String w) {
    for (int d = 0; d < 7; d++) {
      String name = DAYS[d];
      if (w.length() >= 3 && name.startsWith(w.substring(0, 3)) && (w.length() <= name.length())) {
        return d + 1;
      }
    }
    return -1;
  }
}
