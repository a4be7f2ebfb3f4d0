package org.readingroom.index;

/** A query that cannot be read; its message is one line for the person who typed it. */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QuerySyntaxException(String message) {
    super(message);
  }
}
