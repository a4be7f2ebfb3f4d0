package org.readingroom.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.record.Message;
import org.readingroom.record.SentTime;

/**
 * Checks each message's sent time against what its document allows, as a reader does before
 * trusting a date OCR has touched:
 *
 * <ul>
 *   <li>not after the release date;
 *   <li>a year that was not printed in full ({@code 20 2}, {@code 26ii}, a lone {@code 17}) or that
 *       the printed weekday contradicts ({@code Sun, 6 Mar 2013}: 6 March 2013 was a Wednesday) is
 *       read from the weekday and the chain: the one year near the chain's other, sound dates on
 *       which that day falls on that weekday;
 *   <li>a date that cannot be read so is left empty, with a warning, rather than guessed.
 * </ul>
 *
 * <p>A sound date is one printed in full, its weekday (if printed) agreeing, not after the release.
 * A sound date out of the chain's order is kept as printed: senders' clocks and time zones differ.
 */
final class SentTimeCheck {

  /** How far (days) from the chain's sound dates a year read from the weekday may put a message. */
  private static final int NEAR_CHAIN = 31;
  /** How far (days) from the chain's sound dates a date printed clean is kept: less than a year, which OCR'd year digits put it off by. */
  private static final int SAME_YEAR = 300;
  /** Years before the release searched for a weekday's year when the chain gives no sound date. */
  private static final int YEARS_BEFORE_RELEASE = 8;

  private SentTimeCheck() {}

  /** The release date, or null when there is none or it is no day of the calendar. */
  private static LocalDate releaseDate(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static List<Message> check(List<Message> messages, List<SentDates.Reading> readings, String releaseDate,
      List<String> warnings) {
    LocalDate release = releaseDate(releaseDate);
    List<LocalDate> sound = new ArrayList<>(readings.size());
    for (SentDates.Reading r : readings) {
      sound.add(soundDate(r, release));
    }
    List<Message> out = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      SentDates.Reading r = readings.get(i);
      String iso = sound.get(i) != null ? r.iso() : resolve(r, i, sound, release, warnings);
      SentTime sent = SentTime.parseOrNull(iso);
      if (!same(sent, m.sent())) {
        m = new Message(m.from(), sent, m.to(), m.cc(), m.subject(), m.attachments(), m.page(), m.headerStart(),
            m.bodyStart(), m.bodyEnd());
      }
      out.add(m);
    }
    return out;
  }

  private static boolean same(SentTime a, SentTime b) {
    return a == null ? b == null : a.equals(b);
  }

  /** The date of a reading the document allows as printed, or null. */
  private static LocalDate soundDate(SentDates.Reading r, LocalDate release) {
    String iso = r.iso();
    if (iso == null || !r.yearSure() && r.weekday() < 0) {
      return null; // a year of two digits ('09) is sound when the weekday printed with it agrees
    }
    LocalDate date = LocalDate.parse(iso.substring(0, 10));
    boolean allowed = release == null || !date.isAfter(release);
    return allowed && r.weekdayFits(date) ? date : null;
  }

  /** Reads a date that is not sound from its weekday and the chain; null (with a warning) when it cannot. */
  private static String resolve(SentDates.Reading r, int index, List<LocalDate> sound, LocalDate release,
      List<String> warnings) {
    String printed = r.iso();
    if (r == SentDates.Reading.NONE || r.day() < 1 && printed == null) {
      return null; // nothing printed that a date could be read from: no warning needed
    }
    LocalDate first = null;
    LocalDate last = null;
    for (int k = 0; k < sound.size(); k++) {
      LocalDate d = sound.get(k);
      if (k != index && d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    if (printed != null && r.yearSure() && r.clean() && keptAsPrinted(LocalDate.parse(printed.substring(0, 10)),
        first, last, release)) {
      return printed; // printed clean, in the chain's year: a weekday that disagrees may be the damaged part
    }
    LocalDate found = null;
    if (r.day() >= 1 && r.weekday() > 0) {
      found = byWeekday(r, first, last, release);
    } else if (r.day() >= 1 && first != null && first.getYear() == last.getYear()) {
      found = onlyYear(r, first, last, release);
    }
    boolean printedAllowed = printed != null && r.weekday() < 0
        && allowed(LocalDate.parse(printed.substring(0, 10)), first, last, release);
    String where = "message " + (index + 1) + ": sent ";
    if (found != null) {
      String iso = r.isoOn(found);
      if (!iso.equals(printed)) {
        warnings.add(where + (printed == null ? "(year unreadable)" : printed) + " read as " + iso
            + " from its weekday and the chain");
      }
      return iso;
    }
    if (printedAllowed) {
      return printed;
    }
    warnings.add(where + (printed == null ? "has no readable year" : printed + " is not a date the document allows")
        + "; read as unknown");
    return null;
  }

  /** The one day, near the chain, on which the reading's day and month fall on its weekday; or null. */
  private static LocalDate byWeekday(SentDates.Reading r, LocalDate first, LocalDate last, LocalDate release) {
    int fromYear;
    int toYear;
    if (first != null) {
      fromYear = first.getYear() - 1;
      toYear = last.getYear() + 1;
    } else if (release != null) {
      fromYear = release.getYear() - YEARS_BEFORE_RELEASE;
      toYear = release.getYear();
    } else {
      return null;
    }
    int months = r.months() != 0 ? r.months() : 0x1FFE;
    LocalDate found = null;
    for (int y = fromYear; y <= toYear; y++) {
      for (int m = 1; m <= 12; m++) {
        if ((months & 1 << m) == 0 || r.day() > YearMonth.of(y, m).lengthOfMonth()) {
          continue;
        }
        LocalDate d = LocalDate.of(y, m, r.day());
        boolean allowed = (release == null || !d.isAfter(release)) && (first == null || near(d, first, last));
        if (allowed && r.weekdayFits(d)) {
          if (found != null) {
            return null; // two days fit: the document does not say which
          }
          found = d;
        }
      }
    }
    return found;
  }

  /** With no weekday printed: the chain's one year, when the day falls near the chain in it. */
  private static LocalDate onlyYear(SentDates.Reading r, LocalDate first, LocalDate last, LocalDate release) {
    int month = r.month() > 0 ? r.month() : Integer.bitCount(r.months()) == 1 ? Integer.numberOfTrailingZeros(r.months()) : -1;
    int year = first.getYear();
    if (month < 1 || month > 12 || r.day() > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    LocalDate d = LocalDate.of(year, month, r.day());
    return near(d, first, last) && (release == null || !d.isAfter(release)) ? d : null;
  }

  /** Not after the release, and within the chain's year (not a year off it) when it has sound dates. */
  private static boolean keptAsPrinted(LocalDate d, LocalDate first, LocalDate last, LocalDate release) {
    return (release == null || !d.isAfter(release)) && (first == null
        || ChronoUnit.DAYS.between(d, first) <= SAME_YEAR && ChronoUnit.DAYS.between(last, d) <= SAME_YEAR);
  }

  /** Not after the release, and near the chain's sound dates when it has any. */
  private static boolean allowed(LocalDate d, LocalDate first, LocalDate last, LocalDate release) {
    return (release == null || !d.isAfter(release)) && (first == null || near(d, first, last));
  }

  private static boolean near(LocalDate d, LocalDate first, LocalDate last) {
    return ChronoUnit.DAYS.between(d, first) <= NEAR_CHAIN && ChronoUnit.DAYS.between(last, d) <= NEAR_CHAIN;
  }
}
