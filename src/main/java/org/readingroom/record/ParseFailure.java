package org.readingroom.record;

/**
 * A source that could not be read as a release document (unreadable, binary, empty, too large).
 *
 * @param kind a short stable category for summaries ({@code unreadable}, {@code binary}...)
 * @param error a sentence for the reader
 */
public record ParseFailure(String source, String kind, String error) implements ParseResult {
  public ParseFailure {
    if (source == null || kind == null || error == null) {
      throw new IllegalArgumentException("source, kind and error are required");
    }
  }
}
