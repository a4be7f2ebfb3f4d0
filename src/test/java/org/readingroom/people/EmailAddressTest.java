package org.readingroom.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Addresses read through OCR damage share one key. */
class EmailAddressTest {

  private static String key(String printed) {
    EmailAddress a = EmailAddress.find(printed);
    return a == null ? null : a.key();
  }

  @Test
  void theAtSignAsOcrPrintsIt() {
    String k = key("MillsCD@state.gov");
    assertEquals(k, key("MillsCD©state.gov"));
    assertEquals(k, key("millscd?state.gov"));
    assertEquals(key("HDR22@clintonemail.com"), key("HDR22(aclintonemail.com"));
  }

  @Test
  void damagedDomainsAndStrayMarksAfterThem() {
    String k = key("hrod17@clintonemail.com");
    assertEquals(k, key("hrod17@clintonemail.corn"));
    assertEquals(k, key("hrod17@clintonemailcom"));
    assertEquals(k, key("hrod17@clintonemail.comj"));
    assertEquals(k, key("hrodl7@clintonernail.com"));
    assertEquals(key("MillsCD@state.gov"), key("millscd@state.goy"));
    assertEquals(key("MillsCD@state.gov"), key("MillsCD@state,gov"));
    assertEquals(key("millscd@state.gov"), key("millscd@state.g ov"));
  }

  @Test
  void anAddressInsideANameField() {
    assertEquals(key("HDR22@clintonemail.com"), key("H [mailto:HDR22@clintonemail.com]"));
    assertEquals(key("MillsCD@state.gov"), key("Cheryl Mills (MillsCD@state.gov)"));
  }

  @Test
  void notAddresses() {
    assertNull(key("Mills, Cheryl D"));
    assertNull(key("What? Who"));
    assertNull(key("H"));
  }
}
