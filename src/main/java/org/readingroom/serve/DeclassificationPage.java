package org.readingroom.serve;

import java.util.List;

/**
 * The declassification calendar: every classification block of the archive with its
 * declassify-on date, filtered (passed, due within some days, a level, a year) and sorted; a date
 * that has passed is flagged as open to Mandatory Declassification Review.
 *
 * @param status {@code all}, {@code passed} or {@code due}
 * @param mdrHref a drafted MDR request for the listed documents whose date has passed; null for none
 */
public record DeclassificationPage(String today, long blocks, long passed, List<Row> rows, WithheldPage.Paging paging,
    String status, int within, String level, String year, String sort, List<Pages.FacetLink> levels,
    List<Pages.FacetLink> years, List<Pages.FacetLink> sorts, String icsHref, String apiHref, String mdrHref) {

  public DeclassificationPage {
    rows = List.copyOf(rows);
    levels = List.copyOf(levels);
    years = List.copyOf(years);
    sorts = List.copyOf(sorts);
  }

  /** A classification block. */
  public record Row(String date, String when, boolean passed, String docId, String href, String level,
      String classifiedBy, String reasons, String releaseDate, String mdrHref) {}
}
