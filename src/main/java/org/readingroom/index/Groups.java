package org.readingroom.index;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What the archive's analysis says of the index's entries, so that a search counts what readers
 * count: messages rather than printings (a message printed in five documents is one hit, its
 * fullest printing), and persons rather than spellings (the sender and recipient facets group every
 * name and address printed for a person). An archive not analysed has none ({@link #NONE}): then a
 * search counts printings and names as printed.
 *
 * @param printings the message each printing (an entry id, {@code C05787433/1}) is, and how many
 *     documents print each message: looked up as a search asks, not held (an archive may print
 *     millions of messages)
 * @param personOfAlias the person (id) each name or address printed in a header belongs to
 * @param persons each person's name, by id
 */
public record Groups(Printings printings, Map<String, String> personOfAlias, Map<String, String> persons) {

  public static final Groups NONE = new Groups(Printings.NONE, Map.of(), Map.of());

  public Groups {
    personOfAlias = Map.copyOf(personOfAlias);
    persons = Map.copyOf(persons);
  }

  /** Which message each printing is: what the analysis found, asked for one printing at a time. */
  public interface Printings {
    /** No message at all: an archive not analysed. */
    Printings NONE = new Printings() {
      @Override
      public String messageOf(String entryId) {
        return null;
      }

      @Override
      public int documentsOf(String messageId) {
        return 0;
      }

      @Override
      public void eachTop(BiConsumer<String, String> documentAndMessage) {}

      @Override
      public boolean isEmpty() {
        return true;
      }
    };

    /** The message (its id) printed as the entry {@code entryId} ({@code C05787433/1}); null when none. */
    String messageOf(String entryId);

    /** How many documents print the message {@code messageId}; 0 when it is not known. */
    int documentsOf(String messageId);

    /** Hands each document that prints a message at its top (entry {@code KEY/0}) with that message's id. */
    void eachTop(BiConsumer<String, String> documentAndMessage);

    boolean isEmpty();
  }

  /** The message printed as the entry {@code entryId}, or null. */
  public String messageOf(String entryId) {
    return printings.messageOf(entryId);
  }

  /** How many documents print {@code messageId}, 0 when not known. */
  public int documentsOf(String messageId) {
    return printings.documentsOf(messageId);
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
    printings.eachTop((key, message) -> {
      String shown = shownPrinting.apply(message);
      if (shown != null && !shown.startsWith(key + "/")) {
        out.add(key);
      }
    });
    return out;
  }

  /** Whether there is anything to group by: an analysed archive. */
  public boolean isEmpty() {
    return printings.isEmpty() && personOfAlias.isEmpty();
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
