package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.readingroom.parse.Rows.pad;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingroom.record.Redaction;

class RedactionMarkersTest {

  private static List<List<String>> markers(List<Row> rows) {
    MarginCodeRecognizer.recognise(rows);
    List<List<String>> out = new ArrayList<>();
    for (Redaction r : RedactionMarkers.collect(rows)) {
      out.add(r.codes());
    }
    return out;
  }

  @Test
  void aMarginStackIsOneMarker() {
    assertEquals(List.of(List.of("1.4(D)", "B1")),
        markers(Rows.of(pad("", "1.4(D)", 110), pad("", "B1", 110))));
  }

  @Test
  void oneCodelessLineKeepsAGroupTwoEndIt() {
    assertEquals(List.of(List.of("1.4(B)", "1.4(D)", "B1")),
        markers(Rows.of(pad("", "1.4(B)", 110), "Cc: Someone", pad("", "1.4(D)", 110), "Subject: x", pad("", "B1", 110))));
    assertEquals(List.of(List.of("B6"), List.of("B1")),
        markers(Rows.of(pad("", "B6", 110), "", "", pad("", "B1", 110))));
  }

  @Test
  void aRepeatedCodeStartsANewMarker() {
    assertEquals(List.of(List.of("B6"), List.of("B6"), List.of("B6")),
        markers(Rows.of(pad("To: a;", "B6", 110), pad("b;", "B6", 110), pad("c", "B6", 110))));
  }

  @Test
  void codesAtALineEndAfterAGapOrFarRight() {
    assertEquals(List.of(List.of("1.4(B)", "1.4(D)", "B1")), markers(Rows.of(
        pad("positive votes.                                         2)He chairs the", "1.4(B)", 122),
        pad(" NAM and", "1.4(D)", 122),
        pad("", "B1", 122))));
    String farRight = "x".repeat(90) + " B1";
    assertEquals(List.of(List.of("B1")), markers(Rows.of(farRight)));
    assertEquals(List.of(), markers(Rows.of("We need vitamin B6")), "near the left, a code is a word");
  }

  @Test
  void aPageBreakEndsAGroup() {
    List<Row> rows = Rows.of(pad("", "B1", 110), pad("", "1.4(D)", 110));
    rows.get(1).page = 2;
    MarginCodeRecognizer.recognise(rows);
    List<Redaction> r = RedactionMarkers.collect(rows);
    assertEquals(List.of(new Redaction(List.of("B1"), 1), new Redaction(List.of("1.4(D)"), 2)), r);
  }

  @Test
  void redactedTokensAreMarkersInDocumentOrder() {
    List<Row> rows = Rows.of("From: Pickering, Thomas R [redacted]", pad("", "B1", 110), "[REDACTED] text [REDACTED]");
    MarginCodeRecognizer.recognise(rows);
    assertEquals(List.of(new Redaction(List.of(), 1), new Redaction(List.of("B1"), 1),
        new Redaction(List.of(), 1), new Redaction(List.of(), 1)), RedactionMarkers.collect(rows));
  }
}
