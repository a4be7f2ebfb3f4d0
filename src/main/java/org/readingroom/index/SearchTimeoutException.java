package org.readingroom.index;

import java.time.Duration;

/**
 * A search that ran past its time budget and was stopped: its answer would have been partial. Its
 * message is one line for the person who asked; a server says it with a 503.
 */
public final class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchTimeoutException(Duration budget) {
    super("the search ran past its budget of " + budget.toMillis() + " ms and was stopped: narrow it (fewer words"
        + " with * ? or ~, a filter, a shorter period) or try again when the server is less busy");
  }
}
