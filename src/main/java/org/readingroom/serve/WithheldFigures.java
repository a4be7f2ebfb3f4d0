package org.readingroom.serve;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.ThreadMessage;
import org.readingroom.withheld.DeclassificationCalendar;
import org.readingroom.withheld.DocumentWithholding;
import org.readingroom.withheld.ExemptionReport;

/**
 * What was withheld in the analysis served now, counted once for it: the exemption reports and the
 * declassification calendar count every message and document of the archive, which on a whole
 * release takes longer than a page should wait. A new analysis gets new figures ({@link
 * ServedArchive#withheld()}).
 */
final class WithheldFigures {

  private final ArchiveAnalysis analysis;
  private final Map<ExemptionReport.Dimension, ExemptionReport> reports =
      new EnumMap<>(ExemptionReport.Dimension.class);
  private DeclassificationCalendar calendar;
  private WithheldPage.Summary summary;

  WithheldFigures(ArchiveAnalysis analysis) {
    this.analysis = analysis;
  }

  ArchiveAnalysis analysis() {
    return analysis;
  }

  /** Counts what the home and Withheld pages show first, before a reader asks. */
  void warmUp() {
    summary();
    calendar();
    for (ExemptionReport.Dimension d : ExemptionReport.Dimension.values()) {
      report(d);
    }
  }

  synchronized ExemptionReport report(ExemptionReport.Dimension dimension) {
    return reports.computeIfAbsent(dimension,
        d -> ExemptionReport.of(d, analysis.withheld(), analysis.correspondence(), analysis.people()));
  }

  /** The row of a person (by id) in the report by sender or by recipient. */
  Optional<ExemptionReport.Row> personRow(ExemptionReport.Dimension dimension, String personId) {
    return report(dimension).rows().stream().filter(r -> r.key().equals(personId)).findFirst();
  }

  synchronized DeclassificationCalendar calendar() {
    if (calendar == null) {
      calendar = DeclassificationCalendar.of(analysis.withheld());
    }
    return calendar;
  }

  /** The documents whose declassify-on date has passed by {@code today}: open to Mandatory Declassification Review. */
  long passed(LocalDate today) {
    return calendar().passed(today).size();
  }

  synchronized WithheldPage.Summary summary() {
    if (summary == null) {
      long documents = 0;
      long inPart = 0;
      long markers = 0;
      long classified = 0;
      for (DocumentWithholding d : analysis.withheld().documents()) {
        documents++;
        inPart += "PART".equals(d.release()) ? 1 : 0;
        markers += d.markers().size();
        classified += d.classification() != null ? 1 : 0;
      }
      long several = 0;
      for (ThreadMessage m : analysis.correspondence().messages()) {
        Set<String> in = new HashSet<>();
        for (Appearance a : m.appearances()) {
          in.add(a.document());
        }
        several += in.size() > 1 ? 1 : 0;
      }
      summary = new WithheldPage.Summary(documents, inPart, markers, several, analysis.withheld().releasedElsewhere().size(),
          analysis.withheld().unevenExemptions().size(), classified);
    }
    return summary;
  }
}
