package org.readingroom.parse;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.readingroom.record.Party;

/**
 * Remembers how header values were read into parties. A release repeats the same senders and
 * recipient lists thousands of times (the corpus prints 69,410 {@code To:} lines with 12,713
 * distinct values), and {@link Parties} is a pure function of the value, so a value is read once.
 * Bounded: past {@link #capacity} entries, values are read without being remembered.
 */
final class PartyCache {
  private final int capacity;
  private final ConcurrentHashMap<String, Party> senders = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<Party>> lists = new ConcurrentHashMap<>();
  /**
   * The recipients of the lists not yet seen, by their printed text: a list is new far more often
   * than the names in it are. {@link #UNREADABLE} stands for a text that reads as no party.
   */
  private final ConcurrentHashMap<String, Party> names = new ConcurrentHashMap<>();

  private static final Party UNREADABLE = new Party("", null);

  PartyCache(int capacity) {
    this.capacity = capacity;
  }

  /** {@link Parties#one}, remembered; a value with no readable party reads as null each time. */
  Party one(String value) {
    if (value == null) {
      return null;
    }
    Party known = senders.get(value);
    if (known != null) {
      return known;
    }
    Party p = Parties.one(value);
    if (p != null && senders.size() < capacity) {
      senders.put(value, p);
    }
    return p;
  }

  /** {@link Parties#list}, remembered. */
  List<Party> list(String value) {
    if (value == null || value.isEmpty()) {
      return List.of();
    }
    List<Party> known = lists.get(value);
    if (known != null) {
      return known;
    }
    List<Party> parties = List.copyOf(Parties.list(value, this::party));
    if (lists.size() < capacity) {
      lists.put(value, parties);
    }
    return parties;
  }

  private Party party(String printed) {
    Party known = names.get(printed);
    if (known != null) {
      return known == UNREADABLE ? null : known;
    }
    Party p = Parties.party(printed);
    if (names.size() < capacity) {
      names.put(printed, p == null ? UNREADABLE : p);
    }
    return p;
  }
}
