package org.readingroom.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the persons of an archive from its tally of printed parties (see {@link PersonClusterer}
 * for the evidence), and gives each a stable id: a person keeps the anchor (and so the id) it had in
 * the previous analysis while it holds that alias; a new person is anchored on its most printed
 * alias; when persons merged, the one whose anchor is most printed gives the id and the others' ids
 * become former ids, which still lead to it.
 */
public final class PersonFinder {
  private PersonFinder() {}

  /** What the clustering found, and what it weighed. */
  public record Found(List<Person> persons, int refusedUnions) {
    public Found {
      persons = List.copyOf(persons);
    }
  }

  /**
   * @param previous the persons of the previous analysis of this archive (before curators'
   *     overrides), or an empty list
   */
  public static Found find(PartyTally tally, List<Person> previous) {
    PersonClusterer clusterer = new PersonClusterer(tally);
    List<List<Integer>> groups = clusterer.cluster();
    Map<String, Person> previousByAnchor = new HashMap<>();
    for (Person p : previous) {
      previousByAnchor.put(p.anchor(), p);
    }
    List<Person> persons = new ArrayList<>(groups.size());
    for (List<Integer> group : groups) {
      List<Alias> aliases = new ArrayList<>(group.size());
      for (int i : group) {
        aliases.add(new Alias(clusterer.alias(i), clusterer.count(i)));
      }
      aliases.sort(MOST_PRINTED);
      persons.add(anchored(aliases, CanonicalName.of(aliases), previousByAnchor, List.of()));
    }
    persons.sort(BY_PRINTED);
    return new Found(persons, clusterer.refused());
  }

  /** Most printed first, then by text. */
  static final Comparator<Alias> MOST_PRINTED =
      Comparator.comparingLong(Alias::count).reversed().thenComparing(Alias::text);

  /** Most printed persons first, then by id. */
  static final Comparator<Person> BY_PRINTED =
      Comparator.comparingLong(Person::printed).reversed().thenComparing(Person::id);

  /**
   * A person of these aliases, anchored on the most printed alias that anchored a person before
   * (whose former ids it takes, with the ids of the other persons it absorbed), else on its most
   * printed alias.
   *
   * @param aliases most printed first
   */
  static Person anchored(List<Alias> aliases, String name, Map<String, Person> before, List<String> moreFormerIds) {
    String anchor = null;
    TreeSet<String> formerIds = new TreeSet<>(moreFormerIds);
    for (Alias a : aliases) {
      Person was = before.get(a.text());
      if (was != null) {
        if (anchor == null) {
          anchor = a.text();
        } else {
          formerIds.add(was.id());
        }
        formerIds.addAll(was.formerIds());
      }
    }
    if (anchor == null) {
      anchor = aliases.get(0).text();
    }
    String id = Person.idOf(anchor);
    formerIds.remove(id);
    return new Person(id, name, anchor, aliases, new ArrayList<>(formerIds));
  }
}
