package org.readingroom.people;

/** A name or an address as printed in headers, and how many times it was printed. */
public record Alias(String text, long count) {
  public Alias {
    if (text == null || text.isEmpty() || count < 0) {
      throw new IllegalArgumentException("an alias has a text and a count of 0 or more");
    }
  }
}
