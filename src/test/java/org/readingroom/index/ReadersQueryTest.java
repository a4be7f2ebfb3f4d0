package org.readingroom.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A reader's query made into the syntax, each rule on its own, and what the reading says. */
class ReadersQueryTest {

  @Test
  void theStrictSyntaxReadsAsTyped() {
    for (String q : new String[] {"from:mills libya", "\"tehran reactor\"~5", "libya AND NOT egypt",
        "sent:[2011-01 TO 2011-06]", "exemption:1.4(D)", "(libya OR egypt) AND oil"}) {
      ReadersQuery r = ReadersQuery.of(q);
      assertEquals(q, r.syntax(), q);
      assertNull(r.notice(), q);
    }
  }

  @Test
  void whatTheSyntaxRefusesIsReadAsMeant() {
    assertEquals("Re  Libya", ReadersQuery.of("Re: Libya").syntax());
    assertTrue(ReadersQuery.of("Re: Libya").notice().contains("'Re:' names no field"));
    assertEquals("9\\/11", ReadersQuery.of("9/11").syntax());
    assertEquals("C05774862", ReadersQuery.documentNumber("Doc No. C05774862"), "copied from the banner with its label");
    assertEquals("C05774862", ReadersQuery.documentNumber(" c05774862 "));
    assertEquals(null, ReadersQuery.documentNumber("C05774862 libya"));
    assertEquals("iran OR fuel OR swap", ReadersQuery.anyOf(" iran fuel  swap"));
    assertEquals("U.S. OR talks", ReadersQuery.anyOf("U.S. talks"));
    assertEquals("nosuchfield OR brotherhood", ReadersQuery.anyOf("nosuchfield:brotherhood"), "read as words first");
    for (String asked : new String[] {"libya", "\"fuel swap\"", "iran AND swap", "iran not swap", "from:mills libya", "swap*"}) {
      assertEquals(null, ReadersQuery.anyOf(asked), asked);
    }
    assertEquals("Today's 9\\:15 Discussion", ReadersQuery.of("Today's 9:15 Discussion").syntax(), "a time is no field");
    assertEquals("sent:[2011-03-08 TO 2011-03-09]", ReadersQuery.of("sent:[2011-03-08 TO 2011-03-09]").syntax());
    assertEquals("\"9/11\"", ReadersQuery.of("\"9/11\"").syntax(), "inside a phrase the slash is a character already");
    assertEquals("libya OR egypt", ReadersQuery.of("libya or egypt").syntax());
    assertEquals("libya AND egypt", ReadersQuery.of("libya and egypt").syntax());
    assertEquals("did not", ReadersQuery.of("did not").syntax(), "a lower-case not stays a word");
    assertEquals("\"law and order\"", ReadersQuery.of("\"law and order\"").syntax(), "not inside a phrase");
    assertEquals(" tehran research", ReadersQuery.of("\"tehran research").syntax());
    assertTrue(ReadersQuery.of("\"tehran research").notice().contains("quote"));
    assertEquals(" libya", ReadersQuery.of("(libya").syntax());
    assertEquals("libya ", ReadersQuery.of("libya)").syntax());
    assertEquals("libya", ReadersQuery.of("*libya").syntax(), "no leading wildcard");
    assertTrue(ReadersQuery.isDocumentNumber(" c05787433 "));
    assertFalse(ReadersQuery.isDocumentNumber("C05787433 libya"));
  }
}
