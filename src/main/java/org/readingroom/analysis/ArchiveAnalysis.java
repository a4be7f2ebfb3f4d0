package org.readingroom.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.duplicates.NearDuplicates;
import org.readingroom.index.Groups;
import org.readingroom.people.People;
import org.readingroom.people.PeopleOverrides;
import org.readingroom.people.Person;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadMessage;
import org.readingroom.withheld.Withheld;

/**
 * What the last analysis of an archive found, as readers see it: persons (with the curators'
 * overrides applied), messages and threads, near-duplicate documents, and what each person did.
 * Immutable: {@link LiveAnalysis} gives the current one to a server.
 */
public final class ArchiveAnalysis {

  private final List<Person> found;
  private final People people;
  private final Correspondence correspondence;
  private final NearDuplicates duplicates;
  private final Withheld withheld;
  private volatile Groups groups;
  private final Map<String, PersonActivity> activity;
  private final List<Person> mostActive;
  private final boolean analysed;
  private final String problem;

  ArchiveAnalysis(List<Person> found, People people, Correspondence correspondence, NearDuplicates duplicates,
      Withheld withheld) {
    this(found, people, correspondence, duplicates, withheld, true, null);
  }

  private ArchiveAnalysis(List<Person> found, People people, Correspondence correspondence, NearDuplicates duplicates,
      Withheld withheld, boolean analysed, String problem) {
    this.analysed = analysed;
    this.problem = problem;
    this.withheld = withheld;
    this.found = List.copyOf(found);
    this.people = people;
    this.correspondence = correspondence;
    this.duplicates = duplicates;
    this.activity = activity(people, correspondence);
    List<Person> ranked = new ArrayList<>(people.all());
    ranked.sort(Comparator.<Person>comparingLong(p -> -activity(p).messages())
        .thenComparingLong(p -> -p.printed()).thenComparing(Person::id));
    this.mostActive = List.copyOf(ranked);
  }

  /**
   * The analysis of a search engine served without its archive: no person, message, thread or
   * duplicate, and {@link #analysed()} false.
   */
  public static ArchiveAnalysis none() {
    return unavailable(null);
  }

  /**
   * The analysis of an archive whose analysis files cannot be read: none, as {@link #none()}, and
   * {@link #problem()} says why. The index can still be searched.
   */
  public static ArchiveAnalysis unavailable(String problem) {
    return new ArchiveAnalysis(List.of(), People.of(List.of(), PeopleOverrides.none()), Correspondence.none(),
        new NearDuplicates(List.of()), Withheld.none(), false, problem);
  }

  /** Why the archive's analysis could not be read (a damaged file, and what to do); null when it could, or there is none. */
  public String problem() {
    return problem;
  }

  /** Whether this comes from an archive's analysis (false for {@link #none()}): a page then says there is none. */
  public boolean analysed() {
    return analysed;
  }

  /** What the archive's analysis files hold; empty parts where a file is missing (no ingest analysed yet). */
  public static ArchiveAnalysis load(ArchiveLayout layout) throws IOException {
    List<Person> found = Person.read(layout.people());
    Path elsewhere = layout.tablesElsewhere();
    return new ArchiveAnalysis(found, People.of(found, PeopleOverrides.read(layout.peopleOverrides())),
        Correspondence.open(layout.messages(), layout.messagesTable(),
            elsewhere.resolve(layout.messagesTable().getFileName())),
        NearDuplicates.read(layout.duplicates()),
        Withheld.open(layout.withheld(), layout.withheldTable(), elsewhere.resolve(layout.withheldTable().getFileName())));
  }

  /** The same analysis under other overrides. */
  ArchiveAnalysis withOverrides(PeopleOverrides overrides) {
    return new ArchiveAnalysis(found, People.of(found, overrides), correspondence, duplicates, withheld, analysed,
        problem);
  }

  public People people() {
    return people;
  }

  public Correspondence correspondence() {
    return correspondence;
  }

  public NearDuplicates duplicates() {
    return duplicates;
  }

  /**
   * What the analysis says of the index's entries, for a search that counts messages and persons
   * ({@link Groups}); {@link Groups#NONE} for an archive not analysed. Made on first demand.
   */
  public Groups groups() {
    Groups g = groups;
    if (g == null) {
      synchronized (this) {
        g = groups;
        if (g == null) {
          g = analysed ? makeGroups() : Groups.NONE;
          groups = g;
        }
      }
    }
    return g;
  }

  private Groups makeGroups() {
    return groupsOf(correspondence, people.all());
  }

  /** The groups of {@code correspondence}'s messages and of {@code persons}' names and addresses. */
  static Groups groupsOf(Correspondence correspondence, java.util.Collection<Person> persons) {
    Map<String, String> personOfAlias = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Person p : persons) {
      names.put(p.id(), p.name());
      p.aliases().forEach(a -> personOfAlias.put(a.text(), p.id()));
    }
    return new Groups(new Printings(correspondence), personOfAlias, names);
  }

  /** The printings of the messages, looked up in the correspondence as a search asks. */
  private record Printings(Correspondence correspondence) implements Groups.Printings {
    @Override
    public String messageOf(String entryId) {
      int slash = entryId.lastIndexOf('/');
      if (slash < 0) {
        return null;
      }
      int position;
      try {
        position = Integer.parseInt(entryId, slash + 1, entryId.length(), 10);
      } catch (NumberFormatException e) {
        return null;
      }
      return correspondence.messageIdAt(entryId.substring(0, slash), position);
    }

    @Override
    public int documentsOf(String messageId) {
      return correspondence.documentsOf(messageId);
    }

    @Override
    public void eachTop(java.util.function.BiConsumer<String, String> documentAndMessage) {
      for (ThreadMessage m : correspondence.messages()) {
        for (Appearance a : m.appearances()) {
          if (a.position() == 0) {
            documentAndMessage.accept(a.document(), m.id());
          }
        }
      }
    }

    @Override
    public boolean isEmpty() {
      return correspondence.messages().isEmpty();
    }
  }

  /** What the documents withhold, and what one printing withholds that another shows. */
  public Withheld withheld() {
    return withheld;
  }

  /** Persons, most messages first (then most printed, then by id). */
  public List<Person> mostActive() {
    return mostActive;
  }

  public PersonActivity activity(Person p) {
    return activity.getOrDefault(p.id(), PersonActivity.NONE);
  }

  private static Map<String, PersonActivity> activity(People people, Correspondence correspondence) {
    Map<String, Tally> counts = new HashMap<>();
    Map<String, Set<String>> threads = new HashMap<>();
    for (ThreadMessage m : correspondence.messages()) {
      Set<String> senders = ids(people, m.from());
      Set<String> recipients = ids(people, m.to());
      recipients.addAll(ids(people, m.cc()));
      Set<String> all = new HashSet<>(senders);
      all.addAll(recipients);
      for (String id : all) {
        Tally c = counts.computeIfAbsent(id, k -> new Tally());
        c.messages++;
        c.sent += senders.contains(id) ? 1 : 0;
        c.received += recipients.contains(id) ? 1 : 0;
        threads.computeIfAbsent(id, k -> new HashSet<>()).add(m.threadId());
      }
    }
    Map<String, PersonActivity> out = new HashMap<>();
    counts.forEach((id, c) -> out.put(id, new PersonActivity(c.messages, c.sent, c.received, threads.get(id).size())));
    return out;
  }

  /** A person's messages, as counted so far. */
  private static final class Tally {
    long messages;
    long sent;
    long received;
  }

  private static Set<String> ids(People people, List<String> aliases) {
    Set<String> out = new HashSet<>();
    for (String a : aliases) {
      Optional<Person> p = people.byAlias(a);
      p.ifPresent(x -> out.add(x.id()));
    }
    return out;
  }
}
