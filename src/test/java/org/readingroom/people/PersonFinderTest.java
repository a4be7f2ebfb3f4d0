package org.readingroom.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingroom.record.Party;

/** The clustering rules, each on constructed headers: what must merge, and what must stay apart. */
class PersonFinderTest {

  private final PartyTally tally = new PartyTally();

  /** Prints a party {@code times} times. */
  private PersonFinderTest printed(int times, String name, String address) {
    for (int i = 0; i < times; i++) {
      tally.add(new Party(name, address));
    }
    return this;
  }

  private List<Person> persons() {
    return PersonFinder.find(tally, List.of()).persons();
  }

  private static Person holding(List<Person> persons, String alias) {
    for (Person p : persons) {
      if (p.aliases().stream().anyMatch(a -> a.text().equals(alias))) {
        return p;
      }
    }
    throw new AssertionError("no person holds " + alias);
  }

  private void assertOnePerson(String... aliases) {
    List<Person> persons = persons();
    Person first = holding(persons, aliases[0]);
    for (String a : aliases) {
      assertEquals(first.id(), holding(persons, a).id(), a + " should be " + first.name());
    }
  }

  private void assertApart(String a, String b) {
    List<Person> persons = persons();
    assertNotEquals(holding(persons, a).id(), holding(persons, b).id(), a + " and " + b + " are two people");
  }

  @Test
  void aNameWithAnAddressInOneHeaderIsOnePerson() {
    printed(5, "Mills, Cheryl D", "MillsCD@state.gov").printed(3, null, "millscd?state.gov")
        .printed(2, "Cheryl Mills", null).printed(2, "cheryl.mills", null).printed(1, "Mills, Cheryl 0", null);
    assertOnePerson("Mills, Cheryl D", "MillsCD@state.gov", "millscd?state.gov", "Cheryl Mills", "cheryl.mills",
        "Mills, Cheryl 0");
    assertEquals("Mills, Cheryl D", holding(persons(), "cheryl.mills").name(), "the most printed full name");
  }

  @Test
  void aSingleLetterJoinsOnlyThroughTheAddressesPrintedWithIt() {
    printed(5, "H", "hrod17@clintonemail.com").printed(4, "H", "HDR22@clintonemail.com")
        .printed(2, null, "hrod17@clintonemail.corn").printed(3, "HRC", "HDR22@clintonemail.com")
        .printed(1, "Hrc", null).printed(6, "Hillary Clinton", "hdr22@clintonemail.com")
        .printed(3, "Koh, Harold H", null).printed(2, "h", null);
    assertOnePerson("H", "h", "hrod17@clintonemail.com", "HDR22@clintonemail.com", "hrod17@clintonemail.corn", "HRC",
        "Hrc", "Hillary Clinton");
    assertEquals("Hillary Clinton", holding(persons(), "H").name());
    assertApart("H", "Koh, Harold H");
  }

  @Test
  void aLoneLetterWithoutAddressesStaysALoneWord() {
    printed(5, "H", null).printed(5, "Hillary Clinton", null);
    assertApart("H", "Hillary Clinton");
  }

  @Test
  void ocrConfusionsOfOneAddress() {
    printed(20, "Sullivan, Jacob J", "SullivanJJ@state.gov").printed(1, null, "SuIlivanJJ@state.gov")
        .printed(1, null, "Sullivan1J@state.gov").printed(1, null, "isullivanjj@state.gov")
        .printed(1, null, "sullivanjj@state.govi");
    assertOnePerson("Sullivan, Jacob J", "SuIlivanJJ@state.gov", "Sullivan1J@state.gov", "isullivanjj@state.gov",
        "sullivanjj@state.govi");
  }

  @Test
  void aDamagedDomainReadsAsTheCommonOne() {
    printed(40, "H", "hrod17@clintonemail.com").printed(1, null, "hrod17@clintoriemail.com");
    assertOnePerson("H", "hrod17@clintoriemail.com");
  }

  @Test
  void nicknamesAndDamageAtAWordsEnd() {
    printed(30, "Sullivan, Jacob J", null).printed(2, "Jake Sullivan", null).printed(3, "Sullivan, Jacobi", null)
        .printed(1, "Sullivan, Jacob 3", null);
    assertOnePerson("Sullivan, Jacob J", "Jake Sullivan", "Sullivan, Jacobi", "Sullivan, Jacob 3");
  }

  @Test
  void aWordThatIsTheLocalPartOfAFrequentName() {
    printed(30, "Reines, Philippe I", "reinesp@state.gov").printed(4, "preines", null);
    assertOnePerson("Reines, Philippe I", "preines");
  }

  @Test
  void aWordPrintedAsANameIsNoLocalPart() {
    printed(30, "Roy Spence", null).printed(3, "Spencer", null).printed(2, "rspence", null);
    assertApart("Roy Spence", "Spencer");
    assertOnePerson("Roy Spence", "rspence");
  }

  @Test
  void aNicknameAsOcrPrintsIt() {
    printed(30, "Sullivan, Jacob J", null).printed(2, "lake.sullivan", null);
    assertOnePerson("Sullivan, Jacob J", "lake.sullivan");
  }

  @Test
  void middleInitialsKeepNamesakesApart() {
    printed(10, "Smith, Daniel B", null).printed(10, "Smith, Daniel S", null).printed(3, "Daniel Smith", null);
    assertApart("Smith, Daniel B", "Smith, Daniel S");
    assertApart("Daniel Smith", "Smith, Daniel B");
    assertApart("Daniel Smith", "Smith, Daniel S");
  }

  @Test
  void anAddressPrintedWithSeveralPeoplesNamesJoinsNone() {
    printed(5, "Maureen White", "paperlesspost@paperlesspost.com")
        .printed(4, "Elizabeth Drew", "paperlesspost@paperlesspost.com");
    assertApart("Maureen White", "Elizabeth Drew");
    assertApart("Maureen White", "paperlesspost@paperlesspost.com");
  }

  @Test
  void aPairingSeenOnceThatTheAddressDoesNotHoldIsNotTrusted() {
    printed(10, "Burns, William J", "BurnsWJ@state.gov").printed(10, "Kennedy, Patrick F", "kennedypf@state.gov")
        .printed(1, "wburns66", "kennedypf@state.gov");
    assertApart("wburns66", "kennedypf@state.gov");
    assertApart("Burns, William J", "Kennedy, Patrick F");
  }

  @Test
  void twoFullNamesNeverMergeThroughABadLink() {
    printed(20, "Mills, Cheryl D", "MillsCD@state.gov").printed(10, "Abedin, Huma", "AbedinH@state.gov")
        .printed(3, "Abedin, Huma", "MillsCD@state.gov");
    assertApart("Mills, Cheryl D", "Abedin, Huma");
    assertOnePerson("Mills, Cheryl D", "MillsCD@state.gov");
    assertEquals(1, PersonFinder.find(tally, List.of()).refusedUnions());
  }

  @Test
  void aNamePrintedWithSomeoneElsesAddressStaysAlone() {
    printed(10, "H", "hdr22@clintonemail.com").printed(1, "Jake Sullivan ReplyTo: hdr22@clintonemail.com", null);
    assertApart("H", "Jake Sullivan ReplyTo: hdr22@clintonemail.com");
  }

  @Test
  void twoPartiesGluedIntoOneAliasJoinNeither() {
    printed(20, "Ahmed, Salman (USUN)", null).printed(1, "Ahmed, Salman (USUN • 'Avril D Haines", null)
        .printed(20, "Abedin, Huma", "AbedinH@state.gov").printed(1, "Abedin, Huma. Hyde", null)
        .printed(20, "H", "hdr22@clintonemail.com").printed(1, "shdr22@clintonemail.com% Mills", null)
        .printed(20, "Gordon, Philip H", null).printed(1, "Gordon, Phili • H", null);
    assertApart("Ahmed, Salman (USUN)", "Ahmed, Salman (USUN • 'Avril D Haines");
    assertApart("Abedin, Huma", "Abedin, Huma. Hyde");
    assertApart("H", "shdr22@clintonemail.com% Mills");
    assertOnePerson("Gordon, Philip H", "Gordon, Phili • H");
  }

  @Test
  void idsAreHashesOfTheAnchorAndStayWhenUnrelatedDataChanges() {
    printed(5, "Mills, Cheryl D", "MillsCD@state.gov").printed(3, "Abedin, Huma", null);
    List<Person> first = persons();
    Person mills = holding(first, "MillsCD@state.gov");
    assertEquals(Person.idOf("Mills, Cheryl D"), mills.id());
    assertEquals(first, PersonFinder.find(tally, List.of()).persons(), "the same input, the same persons");
    printed(50, "Verveer, Melanne S", null).printed(1, "Cheryl Mills", null);
    assertEquals(mills.id(), holding(persons(), "Cheryl Mills").id());
  }

  @Test
  void aPersonKeepsItsAnchorWhenAnotherAliasOvertakesIt() {
    printed(5, "Mills, Cheryl D", "MillsCD@state.gov");
    List<Person> before = persons();
    printed(50, null, "MillsCD@state.gov");
    List<Person> after = PersonFinder.find(tally, before).persons();
    assertEquals(before.get(0).id(), after.get(0).id());
    assertEquals("Mills, Cheryl D", after.get(0).anchor());
    assertEquals(Person.idOf("MillsCD@state.gov"), PersonFinder.find(tally, List.of()).persons().get(0).id(),
        "without the previous analysis the most printed alias anchors");
  }

  @Test
  void personsMergedByNewEvidenceKeepTheFormerIdsAsLinks() {
    printed(5, "Mills, Cheryl D", null).printed(3, null, "MillsCD@state.gov");
    List<Person> before = persons();
    assertEquals(2, before.size());
    printed(3, "Mills, Cheryl D", "MillsCD@state.gov");
    List<Person> after = PersonFinder.find(tally, before).persons();
    assertEquals(1, after.size());
    assertEquals(Person.idOf("Mills, Cheryl D"), after.get(0).id());
    assertEquals(List.of(Person.idOf("MillsCD@state.gov")), after.get(0).formerIds());
  }

  @Test
  void everyAliasIsInExactlyOnePersonWithItsCount() {
    printed(3, "Mills, Cheryl D", "MillsCD@state.gov").printed(2, "Cheryl Mills", null).printed(1, "Abedin, Huma", null);
    List<String> seen = new ArrayList<>();
    for (Person p : persons()) {
      p.aliases().forEach(a -> seen.add(a.text()));
    }
    assertEquals(4, seen.size());
    assertTrue(seen.containsAll(List.of("Mills, Cheryl D", "MillsCD@state.gov", "Cheryl Mills", "Abedin, Huma")));
    assertEquals(3, holding(persons(), "MillsCD@state.gov").aliases().stream()
        .filter(a -> a.text().equals("MillsCD@state.gov")).findFirst().orElseThrow().count());
  }
}
