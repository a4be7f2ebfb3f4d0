package org.readingroom.people;

import java.util.HashMap;
import java.util.Map;
import org.readingroom.record.Party;

/**
 * What the people of an archive are clustered from: every name and address printed in a header,
 * with how often, and how often each name was printed with each address ({@code Mills, Cheryl D
 * <MillsCD@state.gov>}). Safe for use by several threads at once.
 */
public final class PartyTally {

  /** A name printed with an address, in one party. */
  public record Pairing(String name, String address) {}

  private final Map<String, Long> aliases = new HashMap<>();
  private final Map<Pairing, Long> pairings = new HashMap<>();

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

  /** Each name or address as printed, and how often it was printed. */
  public synchronized Map<String, Long> aliases() {
    return Map.copyOf(aliases);
  }

  /** Each name printed with an address, and how often. */
  public synchronized Map<Pairing, Long> pairings() {
    return Map.copyOf(pairings);
  }
}
