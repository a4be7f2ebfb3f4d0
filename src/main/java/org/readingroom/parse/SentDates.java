package org.readingroom.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

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
    if (printed == null) {
      return null;
    }
    return new Reader(printed).read();
  }

  private static final class Reader {
    private final String s;
    private int year = -1;
    private int month = -1;
    private int day = -1;
    private int weekday = -1;
    private int hour = -1;
    private int minute = -1;
    private boolean pm;
    private boolean am;
    private boolean unreadableMonth;
    private int twoDigitYear = -1;

    Reader(String s) {
      this.s = s;
    }

    String read() {
      int n = s.length();
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (Character.isLetter(c)) {
          int start = i;
          while (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
          }
          word(s.substring(start, i).replace(".", ""));
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
      int m = monthOf(lower);
      if (m > 0 && month < 0) {
        month = m;
        return;
      }
      int d = weekdayOf(lower);
      if (d > 0 && weekday < 0) {
        weekday = d;
        return;
      }
      if (month < 0 && weekday >= 0 && lower.length() >= 3 && lower.length() <= 9 && hour < 0) {
        unreadableMonth = true; // a word where the month belongs: "Fri, 13 Aye 2010"
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
          start += 4;
          len -= 4;
        }
        if (len <= 2 && hour < 0) {
          hour = Integer.parseInt(s.substring(start, start + len));
          if (m1 - m0 == 2) {
            minute = Integer.parseInt(s.substring(m0, m1));
          }
          int after = m1;
          // seconds: ":49" or ".28"
          if (after < n && (s.charAt(after) == ':' || s.charAt(after) == '.')) {
            int sec = after + 1;
            while (sec < n && Character.isDigit(s.charAt(sec))) {
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
          if (q3 - p3 == 4 || q3 - p3 == 2) {
            month = Integer.parseInt(s.substring(start, end));
            day = Integer.parseInt(s.substring(p2, q2));
            int y = Integer.parseInt(s.substring(p3, q3));
            year = y < 100 ? 2000 + y : y;
            return q3;
          }
        }
      }
      String digits = s.substring(start, end);
      if (len == 4 && isYear(digits) && year < 0) {
        year = Integer.parseInt(digits);
      } else if (len <= 2 && day < 0 && hour < 0) {
        int v = Integer.parseInt(digits);
        if (v >= 1 && v <= 31) {
          day = v;
        }
      } else if (len <= 2 && day >= 0 && year < 0 && twoDigitYear < 0 && hour < 0) {
        twoDigitYear = Integer.parseInt(digits);
      } else if (len <= 2 && hour < 0 && (year >= 0 || twoDigitYear >= 0)) {
        hour = Integer.parseInt(digits); // an hour whose minutes were lost
      }
      return end;
    }

    private String result() {
      if (year < 0 && twoDigitYear >= 0 && twoDigitYear <= 30) {
        year = 2000 + twoDigitYear;
      }
      if (year < 0 && hour >= 0 && minute < 0 && hour <= 30) {
        year = 2000 + hour; // "March 07, 11 :4 M": with no year printed, the lone number is the year
        hour = -1;
      }
      if (year < 0 || day < 0) {
        return null;
      }
      if (month < 0 && unreadableMonth && weekday > 0) {
        month = monthFromWeekday();
      }
      if (month < 1 || month > 12 || day > YearMonth.of(year, month).lengthOfMonth()) {
        return null;
      }
      String date = year + "-" + two(month) + "-" + two(day);
      if (hour < 0 || minute < 0 || minute > 59 || hour > 23) {
        return date;
      }
      int h = hour;
      if (pm && h < 12) {
        h += 12;
      } else if (am && h == 12) {
        h = 0;
      }
      return date + "T" + two(h) + ":" + two(minute);
    }

    private int monthFromWeekday() {
      int found = -1;
      for (int m = 1; m <= 12; m++) {
        if (day <= YearMonth.of(year, m).lengthOfMonth()
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
        if (oneEditApart(w, MONTHS[m])) {
          return m + 1;
        }
      }
    }
    return -1;
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

  private static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }
}
