package org.readingroom.bench.scale;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates printed in a line, found so that a copy can print each moved by a number of days in
 * the format it was printed in: {@code Wednesday, March 9, 2011}, {@code Apr 13, 2009}, {@code 13
 * Aug 2010}, the mail clients' {@code Mon Apr 13 08:13:05 2009}, and {@code 06/30/2015} or {@code
 * 12-31-2015} (a two-digit year only before a time, as in {@code 2/1/12 10:14 AM}, where no
 * fraction or score is printed).
 * A printed weekday moves with its date, so a weekday that agreed with its date still does, and one
 * OCR or a sender's clock made wrong stays exactly as wrong: the parser reads the copy as it reads
 * the original. Dates OCR damaged ({@code z01z}) are left as printed.
 */
final class PrintedDates {

  /** A date printed at {@code [start, end)} of its line: its day, and its parts as printed. */
  record PrintedDate(int start, int end, LocalDate date, String printed, List<Part> parts) {
    /** The date moved by {@code days}, every character but its parts' as printed. */
    String moved(int days) {
      LocalDate to = date.plusDays(days);
      StringBuilder out = new StringBuilder(printed.length() + 4);
      int at = 0;
      for (Part p : parts) {
        out.append(printed, at, p.start()).append(p.print(to, days));
        at = p.end();
      }
      return out.append(printed, at, printed.length()).toString();
    }
  }

  enum Field {
    WEEKDAY,
    MONTH,
    MONTH_NUMBER,
    DAY,
    YEAR
  }

  /** A part of a printed date at {@code [start, end)} of the date's text, and how it was printed. */
  record Part(int start, int end, Field field, String printed, boolean padded) {
    String print(LocalDate date, int days) {
      return switch (field) {
        case WEEKDAY -> weekdayLike(printed, weekdayOf(printed).plus(days));
        case MONTH -> monthLike(printed, date.getMonth());
        case MONTH_NUMBER -> number(date.getMonthValue(), padded);
        case DAY -> number(date.getDayOfMonth(), padded);
        case YEAR -> printed.length() == 2 ? number(date.getYear() % 100, true) : Integer.toString(date.getYear());
      };
    }
  }

  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "Tues", "Thurs", "Thur", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Oct", "Nov", "Dec"};
  /** A year, also when OCR ran the hour into it ({@code August 23, 201112:52 PM}). */
  private static final String YEAR_END = "(?:(?!\\d)|(?=\\d{1,2}:\\d\\d))";
  /** The forms, each a branch whose groups end in its letter: a, b, c, d. */
  private static final String FORMS = "abcd";

  private static final Pattern DATE = Pattern.compile(String.join("|",
      // Wednesday, March 9, 2011 / March 9, 2011 / Apr 13, 2009
      "\\b(?:" + words("wa", WEEKDAYS) + "\\.?(?:,\\s*|\\s+))?" + words("ma", MONTHS) + "\\.?\\s+(?<da>\\d{1,2})"
          + "(?:st|nd|rd|th)?(?:,\\s*|\\s+)(?<ya>\\d{4})" + YEAR_END,
      // Fri, 13 Aug 2010
      "\\b(?:" + words("wb", WEEKDAYS) + "\\.?,?\\s+)?(?<db>\\d{1,2})\\s+" + words("mb", MONTHS)
          + "\\.?,?\\s+(?<yb>\\d{4})" + YEAR_END,
      // Mon Apr 13 08:13:05 2009, and as OCR ran it together: Fri Jan 0110:46:13 2010, 12:52:512010
      "\\b" + words("wc", WEEKDAYS) + "\\.?,?\\s+" + words("mc", MONTHS) + "\\.?\\s+(?<dc>\\d{1,2})"
          + "\\s*\\d{1,2}:\\d\\d(?::\\d\\d)?(?:\\s+[A-Z]{2,5})?\\s*(?<yc>\\d{4})" + YEAR_END,
      // 06/30/2015, Wed 3/9/2011, 2/1/12 10:14 AM, 12-31-2015
      "(?<![\\d/.-])(?:\\b" + words("wd", WEEKDAYS) + "\\.?,?\\s+)?(?<md>\\d{1,2})(?<sep>[/-])(?<dd>\\d{1,2})\\k<sep>"
          + "(?<yd>\\d{4}(?![\\d/])|\\d{2}(?=\\s+\\d{1,2}:\\d\\d))"));

  private PrintedDates() {}

  /** The words, capitalised or in capitals, as a named group. */
  private static String words(String group, String[] words) {
    StringBuilder b = new StringBuilder("(?<").append(group).append('>');
    for (String w : words) {
      b.append(w).append('|').append(w.toUpperCase(Locale.ROOT)).append('|');
    }
    b.setLength(b.length() - 1);
    return b.append(')').toString();
  }

  /** The dates printed in {@code line}, in order; none when it prints none a calendar has. */
  static List<PrintedDate> in(String line) {
    if (!mayHoldDate(line)) {
      return List.of();
    }
    List<PrintedDate> found = new ArrayList<>(1);
    Matcher m = DATE.matcher(line);
    while (m.find()) {
      PrintedDate d = read(m);
      if (d != null) {
        found.add(d);
      }
    }
    return found;
  }

  /** {@code line} with its dates moved by {@code days}; the same string when it prints none. */
  static String shift(String line, int days) {
    List<PrintedDate> dates = in(line);
    if (dates.isEmpty() || days == 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 8);
    int at = 0;
    for (PrintedDate d : dates) {
      out.append(line, at, d.start()).append(d.moved(days));
      at = d.end();
    }
    return out.append(line, at, line.length()).toString();
  }

  /** The date the match prints, or null when the calendar has no such day (a 31 September, a year before 1900). */
  private static PrintedDate read(Matcher m) {
    char form = 'a';
    for (char f : FORMS.toCharArray()) {
      if (m.group("y" + f) != null) {
        form = f;
      }
    }
    boolean numeric = form == 'd';
    String year = m.group("y" + form);
    String day = m.group("d" + form);
    String month = m.group("m" + form);
    int y = Integer.parseInt(year);
    y = year.length() == 2 ? 2000 + y : y;
    if (y < 1900 || y > 2099) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(y, numeric ? Integer.parseInt(month) : monthOf(month).getValue(), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
    // 06/30/2015 and 12/31/2015 print two digits each, 3/10/2010 and 11/5/2015 as many as needed
    boolean padded = day.startsWith("0")
        || numeric && (month.startsWith("0") || month.length() == 2 && day.length() == 2);
    List<Part> parts = new ArrayList<>(4);
    int at = m.start();
    if (m.group("w" + form) != null) {
      parts.add(part(m, "w" + form, Field.WEEKDAY, false));
    }
    parts.add(part(m, "m" + form, numeric ? Field.MONTH_NUMBER : Field.MONTH, padded));
    parts.add(part(m, "d" + form, Field.DAY, padded));
    parts.add(part(m, "y" + form, Field.YEAR, false));
    parts.sort((a, b) -> Integer.compare(a.start(), b.start())); // "13 Aug 2010" prints the day first
    return new PrintedDate(at, m.end(), date, m.group(), parts);
  }

  private static Part part(Matcher m, String group, Field field, boolean padded) {
    return new Part(m.start(group) - m.start(), m.end(group) - m.start(), field, m.group(group), padded);
  }

  /** Only a line with four digits in a row, or a slash or dash between digits, can print a date. */
  private static boolean mayHoldDate(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        if ((c == '/' || c == '-') && run > 0 && i + 1 < line.length() && Character.isDigit(line.charAt(i + 1))) {
          return true;
        }
        run = 0;
      }
    }
    return false;
  }

  private static String number(int n, boolean padded) {
    return padded && n < 10 ? "0" + n : Integer.toString(n);
  }

  private static final Month[] MONTH_VALUES = Month.values();
  private static final DayOfWeek[] WEEKDAY_VALUES = DayOfWeek.values();
  /** Each month's name in full and short, in English: looked up once, not at each date. */
  private static final String[][] MONTH_NAMES = new String[12][];
  private static final String[][] WEEKDAY_NAMES = new String[7][];

  static {
    for (Month m : MONTH_VALUES) {
      MONTH_NAMES[m.ordinal()] = new String[] {
        m.getDisplayName(TextStyle.FULL, Locale.ENGLISH), m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)};
    }
    for (DayOfWeek d : WEEKDAY_VALUES) {
      WEEKDAY_NAMES[d.ordinal()] = new String[] {
        d.getDisplayName(TextStyle.FULL, Locale.ENGLISH), d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)};
    }
  }

  private static Month monthOf(String printed) {
    for (Month month : MONTH_VALUES) {
      if (printed.regionMatches(true, 0, month.name(), 0, 3)) {
        return month;
      }
    }
    throw new IllegalArgumentException("no month: " + printed);
  }

  private static DayOfWeek weekdayOf(String printed) {
    for (DayOfWeek day : WEEKDAY_VALUES) {
      if (printed.regionMatches(true, 0, day.name(), 0, 3)) {
        return day;
      }
    }
    throw new IllegalArgumentException("no weekday: " + printed);
  }

  /** The month named as {@code printed} names one: in full or short, capitalised or in capitals. */
  private static String monthLike(String printed, Month month) {
    boolean full = printed.length() > 4 || printed.equalsIgnoreCase("May") || printed.equalsIgnoreCase("June")
        || printed.equalsIgnoreCase("July");
    return cased(MONTH_NAMES[month.ordinal()][full ? 0 : 1], printed);
  }

  private static String weekdayLike(String printed, DayOfWeek day) {
    boolean full = printed.length() > 5;
    return cased(WEEKDAY_NAMES[day.ordinal()][full ? 0 : 1], printed);
  }

  private static String cased(String name, String printed) {
    boolean capitals = printed.length() > 1 && printed.equals(printed.toUpperCase(Locale.ROOT));
    return capitals ? name.toUpperCase(Locale.ROOT) : name;
  }
}
