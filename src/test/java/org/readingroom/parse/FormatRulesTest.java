package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;

/**
 * Each rule of the format that issue 16 added, on a real released document (the labelled
 * development documents in src/test/resources/labels; never the held-out ones), read through the
 * parser's public API. docs/parser-accuracy.md describes the rules.
 */
class FormatRulesTest {

  private static final ReleaseParser PARSER = new ReleaseParser();

  private static ReleaseRecord parse(String doc) throws IOException {
    Path text = Path.of("src/test/resources/labels", doc + ".txt");
    return PARSER.parse(doc + ".txt", Files.readString(text, StandardCharsets.UTF_8));
  }

  private static String sent(ReleaseRecord r, int message) {
    Message m = r.messages().get(message - 1);
    return m.sent() == null ? null : m.sent().toString();
  }

  private static List<String> names(List<Party> parties) {
    return parties.stream().map(p -> p.name() != null ? p.name() : p.address()).toList();
  }

  @Test
  void theClassificationDateBesideASentLineIsNotTheSentTime() throws IOException {
    ReleaseRecord r = parse("C05779029"); // "DoS on 09/30/2014 — Class:" printed under "Sent:"
    assertEquals("2011-02-13T13:49", sent(r, 1));
    assertEquals("2014-09-30", r.classification().classifiedOn());
    assertEquals("CONFIDENTIAL", r.classification().level());
    assertEquals("DAS, A/GIS, DoS", r.classification().classifiedBy());
  }

  @Test
  void aClassifiedOnDateThatLostItsSpaceIsRead() throws IOException {
    assertEquals("2015-10-30", parse("C05792632").classification().classifiedOn()); // "on10/30/2015"
  }

  @Test
  void yearsPrintedWithLettersAreRead() throws IOException {
    assertEquals("2012-02-22", sent(parse("C05794159"), 5)); // "z01z 1z:zi AM": the time too damaged to keep
    assertEquals("2012-03-18T13:00", sent(parse("C05789626"), 1)); // "201Z 1:00 PM"
    assertEquals("2012-10-11T10:33", sent(parse("C05796318"), 4)); // "ZU12"
  }

  @Test
  void aYearTheWeekdayContradictsIsReadFromTheWeekdayNearTheChain() throws IOException {
    ReleaseRecord r = parse("C05779918"); // "Sun, 6 Mar 2013": 6 March 2013 was a Wednesday
    assertEquals("2011-03-06T17:02", sent(r, 2));
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("message 2:") && w.contains("weekday")), r.warnings().toString());
    assertEquals("2012-08-28", sent(parse("C05792012"), 2)); // "Tuesday, August 28, 2 11 Ub:41 AM"
    assertEquals("2010-12-20", sent(parse("C05773445"), 9)); // "Monday, December 20,  LU1V  /11vI"
  }

  @Test
  void aYearNotPrintedIsReadFromTheWeekdayNearTheChain() throws IOException {
    assertEquals("2010-12-07", sent(parse("C05777932"), 3)); // "Tue Dec 07 17:7": 17 is the hour
    assertEquals("2009-09-29T07:10", sent(parse("C05759838"), 1)); // "Tuesday, Sentpmher 29 27 7.10 AM"
    assertEquals("2011-04-16T22:36", sent(parse("C05780926"), 3)); // "Saturday, Api11 16, 2011"
  }

  @Test
  void aDateThatCannotBeKnownIsLeftEmptyWithAWarning() throws IOException {
    ReleaseRecord r = parse("C05771617"); // "Saturday, Sep emper 15, 2U1U": the 15th was a Wednesday
    assertNull(sent(r, 3));
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("message 3:") && w.endsWith("read as unknown")),
        r.warnings().toString());
  }

  @Test
  void aDatePrintedCleanAndOutOfTheChainsOrderIsKept() throws IOException {
    ReleaseRecord r = parse("C05785234"); // a forward printed earlier than what it forwards: clocks differ
    assertEquals("2011-11-30T20:11", sent(r, 1));
    assertEquals("2011-12-01T07:35", sent(r, 2));
    assertEquals(List.of(), r.warnings());
  }

  @Test
  void recipientListsWrappedWithRedactionGapsKeepTheirHeader() throws IOException {
    ReleaseRecord r = parse("C05772127"); // Rice's To: lists run over five and six lines, B6 on each
    assertEquals(8, r.messages().size());
    assertEquals("Rice, Susan E (USUN)", r.messages().get(6).from().name());
    assertEquals("2010-12-18T09:32", sent(r, 7));
    assertTrue(names(r.messages().get(6).to()).containsAll(List.of("Smith, Keenan", "Scola, Lindsay D", "tdonilor")));
    ReleaseRecord c = parse("C05779109");
    assertEquals(3, c.messages().size());
    assertEquals(List.of("Sullivan, Jacob 3", "Benjamin ]._Rhodes", "Thomas_F._Vietof", "iMichael_A._Hammer",
        "Crowley, Philip 3", "McHale, Judith A"), names(c.messages().get(1).to()));
  }

  @Test
  void aLineOfMarginCodesInsideAHeaderIsNoGap() throws IOException {
    ReleaseRecord r = parse("C05767412"); // 'cheryl.mill ... B6 / 'MillsCD@state.gov' ... / Sent:
    assertEquals(4, r.messages().size());
    assertEquals("2009-11-29T15:03", sent(r, 3));
  }

  @Test
  void wholeNamesRunTogetherAreTwoRecipients() throws IOException {
    assertEquals(List.of("Sullivan, Jacob", "Macmanus, Joseph E"), names(parse("C05764613").messages().get(2).to()));
    assertEquals(List.of("Sullivan, Jacob J", "Donilon, Thomas E.", "McDonough, Denis R.", "Shapiro, Daniel B."),
        names(parse("C05778983").messages().get(1).to()));
  }

  @Test
  void aBareFromWithItsSenderWithheldOpensAHeader() throws IOException {
    ReleaseRecord r = parse("C05777932"); // "From" / "To: Verveer, Melanne S" / "Sent: Tue Dec 07 13:15:18 2010"
    assertEquals(8, r.messages().size());
    assertNull(r.messages().get(3).from());
    assertEquals("2010-12-07T13:15", sent(r, 4));
    assertEquals(List.of("V rveer, nnewrine 3"), names(r.messages().get(7).to())); // "To. V rveer, nnewrine 3"
  }

  @Test
  void aHeaderTheReleaseCutOffAfterOriginalMessageIsAMessage() throws IOException {
    ReleaseRecord r = parse("C05767779"); // "Original Message" / From: / To: H, then the end
    assertEquals(5, r.messages().size());
    assertNull(r.messages().get(4).sent());
    assertEquals(List.of("H"), names(r.messages().get(4).to()));
  }

  @Test
  void aScanEdgeLetterBeforeALabelIsNotText() throws IOException {
    ReleaseRecord r = parse("C05769119"); // "I   Sent: Monday, March 15, 2010 5:04 PM"
    assertEquals(4, r.messages().size());
    assertEquals("2010-03-15T17:04", sent(r, 3));
  }

  @Test
  void mailtoWithoutItsBracketIsAnAddress() throws IOException {
    Party from = parse("C05796318").messages().get(3).from(); // "schwartzjbl    mailto:schwartzjb1"
    assertEquals("schwartzjbl", from.name());
  }

  @Test
  void aMarginCodeAboveAWithheldAddressBelongsToThatHeader() throws IOException {
    ReleaseRecord r = parse("C05787433"); // B6 printed after the classification block, above Pickering's header
    Message mills = r.messages().get(0);
    Message pickering = r.messages().get(1);
    Redaction b6 = r.redactions().get(0);
    assertEquals(List.of("B6"), b6.codes());
    assertTrue(b6.offset() > mills.bodyEnd() && b6.offset() >= pickering.headerStart()
        && b6.offset() <= pickering.bodyStart(), b6 + " " + mills + " " + pickering);
  }

  // The second round (docs/parser-accuracy.md, "Second round"): classes found on the first held-out set.

  @Test
  void aHeaderCutByAPageBreakGoesOnToItsSentLine() throws IOException {
    Message ferry = parse("C05791866").messages().get(4); // To: / banners / Cc: / four blank lines / Sent:
    assertEquals("2011-02-24T23:32", ferry.sent().toString());
    assertEquals("Ferry", ferry.subject());
    assertEquals(List.of("Denis R. McDonough", "tdonilon"), names(ferry.cc()), "the redaction's '1 tO' is no recipient");
  }

  @Test
  void aMemoHeadingWithItsSubjectFarBelowIsNoMessage() {
    String memo = "From:            Carlos Pascual                                       September 6, 2009\n\n\n\n\n"
        + "Subject:         Initial Impressions\n\nBody of the note.\n";
    assertEquals(0, PARSER.parse("memo.txt", memo).messages().size());
  }

  @Test
  void aRecipientListGoesOnAcrossOneBlankLine() throws IOException {
    Message rhodes = parse("C05786802").messages().get(2);
    assertEquals("RE: DRAFT statement", rhodes.subject());
    assertTrue(names(rhodes.to()).contains("Earnest, Joshua R."), names(rhodes.to()).toString());
  }

  @Test
  void aLabelAfterAStrayDotIsALabel() throws IOException {
    List<Message> messages = parse("C05767635").messages(); // ". To:" at the scan's edge
    assertEquals(4, messages.size());
    assertEquals("Doug Band", messages.get(2).from().name());
  }

  @Test
  void aSubjectThatRanToTheEdgeGoesOnBelow() throws IOException {
    Message m = parse("C05792951").messages().get(1);
    assertTrue(m.subject().endsWith("the current and immediate past president of the"), m.subject());
  }

  @Test
  void aWholeTimeAfterADamagedYearIsTheTime() throws IOException {
    assertEquals("2012-07-13T22:01", sent(parse("C05796633"), 2)); // "Fri, Jul 13,20 2 at 10:01 PM"
  }

  @Test
  void aDayAndYearRunTogetherAreRead() throws IOException {
    assertEquals("2011-03-13", sent(parse("C05786472"), 3)); // "Sunday, March 137011 n7•21 PM"
  }

  @Test
  void aSectionCodeWithASpaceInsideItsBracketIsACode() throws IOException {
    assertEquals(List.of("1.4(B)", "1.4(D)", "B1"), parse("C05784177").redactions().get(0).codes()); // "1.4( B)"
  }

  @Test
  void damagedMailtoOpensAnAddress() throws IOException {
    String chain = """
        From: H Ernailto:HDR22@clintonemail.coml
        Sent: Friday, March 12, 2010 7 58 AM
        To: Sullivan, Jacob J
        Subject: Re: Brits

        Ok.

        From Sullivan, Jacob jrnailto:Sullivanjj@state.govj
        Sent: Friday, March 12, 2010 07:40 AM
        To: H
        Subject: Brits
        """;
    List<Message> m = PARSER.parse("chain.txt", chain).messages();
    assertEquals(2, m.size(), "a From without its colon, before a damaged mailto, opens a header");
    assertEquals(new Party("H", "HDR22@clintonemail.com"), m.get(0).from(), "the closing bracket read as l is dropped");
    assertEquals("2010-03-12T07:58", m.get(0).sent().toString(), "the time whose colon was lost");
    assertEquals(new Party("Sullivan, Jacob", "Sullivanjj@state.gov"), m.get(1).from());
  }

  @Test
  void namesThePagePushedBelowAnEmptyToStillBelongToIt() {
    String chain = "From: Hammer, Michael A\nTo:\n\n\n\n\n"
        + "                                                                        Steinberg, James\n"
        + "B; 'Daniel.Poneman                                      'Gregory.Jaczko\n\n"
        + "Cc: 'Dan.Leistikow\nSent: Tue Mar 15 01:33:03 2011\nSubject: Re: Final review\n\nBody.\n";
    Message m = PARSER.parse("chain.txt", chain).messages().get(0);
    assertEquals("2011-03-15T01:33", m.sent().toString());
    assertEquals("Re: Final review", m.subject());
    assertEquals(List.of("Steinberg, James B", "Daniel.Poneman", "Gregory.Jaczko"), names(m.to()));
  }
}
