package org.readingroom.analysis;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.CurationLog;
import org.readingroom.archive.OverridesFile;
import org.readingroom.archive.SharedFiles;
import org.readingroom.people.People;
import org.readingroom.people.PeopleOverrides;
import org.readingroom.people.Person;
import org.readingroom.people.UnknownPersonException;

/**
 * A curator's changes to the persons of an archive: merge, split, rename, and the undoing of any of
 * them. Each is checked against the persons as they are now, then kept in {@code
 * people-overrides.json} (by alias, so it holds after the next ingest recomputes the persons) under
 * its number, and recorded in {@code curation-log.jsonl} (when, who, what, the persons before and
 * after). Undoing a change takes it out of the overrides, so the persons are again what the
 * analysis and the other changes make them. Each change throws {@link UnknownPersonException} when
 * an id or alias names no person, and {@link IllegalArgumentException} when it makes no sense (a
 * merge of one person, a split of an alias the person does not hold, an empty name, an id longer
 * than {@link People#MAX_TYPED}).
 */
public final class PeopleCuration {

  private final ArchiveLayout layout;
  private final SharedFiles shared;
  private final Clock clock;

  public PeopleCuration(ArchiveLayout layout) {
    this(layout, SharedFiles.FOLDER, Clock.systemDefaultZone());
  }

  public PeopleCuration(ArchiveLayout layout, Clock clock) {
    this(layout, SharedFiles.FOLDER, clock);
  }

  /**
   * The curation of an archive whose files {@code shared} keeps for every machine: each change is
   * made while no other process makes one, over the files as they are shared, and shared after.
   */
  public PeopleCuration(ArchiveLayout layout, SharedFiles shared, Clock clock) {
    this.layout = layout;
    this.shared = shared;
    this.clock = clock;
  }

  /** What a change did: its number in the log, and the person it made (or, for an undoing, one it left). */
  public record Outcome(int change, Person person) {}

  /** Makes one person of the persons these ids (or aliases) name. */
  public synchronized Outcome merge(List<String> idsOrAliases, Curator who) throws IOException {
    return shared.exclusively(layout, () -> mergeNow(idsOrAliases, who));
  }

  private Outcome mergeNow(List<String> idsOrAliases, Curator who) throws IOException {
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
    return apply(new OverridesFile.Entry("merge", anchors, null, null), anchors.get(0), List.copyOf(persons), who);
  }

  /** Takes these aliases out of the person and makes them a person of their own; returns that one. */
  public synchronized Outcome split(String idOrAlias, List<String> aliases, Curator who) throws IOException {
    return shared.exclusively(layout, () -> splitNow(idOrAlias, aliases, who));
  }

  private Outcome splitNow(String idOrAlias, List<String> aliases, Curator who) throws IOException {
    Person p = person(now(), idOrAlias);
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException("name the aliases to split off");
    }
    Set<String> held = new HashSet<>();
    p.aliases().forEach(a -> held.add(a.text()));
    for (String a : aliases) {
      if (!held.contains(a)) {
        throw new IllegalArgumentException("'" + shown(a) + "' is not an alias of " + p.id() + " (" + p.name() + ")");
      }
    }
    if (new HashSet<>(aliases).size() >= held.size()) {
      throw new IllegalArgumentException("a split must leave the person an alias");
    }
    return apply(new OverridesFile.Entry("split", List.copyOf(aliases), null, null), aliases.get(0), List.of(p), who);
  }

  /** Gives the person a name. */
  public synchronized Outcome rename(String idOrAlias, String name, Curator who) throws IOException {
    return shared.exclusively(layout, () -> renameNow(idOrAlias, name, who));
  }

  private Outcome renameNow(String idOrAlias, String name, Curator who) throws IOException {
    Person p = person(now(), idOrAlias);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a new name cannot be empty");
    }
    if (name.length() > People.MAX_TYPED) {
      throw new IllegalArgumentException("a name has at most " + People.MAX_TYPED + " characters");
    }
    return apply(new OverridesFile.Entry("rename", null, p.anchor(), name.strip()), p.anchor(), List.of(p), who);
  }

  /**
   * Takes change {@code number} out of the overrides (the latest still in effect when null), so
   * that the persons are what they would be without it; the undoing is logged too.
   *
   * @throws IllegalArgumentException when no change in effect has that number
   */
  public synchronized Outcome undo(Integer number, Curator who) throws IOException {
    return shared.exclusively(layout, () -> undoNow(number, who));
  }

  private Outcome undoNow(Integer number, Curator who) throws IOException {
    List<OverridesFile.Entry> entries = new ArrayList<>(OverridesFile.read(layout.peopleOverrides()));
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("there is no change to undo");
    }
    int index = entries.size() - 1;
    if (number != null) {
      index = -1;
      for (int i = 0; i < entries.size(); i++) {
        if (number.equals(entries.get(i).change())) {
          index = i;
        }
      }
      if (index < 0) {
        throw new IllegalArgumentException("no change numbered " + number + " is in effect: 'readingroom people log'"
            + " lists them");
      }
    }
    OverridesFile.Entry undone = entries.remove(index);
    List<String> touched = aliasesOf(undone);
    People before = now();
    OverridesFile.write(layout.peopleOverrides(), entries);
    People after = now();
    int n = CurationLog.read(layout.curationLog()).nextNumber();
    List<Person> left = persons(after, touched);
    CurationLog.append(layout.curationLog(), new CurationLog.Entry(n, now(clock), who.label(), who.client(), "undo",
        undone.change(), undone, states(persons(before, touched)), states(left)));
    return new Outcome(n, left.isEmpty() ? null : left.get(0));
  }

  /** The changes in effect (those the overrides hold), newest first, as the log recorded them. */
  public List<CurationLog.Entry> inEffect() throws IOException {
    shared.pull(layout);
    Set<Integer> kept = new HashSet<>();
    for (OverridesFile.Entry e : OverridesFile.read(layout.peopleOverrides())) {
      if (e.change() != null) {
        kept.add(e.change());
      }
    }
    List<CurationLog.Entry> out = new ArrayList<>();
    for (CurationLog.Entry e : CurationLog.read(layout.curationLog()).entries()) {
      if (!e.op().equals("undo") && kept.contains(e.change())) {
        out.add(0, e);
      }
    }
    return out;
  }

  /** The latest change in effect that touched one of {@code person}'s aliases. */
  public Optional<CurationLog.Entry> latestTouching(Person person) throws IOException {
    Set<String> aliases = new HashSet<>();
    person.aliases().forEach(a -> aliases.add(a.text()));
    for (CurationLog.Entry e : inEffect()) {
      if (aliasesOf(e.override()).stream().anyMatch(aliases::contains)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private People now() throws IOException {
    return People.of(Person.read(layout.people()), PeopleOverrides.read(layout.peopleOverrides()));
  }

  private static Person person(People people, String idOrAlias) {
    if (idOrAlias.length() > People.MAX_TYPED) {
      throw new IllegalArgumentException("an id, name or address has at most " + People.MAX_TYPED + " characters");
    }
    return people.resolve(idOrAlias).orElseThrow(() -> new UnknownPersonException(idOrAlias));
  }

  private Outcome apply(OverridesFile.Entry change, String aliasOfResult, List<Person> before, Curator who)
      throws IOException {
    List<OverridesFile.Entry> entries = new ArrayList<>(OverridesFile.read(layout.peopleOverrides()));
    int n = Math.max(CurationLog.read(layout.curationLog()).nextNumber(), entries.stream()
        .filter(e -> e.change() != null).mapToInt(OverridesFile.Entry::change).max().orElse(0) + 1);
    OverridesFile.Entry numbered = change.numbered(n);
    entries.add(numbered);
    OverridesFile.write(layout.peopleOverrides(), entries);
    Person result = now().byAlias(aliasOfResult)
        .orElseThrow(() -> new IllegalStateException("the change lost " + aliasOfResult));
    CurationLog.append(layout.curationLog(), new CurationLog.Entry(n, now(clock), who.label(), who.client(),
        change.op(), null, numbered, states(before), states(List.of(result))));
    return new Outcome(n, result);
  }

  private static List<String> aliasesOf(OverridesFile.Entry e) {
    List<String> out = new ArrayList<>();
    if (e.aliases() != null) {
      out.addAll(e.aliases());
    }
    if (e.alias() != null) {
      out.add(e.alias());
    }
    return out;
  }

  /** The persons holding these aliases, each once, in the aliases' order. */
  private static List<Person> persons(People people, List<String> aliases) {
    Set<Person> out = new LinkedHashSet<>();
    for (String a : aliases) {
      people.byAlias(a).ifPresent(out::add);
    }
    return new ArrayList<>(out);
  }

  private static List<CurationLog.PersonState> states(List<Person> persons) {
    List<CurationLog.PersonState> out = new ArrayList<>();
    persons.forEach(p -> out.add(new CurationLog.PersonState(p.id(), p.name(), p.aliases().size())));
    return out;
  }

  private static String now(Clock clock) {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String shown(String s) {
    return s.length() <= 100 ? s : s.substring(0, 99) + "…";
  }
}
