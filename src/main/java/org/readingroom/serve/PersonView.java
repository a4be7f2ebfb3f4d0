package org.readingroom.serve;

import java.util.List;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.PersonActivity;
import org.readingroom.people.Alias;
import org.readingroom.people.Person;

/**
 * A person as the API shows it.
 *
 * @param aliases every name and address printed for the person, most printed first (a list shows
 *     the first ten; {@code aliasCount} says how many there are)
 */
record PersonView(String id, String name, long messages, long sent, long received, long threads, int aliasCount,
    List<Alias> aliases, List<String> formerIds) {

  static PersonView of(Person p, ArchiveAnalysis analysis, int maxAliases) {
    PersonActivity a = analysis.activity(p);
    List<Alias> aliases = p.aliases().subList(0, Math.min(maxAliases, p.aliases().size()));
    return new PersonView(p.id(), p.name(), a.messages(), a.sent(), a.received(), a.threads(), p.aliases().size(),
        aliases, p.formerIds());
  }
}
