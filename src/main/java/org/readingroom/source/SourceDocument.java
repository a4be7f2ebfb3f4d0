package org.readingroom.source;

import java.nio.file.Path;

/**
 * A document to be read: a file on disk, the bytes of an archive entry, or a source that could not
 * even be opened (which still yields a record, saying why).
 */
public sealed interface SourceDocument {

  /** The path as given, or {@code archive.zip!inner/path}. */
  String source();

  /**
   * A file; {@code size} is its size in bytes when it was listed (so that reading it needs no
   * second look at the disk), or -1 when not known.
   */
  record OnDisk(String source, Path path, long size) implements SourceDocument {
    public OnDisk(String source, Path path) {
      this(source, path, -1);
    }
  }

  record InMemory(String source, byte[] bytes) implements SourceDocument {}

  record Unreadable(String source, String kind, String error) implements SourceDocument {}
}
