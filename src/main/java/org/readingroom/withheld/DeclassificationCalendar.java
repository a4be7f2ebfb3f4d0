package org.readingroom.withheld;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.readingroom.record.Classification;

/**
 * Every classification block of an archive with its declassify-on date, soonest first: what is
 * due, and what has passed its date (and so may be asked for under Mandatory Declassification
 * Review); and the same as an iCalendar feed a reader subscribes to, one all-day event per date.
 */
public final class DeclassificationCalendar {

  /**
   * A document's classification block.
   *
   * @param declassifyOn null when the block's date cannot be read (such entries sort last)
   */
  public record Entry(String documentKey, String docId, String level, String classifiedBy, String classifiedOn,
      List<String> reasons, LocalDate declassifyOn, String releaseDate) {
    public Entry {
      reasons = List.copyOf(reasons);
    }

    /** Days from {@code today} to the date: negative once it has passed; null without a date. */
    public Long daysFrom(LocalDate today) {
      return declassifyOn == null ? null : ChronoUnit.DAYS.between(today, declassifyOn);
    }

    /** Whether the date has passed (the document may be asked for under Mandatory Declassification Review). */
    public boolean passed(LocalDate today) {
      return declassifyOn != null && declassifyOn.isBefore(today);
    }
  }

  private final List<Entry> entries;

  private DeclassificationCalendar(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The classification blocks of what {@code withheld} holds, soonest date first, undated last. */
  public static DeclassificationCalendar of(Withheld withheld) {
    List<Entry> out = new ArrayList<>();
    for (DocumentWithholding d : withheld.documents()) {
      Classification c = d.classification();
      if (c != null) {
        out.add(new Entry(d.key(), d.docId() == null ? d.key() : d.docId(), c.level(), c.classifiedBy(),
            c.classifiedOn(), c.reasons(), date(c.declassifyOn()), d.releaseDate()));
      }
    }
    out.sort(Comparator.comparing(Entry::declassifyOn, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Entry::docId));
    return new DeclassificationCalendar(out);
  }

  private static LocalDate date(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The blocks due from {@code today} to {@code days} days on. */
  public List<Entry> dueWithin(LocalDate today, int days) {
    return entries.stream().filter(e -> e.declassifyOn() != null && !e.passed(today)
        && e.daysFrom(today) <= days).toList();
  }

  /** The blocks whose date has passed. */
  public List<Entry> passed(LocalDate today) {
    return entries.stream().filter(e -> e.passed(today)).toList();
  }

  /**
   * The calendar as iCalendar: one all-day event per declassify-on date, naming its documents and
   * linking to them under {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). Event ids are the
   * dates, so a subscriber sees each date once however often it refreshes.
   */
  public String ics(String baseUrl, LocalDate today) {
    Map<LocalDate, List<Entry>> byDate = new TreeMap<>();
    for (Entry e : entries) {
      if (e.declassifyOn() != null) {
        byDate.computeIfAbsent(e.declassifyOn(), k -> new ArrayList<>()).add(e);
      }
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//readingroom//declassification calendar//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    DtStamp stamp = new DtStamp(today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    byDate.forEach((date, due) -> {
      String summary = due.size() == 1 ? "Declassify " + due.get(0).docId() + " (" + orClassified(due.get(0).level()) + ")"
          : "Declassify " + due.size() + " documents";
      VEvent event = new VEvent(date, summary);
      event.add(new Uid("declassify-" + date + "@readingroom"));
      event.replace(stamp); // the event was made with a stamp of the moment: one per event, the same each refresh
      StringBuilder text = new StringBuilder();
      for (Entry e : due) {
        text.append(e.docId()).append(": ").append(orClassified(e.level()));
        if (e.classifiedBy() != null) {
          text.append(", classified by ").append(e.classifiedBy());
        }
        if (!e.reasons().isEmpty()) {
          text.append(", reasons ").append(String.join(" ", e.reasons()));
        }
        text.append(" - ").append(baseUrl).append("/documents/").append(e.documentKey()).append('\n');
      }
      event.add(new Description(text.toString().strip()));
      if (due.size() == 1) {
        event.add(new Url(URI.create(baseUrl + "/documents/" + due.get(0).documentKey())));
      }
      calendar.add(event);
    });
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory does not fail", e);
    }
    return out.toString();
  }

  private static String orClassified(String level) {
    return level == null ? "classified" : level;
  }
}
