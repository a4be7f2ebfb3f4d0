package org.readingroom.serve;

import java.util.List;
import org.readingroom.index.ArchiveStats;
import org.readingroom.withheld.ExemptionLegend;

/**
 * The home page: what the archive holds, over time, who wrote most (by person, counting messages,
 * when {@code byPerson}; names as printed before the archive is analysed), what was withheld, what
 * is next to be declassified.
 */
public record HomePage(ArchiveStats stats, Chart timeline, Chart exemptions, List<Declassification> declassifications,
    List<Pages.FacetLink> senders, boolean byPerson, List<ExemptionLegend.Entry> legend) {

  /** A declassification to come: when, and which document. */
  public record Declassification(String date, String when, String docId, String level, String subject) {}
}
