package org.readingroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.readingroom.index.QuerySyntaxException;
import org.readingroom.index.SearchRequest;
import org.readingroom.people.PartyTally;
import org.readingroom.people.People;
import org.readingroom.people.PeopleOverrides;
import org.readingroom.people.PersonFinder;
import org.readingroom.record.Party;

/** A search for a person matches every alias of theirs, whether named by option or in the query. */
class PersonSearchTest {

  private static People people() {
    PartyTally t = new PartyTally();
    for (int i = 0; i < 5; i++) {
      t.add(new Party("Mills, Cheryl D", "MillsCD@state.gov"));
      t.add(new Party("H", "hrod17@clintonemail.com"));
      t.add(new Party("Sullivan, Jacob J", "SullivanJJ@state.gov"));
    }
    t.add(new Party("Sullivan, Jacob J Rudman", null));
    return People.of(PersonFinder.find(t, List.of()).persons(), PeopleOverrides.none());
  }

  @Test
  void aSearchForAPersonMatchesEveryAlias() {
    People people = people();
    SearchRequest r = PersonSearch.expand(SearchRequest.builder().from("H").to("Cheryl Mills").build(), people);
    assertEquals(null, r.from());
    assertEquals(List.of("H", "hrod17@clintonemail.com"), r.senders());
    assertEquals(List.of("Mills, Cheryl D", "MillsCD@state.gov"), r.recipients());
    SearchRequest words = PersonSearch.expand(SearchRequest.of(null).withParties(null, null), people);
    assertTrue(words.senders().isEmpty());
    SearchRequest lone = PersonSearch.expand(SearchRequest.builder().from("Sullivan, Jacob J Rudman").build(), people);
    assertEquals("Sullivan, Jacob J Rudman", lone.from(), "a person of one alias: its words match more");
  }

  @Test
  void personsNamedInTheQueryAreLookedUpBeforeTheSearch() {
    SearchRequest r = PersonSearch.expand(
        SearchRequest.of("libya from:\"Cheryl Mills\" (to:H OR recipient:nobody)"), people());
    assertEquals(Map.of("Cheryl Mills", List.of("Mills, Cheryl D", "MillsCD@state.gov"),
        "H", List.of("H", "hrod17@clintonemail.com")), r.personAliases());
    assertTrue(PersonSearch.namesAnyone(SearchRequest.of("to:H")));
    assertFalse(PersonSearch.namesAnyone(SearchRequest.of("libya subject:from")));
  }

  @Test
  void aQueryThatCannotBeReadFailsAsTheSearchWould() {
    assertThrows(QuerySyntaxException.class, () -> PersonSearch.expand(SearchRequest.of("from:mills sent:[yesterday TO now]"), people()));
  }
}
