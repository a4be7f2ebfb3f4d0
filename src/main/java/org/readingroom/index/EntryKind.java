package org.readingroom.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two kinds of entries an archive's index holds: a release document, and each of its messages. */
public enum EntryKind {
  DOCUMENT,
  MESSAGE;

  /** As the API, the command line and links write it: {@code document}, {@code message}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind a reader typed ({@code message}, {@code document}, any case).
   *
   * @throws IllegalArgumentException when it is neither
   */
  public static EntryKind parse(String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    for (EntryKind k : values()) {
      if (k.label().equals(t)) {
        return k;
      }
    }
    throw new IllegalArgumentException("kind must be message or document: " + typed);
  }

  @Override
  public String toString() {
    return label();
  }
}
