package org.readingroom.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names in their printed forms read as one person's name; what is not a name reads as null. */
class PersonNameTest {

  private static String key(String printed) {
    PersonName n = PersonName.read(printed);
    return n == null ? null : n.key();
  }

  @Test
  void lastFirstAndFirstLastAreOneName() {
    String k = key("Mills, Cheryl D");
    assertEquals(k, key("Cheryl Mills"));
    assertEquals(k, key("Cheryl D. Mills"));
    assertEquals(k, key("cheryl.mills"));
    assertEquals(k, key("Mills Cheryl D"), "a lost comma");
    assertEquals(k, key("Mills. Cheryl"), "a comma read as a dot");
    assertEquals(k, key("MIlls, CheryI D"), "OCR confusions");
    assertEquals('d', PersonName.read("Mills, Cheryl D").middle());
    assertEquals('d', PersonName.read("Mills, Cheryl 0").middle(), "0 is D in an initial");
    assertEquals('j', PersonName.read("Sullivan, Jacob 3").middle(), "3 is J in an initial");
  }

  @Test
  void titlesNotesAndNicknames() {
    assertEquals(key("Rice, Susan E"), key("Rice, Susan E (USUN)"));
    assertEquals(key("Hillary Clinton"), key("Secretary Hillary Clinton"));
    assertEquals(key("Sullivan, Jacob J"), key("Jake Sullivan"));
    assertEquals(key("Mills, Richard M"), key("Mills Jr., Richard M"));
  }

  @Test
  void whatIsNotAPersonsName() {
    assertNull(PersonName.read("H"));
    assertNull(PersonName.read("HRC"));
    assertNull(PersonName.read("Mills"));
    assertNull(PersonName.read("Secretary Clinton"), "a title and a family name");
    assertNull(PersonName.read("HRC Blackberry"), "an acronym");
    assertNull(PersonName.read("Kennedy, Patrick F To Mills, Cheryl D"), "two names");
    assertNull(PersonName.read("Sullivan, Jacob J Rudman"), "the next name glued on");
    assertNull(PersonName.read("Cheryl Mills Jim Kennedy Melanne Verveer"));
    assertNull(PersonName.read("White House Press Office"));
    assertNull(PersonName.read("SES-O_Shift-II"));
    assertNull(PersonName.read("MillsCD@state.gov"));
  }

  @Test
  void compatibleNamesAndNamesOfTwoPeople() {
    PersonName mills = PersonName.read("Mills, Cheryl D");
    assertTrue(mills.compatibleWith(PersonName.read("Cheryl Mills")));
    assertTrue(mills.compatibleWith(PersonName.read("Mills, Chery D")), "a letter lost at the end");
    assertTrue(PersonName.read("Abedin, Huma").compatibleWith(PersonName.read("Abedin, Hume")));
    assertFalse(mills.compatibleWith(PersonName.read("Mills, Pamela G")));
    assertFalse(mills.compatibleWith(PersonName.read("Hillary Clinton")));
    assertFalse(PersonName.read("Smith, Daniel B").compatibleWith(PersonName.read("Smith, Daniel S")));
    assertNotEquals(key("Smith, Dana S"), key("Smith, Daniel B"));
  }
}
