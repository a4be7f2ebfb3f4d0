package org.readingroom.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.record.Party;

/** Curators' overrides over found persons; finding a person by what a reader types. */
class PeopleTest {

  @TempDir Path tmp;

  private static List<Person> found(PartyTally t) {
    return PersonFinder.find(t, List.of()).persons();
  }

  private static PartyTally tally() {
    PartyTally t = new PartyTally();
    for (int i = 0; i < 5; i++) {
      t.add(new Party("Mills, Cheryl D", "MillsCD@state.gov"));
      t.add(new Party("H", "hrod17@clintonemail.com"));
      t.add(new Party("Sullivan, Jacob J", "SullivanJJ@state.gov"));
    }
    t.add(new Party("Sullivan, Jacob J Rudman", null));
    return t;
  }

  @Test
  void mergeSplitAndRenameApplyInOrder() {
    List<Person> found = found(tally());
    People plain = People.of(found, PeopleOverrides.none());
    assertNotEquals(plain.byAlias("Sullivan, Jacob J").orElseThrow(), plain.byAlias("Sullivan, Jacob J Rudman").orElseThrow());
    People curated = People.of(found, PeopleOverrides.none()
        .with(new PeopleOverrides.Merge(List.of("Sullivan, Jacob J", "Sullivan, Jacob J Rudman")))
        .with(new PeopleOverrides.Split(List.of("hrod17@clintonemail.com")))
        .with(new PeopleOverrides.Rename("H", "Hillary Rodham Clinton")));
    Person sullivan = curated.byAlias("Sullivan, Jacob J Rudman").orElseThrow();
    assertEquals(curated.byAlias("SullivanJJ@state.gov").orElseThrow(), sullivan);
    assertEquals(Person.idOf("Sullivan, Jacob J"), sullivan.id(), "the larger person's id survives");
    assertEquals(List.of(Person.idOf("Sullivan, Jacob J Rudman")), sullivan.formerIds());
    assertSame(sullivan, curated.byId(Person.idOf("Sullivan, Jacob J Rudman")).orElseThrow(), "a former id still leads here");
    assertNotEquals(curated.byAlias("H").orElseThrow(), curated.byAlias("hrod17@clintonemail.com").orElseThrow());
    assertEquals("Hillary Rodham Clinton", curated.byAlias("H").orElseThrow().name());
  }

  @Test
  void overridesSurviveARecomputationWithMoreData() throws Exception {
    PeopleOverrides overrides = PeopleOverrides.none()
        .with(new PeopleOverrides.Merge(List.of("Sullivan, Jacob J", "Sullivan, Jacob J Rudman")))
        .with(new PeopleOverrides.Rename("H", "Hillary Rodham Clinton"));
    Path file = tmp.resolve("people-overrides.json");
    overrides.write(file);
    assertEquals(overrides, PeopleOverrides.read(file));
    PartyTally more = tally();
    for (int i = 0; i < 3; i++) {
      more.add(new Party("Hillary Clinton", "hrod17@clintonemail.com"));
      more.add(new Party("Abedin, Huma", null));
    }
    List<Person> previous = found(tally());
    People recomputed = People.of(PersonFinder.find(more, previous).persons(), PeopleOverrides.read(file));
    assertEquals(recomputed.byAlias("Sullivan, Jacob J").orElseThrow(),
        recomputed.byAlias("Sullivan, Jacob J Rudman").orElseThrow());
    Person h = recomputed.byAlias("Hillary Clinton").orElseThrow();
    assertEquals("Hillary Rodham Clinton", h.name());
    assertEquals(Person.idOf("H"), h.id());
  }

  @Test
  void aChangeNamingNoAliasDoesNothing() {
    List<Person> found = found(tally());
    People curated = People.of(found, PeopleOverrides.none().with(new PeopleOverrides.Merge(List.of("nobody", "H"))));
    assertEquals(People.of(found, PeopleOverrides.none()).all(), curated.all());
  }

  @Test
  void aReaderFindsAPersonByIdAliasOrAnyFormOfTheName() {
    People people = People.of(found(tally()), PeopleOverrides.none());
    Person mills = people.byAlias("Mills, Cheryl D").orElseThrow();
    for (String typed : List.of(mills.id(), "Mills, Cheryl D", "mills, cheryl d", "Cheryl Mills", "cheryl.mills",
        "millscd@state.gov", "MiIIsCD@state.gov")) {
      assertEquals(mills, people.resolve(typed).orElse(null), typed);
    }
    assertFalse(people.resolve("Pamela Mills").isPresent());
    assertFalse(people.resolve("").isPresent());
  }

}
