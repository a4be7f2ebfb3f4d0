package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.readingroom.parse.Rows.pad;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.ReleaseRecord;

/** The email-header state machine, read through the parser's public record. */
class MessageAssemblerTest {

  private static ReleaseRecord parse(String... lines) {
    return new ReleaseParser().parse("test", String.join("\n", lines));
  }

  @Test
  void aChainOfOutlookAndBlackBerryHeaders() {
    ReleaseRecord r = parse(
        "From:                              Mills, Cheryl D <MillsCD@state.gov>",
        "Sent:                              Sunday, January 1, 2012 7:27 AM",
        "To:                                H",
        "Subject:                           Fw: Letter to the Secretary",
        "Attachments:                       Letter one.pdf; Letter two.pdf",
        "",
        "FYI",
        "",
        "-----Original Message-----",
        "From: Pickering, Thomas R [mailto:",
        "To: Mills, Cheryl D",
        "Cc: Abedin, Huma",
        "Sent: Sat Dec 31 18:06:00 2011",
        "Subject: Letter to the Secretary",
        "",
        "Cheryl: this letter follows up.");
    assertEquals(2, r.messages().size());
    Message top = r.messages().get(0);
    assertEquals(new Party("Mills, Cheryl D", "MillsCD@state.gov"), top.from());
    assertEquals("2012-01-01T07:27", String.valueOf(top.sent()));
    assertEquals(List.of(new Party("H", null)), top.to());
    assertEquals(List.of("Letter one.pdf", "Letter two.pdf"), top.attachments());
    assertEquals("FYI", r.body(top));
    Message quoted = r.messages().get(1);
    assertEquals(new Party("Pickering, Thomas R", null), quoted.from());
    assertEquals(List.of(new Party("Abedin, Huma", null)), quoted.cc());
    assertEquals("Cheryl: this letter follows up.", r.body(quoted));
    assertEquals("From: Pickering, Thomas R [mailto:\nTo: Mills, Cheryl D\nCc: Abedin, Huma\n"
        + "Sent: Sat Dec 31 18:06:00 2011\nSubject: Letter to the Secretary", r.header(quoted));
  }

  @Test
  void aValuePrintedAboveItsLabel() {
    ReleaseRecord r = parse(
        "From:                               Sullivan, Jacob J <Sullivann@state.gov>",
        "                                    Wednesday, November 17, 2010 11:26 AM",
        "Sent:",
        "To:",
        "Subject:                            FW: Ministers");
    Message m = r.messages().get(0);
    assertEquals("2010-11-17T11:26", String.valueOf(m.sent()));
    assertEquals(List.of(), m.to());
    assertEquals("FW: Ministers", m.subject());
  }

  @Test
  void aValuePrintedBelowItsLabelAndWrappedValues() {
    ReleaseRecord r = parse(
        "From:                            H <hrod17@clintonemail.com >",
        "Sent:                            Saturday, April 30, 2011 11:02 AM",
        "To:",
        "                                 'verveerms@state.gov.",
        "Cc:                              McHale,",
        "                                 Judith A; Mills, Cheryl",
        "                                 D",
        "Subject:                         Re: Read-out from Conversation with Mukhtar Mai: April 27 and a",
        "                                 long subject");
    Message m = r.messages().get(0);
    assertEquals(List.of(new Party(null, "verveerms@state.gov")), m.to());
    assertEquals(List.of(new Party("McHale, Judith A", null), new Party("Mills, Cheryl D", null)), m.cc());
    assertEquals("Re: Read-out from Conversation with Mukhtar Mai: April 27 and a long subject", m.subject());
  }

  @Test
  void aHeaderGoesOnAcrossAPageBreak() {
    ReleaseRecord r = parse(
        "From: Podesta, John",
        "Sent: Monday, May 3, 2010 9:00 AM",
        "", "",
        "UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05763939 Date: 08/31/2015",
        "\fUNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05763939 Date: 08/31/2015",
        "", "", "",
        "To: H",
        "Subject: Re: Plans",
        "",
        "Body");
    Message m = r.messages().get(0);
    assertEquals(List.of(new Party("H", null)), m.to());
    assertEquals("Re: Plans", m.subject());
    assertEquals(1, m.page());
    assertEquals(2, r.pages());
  }

  @Test
  void memoHeadingsAndQuoteLinesAreNotMessages() {
    assertEquals(0, parse("TO: Deputy Secretary", "FROM: S/P", "SUBJECT: Plan", "", "Text").messages().size());
    assertEquals(0, parse("For: Hillary", "From: Sid", "Re: Libya", "", "Text").messages().size());
    assertEquals(0, parse("To: Vivek", "From: Mark Pinsky", "Date: August 30, 2012", "Re: Demand").messages().size());
    assertEquals(0, parse("On 21 Sep 2009, at 20:45, Mills, Cheryl D wrote:", "Text").messages().size());
  }

  @Test
  void labelsThatLostTheirColon() {
    ReleaseRecord r = parse(
        "From:                              H <hrod17@clintonemail.com>",
        "Sent                               Monday, May 18, 2009 1:07 PM",
        "To:                                Abedin, Huma",
        "Subject                            Schedule",
        "",
        "Front: Abedin, Huma [mailto:AbedinH@state.gov]",
        "Sent: Monday, May 18, 2009 12:58 PM",
        "To: H",
        "Subject: Schedule");
    assertEquals(2, r.messages().size());
    assertEquals("Schedule", r.messages().get(0).subject());
    assertEquals("2009-05-18T12:58", String.valueOf(r.messages().get(1).sent()));
  }

  @Test
  void emptyAndWithheldFields() {
    ReleaseRecord r = parse(pad("From:", "B6", 110), "Sent: Monday, May 18, 2009 1:07 PM", "To:", "Subject:");
    Message m = r.messages().get(0);
    assertNull(m.from());
    assertEquals(List.of(), m.to());
    assertNull(m.subject());
  }
}
