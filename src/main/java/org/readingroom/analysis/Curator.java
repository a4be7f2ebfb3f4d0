package org.readingroom.analysis;

/**
 * Who made a change to the persons, as the curation log records it.
 *
 * @param label the holder of the token a server was given, or the user at the command line
 * @param client the address the request came from; {@code local} at the command line
 */
public record Curator(String label, String client) {
  public Curator {
    if (label == null || label.isBlank() || client == null || client.isBlank()) {
      throw new IllegalArgumentException("a curator has a label and a client address");
    }
  }
}
