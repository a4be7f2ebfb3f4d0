package org.readingroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.withheld.DeclassificationCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code readingroom declassification}: the archive's classification blocks by declassify-on date. */
@Command(name = "declassification", mixinStandardHelpOptions = true,
    description = {"Every classification block of the archive, soonest declassify-on date first: level, classified by,",
        "reasons, the date and how far it is. --due-within 90d keeps those due in the next 90 days; --passed those",
        "whose date has passed (eligible for Mandatory Declassification Review). --format ics prints an",
        "iCalendar feed (serve offers it at /declassification.ics)."})
final class DeclassificationCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    ics
  }

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;

  @Option(names = "--due-within", paramLabel = "DAYS", description = "Only dates from today to DAYS days on: 90d, or 90.")
  String dueWithin;

  @Option(names = "--passed", description = "Only dates that have passed.")
  boolean passed;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or ics.")
  Format format;

  @Option(names = "--base-url", defaultValue = "http://127.0.0.1:8080",
      description = "Where the reading room is served, for the links of --format ics (default ${DEFAULT-VALUE}).")
  String baseUrl;

  Clock clock = Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    Integer days = null;
    if (dueWithin != null) {
      String d = dueWithin.strip().toLowerCase(Locale.ROOT);
      if (!d.matches("\\d{1,5}d?")) {
        root.err.println(Terminal.safe("readingroom: --due-within is a number of days, like 90d, not '" + dueWithin + "'"));
        return 2;
      }
      days = Integer.parseInt(d.replace("d", ""));
    }
    ArchiveAnalysis a = PeopleCommand.load(archive, engines, root);
    if (a == null) {
      return 1;
    }
    LocalDate today = LocalDate.now(clock);
    DeclassificationCalendar calendar = DeclassificationCalendar.of(a.withheld());
    List<DeclassificationCalendar.Entry> entries = days != null ? calendar.dueWithin(today, days)
        : passed ? calendar.passed(today) : calendar.entries();
    String out;
    switch (format) {
      case ics -> out = calendar.ics(baseUrl.replaceAll("/+$", ""), today);
      case json -> out = new ObjectMapper().registerModule(new JavaTimeModule()).enable(SerializationFeature.INDENT_OUTPUT)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(entries) + "\n";
      default -> {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d classification blocks%n", entries.size()));
        for (DeclassificationCalendar.Entry e : entries) {
          Long d = e.daysFrom(today);
          sb.append(String.format(Locale.ROOT, "%-11s %-14s %-13s %-28s %s%n",
              e.declassifyOn() == null ? "no date" : e.declassifyOn(),
              d == null ? "" : d < 0 ? "passed (MDR)" : "in " + d + " days", e.docId(),
              e.level() == null ? "classified" : e.level(),
              (e.classifiedBy() == null ? "" : "by " + e.classifiedBy()) + (e.reasons().isEmpty() ? ""
                  : " · " + String.join(" ", e.reasons()))));
        }
        out = sb.toString();
      }
    }
    WithheldCommand.print(root, out, format != Format.table);
    return 0;
  }
}
