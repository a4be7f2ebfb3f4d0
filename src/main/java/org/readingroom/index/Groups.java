package org.readingroom.index;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the archive's analysis says of the index's entries, so that a search counts what readers
 * count: messages rather than printings (a message printed in five documents is one hit, its
 * fullest printing), and persons rather than spellings (the sender and recipient facets group every
 * name and address printed for a person). An archive not analysed has none ({@link #NONE}): then a
 * search counts printings and names as printed.
 *
 * @param messageOfEntry the message each printing (an entry id, {@code C05787433/1}) is
 * @param documentsOfMessage how many documents print each message
 * @param personOfAlias the person (id) each name or address printed in a header belongs to
 * @param persons each person's name, by id
 */
public record Groups(Map<String, String> messageOfEntry, Map<String, Integer> documentsOfMessage,
    Map<String, String> personOfAlias, Map<String, String> persons) {

  public static final Groups NONE = new Groups(Map.of(), Map.of(), Map.of(), Map.of());

  public Groups {
    messageOfEntry = Map.copyOf(messageOfEntry);
    documentsOfMessage = Map.copyOf(documentsOfMessage);
    personOfAlias = Map.copyOf(personOfAlias);
    persons = Map.copyOf(persons);
  }

  /**
   * The document entries a search that shows one hit per message leaves out: a document shows its
   * top message (its printing {@code KEY/0}), so when that message is shown from another document
   * (its fullest printing is there), the document is a copy of what that hit already shows. Identical
   * copies of one document are then one hit, and a document never repeats a message hit of another.
   *
   * @param shownPrinting the printing (entry id) each message is shown as, null when not known
   */
  public Set<String> documentsShownElsewhere(Function<String, String> shownPrinting) {
    Set<String> out = new HashSet<>();
    messageOfEntry.forEach((entry, message) -> {
      if (entry.endsWith("/0")) {
        String key = entry.substring(0, entry.length() - 2);
        String shown = shownPrinting.apply(message);
        if (shown != null && !shown.startsWith(key + "/")) {
          out.add(key);
        }
      }
    });
    return out;
  }

  /** Whether there is anything to group by: an analysed archive. */
  public boolean isEmpty() {
    return messageOfEntry.isEmpty() && personOfAlias.isEmpty();
  }

  /** Identity: the same analysis is the same groups, and an engine keeps what it derived from them. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
