package org.readingroom.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readingroom.record.ReleaseRecord;

/**
 * The date and the title a document gives itself when it is not an email (a memo, a letter, a
 * report, an attachment): a memo's {@code DATE:} and {@code SUBJECT:} or {@code RE:} lines, a
 * letter's date line at its top. A date is one the document allows: not after its release, not
 * before 1990. Never the release date: a document that gives no date is undated.
 *
 * @param date ISO ({@code 2011-03-08}), or null
 * @param title as printed, or null
 */
public record DocumentHeading(String date, String title) {

  public static final DocumentHeading NONE = new DocumentHeading(null, null);

  /** The lines at a document's top where its heading stands. */
  private static final int HEAD_LINES = 40;
  private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?:DATE|Date|DT|Dated)\\s*:?\\s+(.{6,60})$");
  private static final Pattern TITLE_LINE = Pattern.compile("^\\s*(?:SUBJECT|Subject|SUBJ|RE|Re)\\s*:\\s*(.{3,200})$");
  /** A line that is a date alone, as a letter prints it: {@code December 31, 2011}, {@code Feb. 14,2012}. */
  private static final Pattern BARE_DATE = Pattern.compile(
      "^\\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*|\\s+)(?:19|20)\\d\\d\\s*$"
          + "|^\\s*\\d{1,2}\\s+[A-Z][a-z]{2,8}\\s+(?:19|20)\\d\\d\\s*$");

  /** The heading of {@code r}'s text; {@link #NONE} when it gives neither a date nor a title. */
  public static DocumentHeading of(ReleaseRecord r) {
    String date = null;
    String title = null;
    String[] lines = r.text().split("\n", HEAD_LINES + 1);
    for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
      String line = lines[i].strip();
      if (date == null) {
        Matcher d = DATE_LINE.matcher(line);
        String printed = d.matches() ? d.group(1) : BARE_DATE.matcher(line).matches() ? line : null;
        date = plausible(printed == null ? null : SentDates.parse(printed), r.releaseDate());
      }
      if (title == null) {
        Matcher t = TITLE_LINE.matcher(line);
        if (t.matches() && t.group(1).chars().filter(Character::isLetter).count() >= 3) {
          title = t.group(1).strip();
        }
      }
    }
    return date == null && title == null ? NONE : new DocumentHeading(date, title);
  }

  /** The day of an ISO date or date-time the document allows; null when it does not. */
  private static String plausible(String iso, String releaseDate) {
    if (iso == null) {
      return null;
    }
    String day = iso.substring(0, 10);
    if (day.compareTo("1990-01-01") < 0 || releaseDate != null && day.compareTo(releaseDate) > 0) {
      return null;
    }
    return day;
  }
}
