package org.readingroom.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * When a message was sent, as its header gives it: a day, and the time of day to the minute when
 * the header prints one. Written as ISO ({@code 2011-12-31T18:06}, or {@code 2011-12-31} without a
 * time), as the record's JSON has it.
 *
 * @param time null when the header gives the day alone
 */
public record SentTime(LocalDate date, LocalTime time) implements Comparable<SentTime> {

  private static final long DAY_MINUTES = 24 * 60;

  public SentTime {
    if (date == null) {
      throw new IllegalArgumentException("a sent time has a day");
    }
    time = time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * A sent time from its ISO form: {@code 2011-12-31T18:06} or {@code 2011-12-31}; null for null.
   *
   * @throws IllegalArgumentException when it is neither
   */
  @JsonCreator
  public static SentTime parse(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      if (iso.length() == 10) {
        return new SentTime(LocalDate.parse(iso), null);
      }
      int t = iso.indexOf('T');
      if (t == 10 && iso.length() == 16) {
        return new SentTime(LocalDate.parse(iso.substring(0, 10)), LocalTime.parse(iso.substring(11)));
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a sent time: '" + iso + "'", e);
    }
    throw new IllegalArgumentException("not a sent time: '" + iso + "' (2011-12-31T18:06 or 2011-12-31)");
  }

  /** A sent time from its ISO form, or null when it is none (a damaged side file, say). */
  public static SentTime parseOrNull(String iso) {
    try {
      return parse(iso);
    } catch (IllegalArgumentException | DateTimeException e) {
      return null;
    }
  }

  public boolean hasTime() {
    return time != null;
  }

  /** Minutes since 1970-01-01T00:00 (a day without a time at its first minute): for ordering and ranges. */
  public long epochMinutes() {
    return date.toEpochDay() * DAY_MINUTES + (time == null ? 0 : time.getHour() * 60L + time.getMinute());
  }

  @Override
  public int compareTo(SentTime o) {
    int c = Long.compare(epochMinutes(), o.epochMinutes());
    return c != 0 ? c : Boolean.compare(hasTime(), o.hasTime());
  }

  @JsonValue
  @Override
  public String toString() {
    return time == null ? date.toString() : date + "T" + time;
  }
}
