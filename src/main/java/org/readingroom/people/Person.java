package org.readingroom.people;

import java.util.List;
import org.readingroom.ingest.StableId;

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
}
