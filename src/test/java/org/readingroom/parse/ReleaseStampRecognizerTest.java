package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readingroom.parse.Rows.pad;
import static org.readingroom.record.ReleaseRecord.Release.FULL;
import static org.readingroom.record.ReleaseRecord.Release.PART;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseStampRecognizerTest {

  private static ReleaseStampRecognizer.Reading read(String... lines) {
    return ReleaseStampRecognizer.recognise(Rows.of(lines));
  }

  @Test
  void stampWithCodesOnOneLine() {
    ReleaseStampRecognizer.Reading r = read(pad("", "RELEASE IN PART B1,1.4(D),B6", 80));
    assertEquals(PART, r.release());
    assertEquals(List.of("B1", "1.4(D)", "B6"), r.exemptions());
  }

  @Test
  void codesOnTheLinesBelowBesideAHeader() {
    List<Row> rows = Rows.of(
        pad("From:      Sullivan, Jacob J <SullivanJJ@state.gov>", "RELEASE IN PART", 95),
        pad("Sent:      Monday, September 27, 2010 10:26 AM", "B1, 1.4(B),1.4(D), B5,", 95),
        pad("To:", "B6", 95),
        "Subject:   Re: Update");
    ReleaseStampRecognizer.Reading r = ReleaseStampRecognizer.recognise(rows);
    assertEquals(List.of("B1", "1.4(B)", "1.4(D)", "B5", "B6"), r.exemptions());
    assertEquals("To:", rows.get(2).text(), "the stamp's codes are blanked, the header stays");
  }

  @Test
  void stampSplitOverLines() {
    ReleaseStampRecognizer.Reading split = read(pad("From: x", "RELEASE IN", 90), pad("Sent: y", "PART B6", 90));
    assertEquals(PART, split.release());
    assertEquals(List.of("B6"), split.exemptions());
    ReleaseStampRecognizer.Reading three = read(pad("", "RELEASE", 90), pad("", "IN FULL", 90));
    assertEquals(FULL, three.release());
  }

  @Test
  void stampCodesListStatutesApart() {
    ReleaseStampRecognizer.Reading r = read(pad("", "RELEASE IN PART B5,B3 CIA", 80));
    assertEquals(List.of("B5", "B3"), r.exemptions());
    assertEquals(List.of("CIA"), r.statutes());
  }

  @Test
  void onlyFullLeftGluedToTheBanner() {
    List<Row> rows = Rows.of(
        "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05763139 Date: 07/31/2015FuLL");
    BannerRecognizer.recognise(rows);
    assertEquals(FULL, ReleaseStampRecognizer.recognise(rows).release());
    assertTrue(rows.get(0).isBlank());
  }

  @Test
  void damagedLetteringWithCodesBelowIsPart() {
    ReleaseStampRecognizer.Reading r = read(pad("", "ri-ux", 90), pad("", "B6", 90), "From: H");
    assertEquals(PART, r.release());
    assertEquals(List.of("B6"), r.exemptions());
    assertEquals(FULL, read(pad("", "[KtLt/Abt IN I-ULLI", 80), "From: H").release());
  }

  @Test
  void noStampIsNull() {
    assertNull(read("From: H", "FOR IMMEDIATE RELEASE", "Text"));
  }
}
