package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BannerRecognizerTest {

  private static final String BANNER =
      "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05787433 Date: 01/29/2016";

  @Test
  void readsTheStandardBannerAndBlanksIt() {
    List<Row> rows = Rows.of("     " + BANNER, "Body text");
    BannerRecognizer.Reading r = BannerRecognizer.recognise(rows);
    assertEquals(new BannerRecognizer.Reading("C05787433", "F-2014-20439", "2016-01-29"), r);
    assertTrue(rows.get(0).banner);
    assertTrue(rows.get(0).isBlank());
    assertFalse(rows.get(1).banner);
  }

  @Test
  void aReleaseDateNoCalendarHasIsNone() {
    // found by fuzzing: 02/31/2016 was written as 2016-02-31, which nothing downstream can read
    List<Row> rows = Rows.of("     " + BANNER.replace("01/29/2016", "02/31/2016"), "Body text");
    assertEquals(new BannerRecognizer.Reading("C05787433", "F-2014-20439", null), BannerRecognizer.recognise(rows));
  }

  @Test
  void leavesWhatFollowsTheBannerForOtherRecognisers() {
    List<Row> rows = Rows.of(BANNER + "FuLL", BANNER + "   B5");
    BannerRecognizer.recognise(rows);
    assertEquals("FuLL", rows.get(0).text());
    assertEquals("B5", rows.get(1).text());
  }

  @Test
  void prefersACleanBannerToADamagedOne() {
    List<Row> rows = Rows.of(
        "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. CO5769141 Date: 10/30/2015",
        "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05769141 Date: 10/30/2015");
    assertEquals("C05769141", BannerRecognizer.recognise(rows).docId());
  }

  @Test
  void repairsADamagedBannerWhenNoneIsClean() {
    List<Row> rows = Rows.of(
        "UNCLASSIFIED U.S. Department of State Case No F-2014-20439 Doc No CO5793501 Date: 11/30/2015");
    BannerRecognizer.Reading r = BannerRecognizer.recognise(rows);
    assertEquals("C05793501", r.docId());
    assertEquals("2015-11-30", r.releaseDate());
  }

  @Test
  void readsTheCommitteeProductionBannerSpreadOverLines() {
    List<Row> rows = Rows.of(
        "UNCLASSIFIED                              STATE DEPT. - PRODUCED TO HOUSE SELECT BENGHAZI COMM.",
        "U.S. Department of State       SUBJECT TO AGREEMENT ON SENSITIVE INFORMATION & REDACTIONS. NO FOIA WAIVER.",
        "Case No. F-2015-04841",
        "Doc No. C05739545",
        "Date: 05/13/2015",
        "From: Someone");
    BannerRecognizer.Reading r = BannerRecognizer.recognise(rows);
    assertEquals(new BannerRecognizer.Reading("C05739545", "F-2015-04841", "2015-05-13"), r);
    for (int i = 0; i < 5; i++) {
      assertTrue(rows.get(i).banner, "row " + i);
    }
    assertFalse(rows.get(5).banner);
  }

  @Test
  void noBannerNoNumbers() {
    assertEquals(new BannerRecognizer.Reading(null, null, null), BannerRecognizer.recognise(Rows.of("From: H", "Text")));
  }
}
