package org.readingroom.record;

/** What parsing one source yields: a record, or a failure saying why there is none. */
public sealed interface ParseResult permits ReleaseRecord, ParseFailure {
  /** The path as given, or {@code archive.zip!inner/path}. */
  String source();
}
