package org.readingroom.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.people.People;
import org.readingroom.people.PeopleOverrides;
import org.readingroom.people.Person;
import org.readingroom.people.UnknownPersonException;

/**
 * A curator's changes to the persons of an archive: merge, split, rename. Each is checked against
 * the persons as they are now, then kept in {@code people-overrides.json} (by alias, so it holds
 * after the next ingest recomputes the persons) and applied from then on. Each change throws
 * {@link UnknownPersonException} when an id or alias names no person, and {@link
 * IllegalArgumentException} when it makes no sense (a merge of one person, a split of an alias the
 * person does not hold, an empty name).
 */
public final class PeopleCuration {

  private final ArchiveLayout layout;

  public PeopleCuration(ArchiveLayout layout) {
    this.layout = layout;
  }

  /** Makes one person of the persons these ids (or aliases) name; returns it. */
  public synchronized Person merge(List<String> idsOrAliases) throws IOException {
    People now = now();
    Set<Person> persons = new LinkedHashSet<>();
    for (String x : idsOrAliases) {
      persons.add(person(now, x));
    }
    if (persons.size() < 2) {
      throw new IllegalArgumentException("a merge needs two persons or more; these name one");
    }
    List<String> anchors = new ArrayList<>();
    persons.forEach(p -> anchors.add(p.anchor()));
    return apply(new PeopleOverrides.Merge(anchors), anchors.get(0));
  }

  /** Takes these aliases out of the person and makes them a person of their own; returns that one. */
  public synchronized Person split(String idOrAlias, List<String> aliases) throws IOException {
    Person p = person(now(), idOrAlias);
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException("name the aliases to split off");
    }
    Set<String> held = new HashSet<>();
    p.aliases().forEach(a -> held.add(a.text()));
    for (String a : aliases) {
      if (!held.contains(a)) {
        throw new IllegalArgumentException("'" + a + "' is not an alias of " + p.id() + " (" + p.name() + ")");
      }
    }
    if (new HashSet<>(aliases).size() >= held.size()) {
      throw new IllegalArgumentException("a split must leave the person an alias");
    }
    return apply(new PeopleOverrides.Split(aliases), aliases.get(0));
  }

  /** Gives the person a name; returns it. */
  public synchronized Person rename(String idOrAlias, String name) throws IOException {
    Person p = person(now(), idOrAlias);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a new name cannot be empty");
    }
    return apply(new PeopleOverrides.Rename(p.anchor(), name), p.anchor());
  }

  private People now() throws IOException {
    return People.of(Person.read(layout.people()), PeopleOverrides.read(layout.peopleOverrides()));
  }

  private static Person person(People people, String idOrAlias) {
    return people.resolve(idOrAlias).orElseThrow(() -> new UnknownPersonException(idOrAlias));
  }

  private Person apply(PeopleOverrides.Change change, String aliasOfResult) throws IOException {
    PeopleOverrides overrides = PeopleOverrides.read(layout.peopleOverrides()).with(change);
    overrides.write(layout.peopleOverrides());
    People after = People.of(Person.read(layout.people()), overrides);
    return after.byAlias(aliasOfResult).orElseThrow(() -> new IllegalStateException("the change lost " + aliasOfResult));
  }

}
