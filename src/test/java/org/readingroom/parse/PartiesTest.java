package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingroom.record.Party;

class PartiesTest {

  private static Party p(String name, String address) {
    return new Party(name, address);
  }

  @Test
  void nameAndAddress() {
    assertEquals(p("Mills, Cheryl D", "MillsCD@state.gov"), Parties.one("Mills, Cheryl D <MillsCD@state.gov>"));
    assertEquals(p("Mills, Cheryl D", "MillsCD@state.gov"), Parties.one("Mills, Cheryl D [mailto:MillsCD@state.gov]"));
    assertEquals(p("H", "hrod17@clintonemail.com"), Parties.one("H <hrod17@clintonemail.com >"));
    assertEquals(p("Mills, Cheryl D", "MillsCD@state.gov"), Parties.one("\"Mills, Cheryl D\" [MillsCD@state.gov]"));
  }

  @Test
  void withheldOrCutOffAddresses() {
    assertEquals(p("Pickering, Thomas R", null), Parties.one("Pickering, Thomas R [mailto:"));
    assertEquals(p("Pickering, Thomas R", null), Parties.one("Pickering, Thomas R [redacted]"));
    assertEquals(p("sbwhoeop", null), Parties.one("sbwhoeop              <sbwhoeop"));
    assertEquals(p(null, "Russorv@state.gov"), Parties.one("'Russorv@state.gov'"));
    assertEquals(p(null, "hdr22@clintonemail.com"), Parties.one("'hdr22@clintonemail.com' <hdr22@clintonemail.com>"));
  }

  @Test
  void debrisInAListIsNoRecipientButElevenMayBeClintonsH() {
    assertEquals(List.of(p("Denis R. McDonough", null), p("tdonilon", null)),
        Parties.list("'Denis R. McDonough          'tdonilon      1 tO"));
    assertEquals(List.of(p("H", null)), Parties.list("H; 3; B6 1"));
    assertEquals(List.of(p("11", null)), Parties.list("11"), "H read as two ones stays");
    assertEquals(List.of(p("cheryl.mills", null), p("Mills, Cheryl D", null)), Parties.list("cheryl.mills »; Mills, Cheryl D"));
  }

  @Test
  void damagedMailtoOpensTheAddress() {
    assertEquals(p("H", "HDR22@clintonemail.com"), Parties.one("H Ernailto:HDR22@clintonemail.com"));
    assertEquals(p("Lipton, David A.", null), Parties.one("Lipton, David A. [rnailto"));
    assertEquals(p("Sergent, Talley R", "SergentRT@state.gov"), Parties.one("Sergent, Talley R fmailto:SergentRT@state.govj"));
    assertEquals(p("Ambassador M. Osman Siddique", null), Parties.one("Ambassador M. Osman Siddique imailto"));
    assertEquals(p("Tomato", null), Parties.one("Tomato"), "no opener inside a word");
  }

  @Test
  void ocrAddressesAreKeptAsPrinted() {
    assertEquals(p(null, "MillsCD©state.goy"), Parties.one("MillsCD©state.goy"));
    assertEquals(p(null, "millscd?state.gov"), Parties.one("millscd?state.gov"));
  }

  @Test
  void strayPunctuationIsDropped() {
    assertEquals(p("Valmoro, Lona", null), Parties.one("Valmoro, Lona.)"));
    assertEquals(p("Ghori, Saba N", null), Parties.one("Ghori, Saba N •"));
    assertEquals(p("Cousens, Elizabeth (USUN)", null), Parties.one("Cousens, Elizabeth (USUN)"));
    assertNull(Parties.one("  "));
  }

  @Test
  void recipientsSplitAtSemicolonsGapsAndWholeNameCommas() {
    assertEquals(List.of(p("Abedin, Huma", null), p("Mills, Cheryl D", null)), Parties.list("Abedin, Huma; Mills, Cheryl D"));
    assertEquals(List.of(p("Jake Sullivan", null), p("Cheryl Mills", null)), Parties.list("Jake Sullivan, Cheryl Mills"));
    assertEquals(List.of(p("Carl Yoder, Samantha A", null)), Parties.list("Carl Yoder, Samantha A"));
    assertEquals(List.of(p("Leonard, Mary Beth", null)), Parties.list("Leonard, Mary Beth"));
    assertEquals(List.of(p(null, "a@state.gov"), p(null, "b@state.gov")), Parties.list("a@state.gov, b@state.gov"));
    assertEquals(List.of(p("jake.sullivan", null), p(null, "leltmanjd@state.gov")),
        Parties.list("'jake.sullivan                    leltmanjd@state.gov'"));
    assertEquals(List.of(p("DavidJ._PressmaH", null), p("Donegan, James E (USUN)", null)),
        Parties.list("'DavidJ._PressmaH                  <David1._Pressman                     Donegan, James E (USUN);"));
    assertEquals(List.of(), Parties.list(""));
  }
}
