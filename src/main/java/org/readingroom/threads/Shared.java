package org.readingroom.threads;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One object for each value printed alike, while an archive's printings are read: the thread finder
 * keeps a printing's parties, recipients, time, subject and body sketch until it has found the
 * messages, and an archive prints a few thousand parties millions of times, and a message's time,
 * subject and opening once for each copy. At ten times the corpus, 700,157 printings print 386,092
 * times, 31,229 subjects and 298,617 body sketches; shared, the finder held 267 MB after reading
 * them, not 413 MB (the map included). Safe from several threads at once.
 */
final class Shared {
  /** Shares nothing: for printings written to a file as they are read ({@link Printings}). */
  static final Shared NONE = new Shared(null);

  private final Map<Object, Object> values;

  Shared() {
    this(new ConcurrentHashMap<>());
  }

  private Shared(Map<Object, Object> values) {
    this.values = values;
  }

  /** The first value equal to {@code value} that this was given; null for null. */
  @SuppressWarnings("unchecked")
  <T> T one(T value) {
    return value == null || values == null ? value : (T) values.computeIfAbsent(value, k -> k);
  }

  /** Forgets every value: those already given out stay shared. */
  void forget() {
    if (values != null) {
      values.clear();
    }
  }
}
