package org.readingroom.people;

import java.util.HashMap;
import java.util.Map;
import org.readingroom.record.Party;

/**
 * What the people of an archive are clustered from: every name and address printed in a header,
 * with how often, and how often each name was printed with each address ({@code Mills, Cheryl D
 * <MillsCD@state.gov>}), and how often two aliases were printed in one role of copies of one
 * message. Safe for use by several threads at once.
 */
public final class PartyTally {

  /** A name printed with an address, in one party. */
  public record Pairing(String name, String address) {}

  /** Two aliases printed in one role (the sender, or the only recipient) of two copies of one message. */
  public record Copy(String a, String b) {
    public Copy {
      if (a.compareTo(b) > 0) {
        String t = a;
        a = b;
        b = t;
      }
    }
  }

  private final Map<String, Long> aliases = new HashMap<>();
  private final Map<Pairing, Long> pairings = new HashMap<>();
  private final Map<Copy, Long> copies = new HashMap<>();
  private final Map<Reply, Long> replies = new HashMap<>();

  /** A reply sent to {@code recipient} alone, by {@code replier}, over a message from {@code quotedSender}. */
  public record Reply(String replier, String recipient, String quotedSender) {}

  /** Counts one printed party. */
  public synchronized void add(Party party) {
    if (party.name() != null) {
      aliases.merge(party.name(), 1L, Long::sum);
    }
    if (party.address() != null) {
      aliases.merge(party.address(), 1L, Long::sum);
    }
    if (party.name() != null && party.address() != null && !party.name().equals(party.address())) {
      pairings.merge(new Pairing(party.name(), party.address()), 1L, Long::sum);
    }
  }

  /** Counts two printings of one role in copies of one message: {@code sbwhoeop} and {@code Sidney Blumenthal}. */
  public synchronized void addCopy(String a, String b) {
    if (!a.equals(b)) {
      copies.merge(new Copy(a, b), 1L, Long::sum);
    }
  }

  /** Each pair of aliases printed in one role of copies of one message, and how often. */
  public synchronized Map<Copy, Long> copies() {
    return Map.copyOf(copies);
  }

  /** Counts one reply printed over the message it answers. */
  public synchronized void addReply(String replier, String recipient, String quotedSender) {
    if (!recipient.equals(quotedSender)) {
      replies.merge(new Reply(replier, recipient, quotedSender), 1L, Long::sum);
    }
  }

  /** Each reply's replier, recipient and quoted sender, and how often. */
  public synchronized Map<Reply, Long> replies() {
    return Map.copyOf(replies);
  }

  /** Each name or address as printed, and how often it was printed. */
  public synchronized Map<String, Long> aliases() {
    return Map.copyOf(aliases);
  }

  /** Each name printed with an address, and how often. */
  public synchronized Map<Pairing, Long> pairings() {
    return Map.copyOf(pairings);
  }
}
