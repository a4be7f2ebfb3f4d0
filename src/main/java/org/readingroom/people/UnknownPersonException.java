package org.readingroom.people;

/** A person id (or alias) no person of the archive answers to: a 404 over HTTP. */
public final class UnknownPersonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownPersonException(String idOrAlias) {
    super("no person with id or alias '" + idOrAlias + "'");
  }
}
