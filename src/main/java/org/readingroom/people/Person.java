package org.readingroom.people;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.archive.PeopleFile;
import org.readingroom.archive.StableId;

/**
 * One person of an archive: the names and addresses printed for them, clustered.
 *
 * @param id stable: a hash of {@code anchor}, so it stays while that alias stays the person's
 * @param name the canonical name: the most printed full name ({@code Mills, Cheryl D}), or the
 *     name a curator gave
 * @param anchor the alias the id is made from: the person's most printed alias when first seen, kept
 *     across ingests while the person holds it
 * @param aliases every name and address printed for the person, most printed first
 * @param formerIds ids of persons merged into this one: links to them still lead here
 */
public record Person(String id, String name, String anchor, List<Alias> aliases, List<String> formerIds) {
  public Person {
    if (id == null || name == null || anchor == null || aliases.isEmpty()) {
      throw new IllegalArgumentException("a person has an id, a name, an anchor and aliases");
    }
    aliases = List.copyOf(aliases);
    formerIds = List.copyOf(formerIds);
  }

  /** How many times the person's names and addresses were printed, all together. */
  public long printed() {
    long n = 0;
    for (Alias a : aliases) {
      n += a.count();
    }
    return n;
  }

  /** The id a person anchored on {@code alias} has: {@code p-} and 12 hex digits of its SHA-256. */
  public static String idOf(String alias) {
    return StableId.of("p", alias);
  }

  /** The persons kept in {@code file} ({@link PeopleFile}); none when there is no such file. */
  public static List<Person> read(Path file) throws IOException {
    List<Person> out = new ArrayList<>();
    for (PeopleFile.Entry e : PeopleFile.read(file)) {
      List<Alias> aliases = new ArrayList<>(e.aliases().size());
      e.aliases().forEach(a -> aliases.add(new Alias(a.text(), a.count())));
      out.add(new Person(e.id(), e.name(), e.anchor(), aliases, e.formerIds() == null ? List.of() : e.formerIds()));
    }
    return out;
  }

  /** Keeps {@code persons} in {@code file} ({@link PeopleFile}), in their order. */
  public static void write(Path file, List<Person> persons) throws IOException {
    List<PeopleFile.Entry> entries = new ArrayList<>(persons.size());
    for (Person p : persons) {
      List<PeopleFile.AliasEntry> aliases = new ArrayList<>(p.aliases().size());
      p.aliases().forEach(a -> aliases.add(new PeopleFile.AliasEntry(a.text(), a.count())));
      entries.add(new PeopleFile.Entry(p.id(), p.name(), p.anchor(), p.formerIds(), aliases));
    }
    PeopleFile.write(file, entries);
  }
}
