package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.readingroom.parse.Rows.pad;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingroom.record.Classification;
import org.readingroom.record.Message;

class ClassificationRecognizerTest {

  private static final Classification EXPECTED =
      new Classification("CONFIDENTIAL", "DAS, A/GIS, DoS", "2016-01-29", List.of("1.4(B)", "B1"), "2027-01-01");

  @Test
  void oneLineWithTildes() {
    List<Row> rows = Rows.of(
        "Classified by DAS, A/GIS, DoS on 01/29/2016 ~ Class: CONFIDENTIAL ~ Reason: 1.4(B), B1 ~ Declassify on: 01/01/2027");
    assertEquals(EXPECTED, ClassificationRecognizer.recognise(rows));
    assertEquals("", rows.get(0).text());
  }

  @Test
  void splitInItsOwnColumnBesideTheBody() {
    List<Row> rows = Rows.of(
        pad("Roger - we'll work em.", "Classified by DAS, A/GIS, DoS on 01/29/2016 —", 72),
        pad("", "Class: CONFIDENTIAL — Reason: 1.4(B),", 72),
        pad("", "B1 — Declassify on: 01/01/2027", 72));
    assertEquals(EXPECTED, ClassificationRecognizer.recognise(rows));
    assertEquals("Roger - we'll work em.", rows.get(0).text(), "the body beside the block stays");
  }

  @Test
  void interleavedWithAHeaderLineAndDashes() {
    List<Row> rows = Rows.of(
        pad("     Original Message", "Classified by DAS, A/GIS, DoS on 01-29-2016 -", 72),
        pad("", "Class: CONFIDENTIAL - Reason: 1.4(B), B1", 72),
        "From: Carson, Johnnie",
        pad("", "- Declassify on: 01-01-2027", 72));
    assertEquals(EXPECTED, ClassificationRecognizer.recognise(rows));
    assertEquals("From: Carson, Johnnie", rows.get(2).text());
  }

  @Test
  void dateWrappedOntoABodyLine() {
    List<Row> rows = Rows.of(
        "      Classified by DAS, A/GIS, DoS on 01/29/2016 — Class: CONFIDENTIAL — Reason: 1.4(B), B1 — Declassify",
        "FYI   on: 01/01/2027");
    assertEquals(EXPECTED, ClassificationRecognizer.recognise(rows));
    assertEquals("FYI", rows.get(1).text());
  }

  @Test
  void unreadablePartsAreNull() {
    Classification c = ClassificationRecognizer.recognise(Rows.of("Classified by DAS on 01/29/2016 — Class: CONF"));
    assertEquals("DAS", c.classifiedBy());
    assertNull(c.level());
    assertNull(c.declassifyOn());
    assertEquals(List.of(), c.reasons());
    assertNull(ClassificationRecognizer.recognise(Rows.of("No block here")));
  }
}
