package org.readingroom.ingest;

import java.util.Map;

/**
 * What one ingest did.
 *
 * @param indexed documents parsed and put into the archive
 * @param unchanged documents already in the archive with the same content, passed over
 * @param messages messages in the indexed documents
 * @param failedByKind failed sources by kind of failure ({@code empty}, {@code binary}...)
 * @param interrupted the ingest was stopped before the end; running it again resumes it
 */
public record IngestSummary(
    long indexed, long unchanged, long messages, Map<String, Long> failedByKind, double seconds,
    boolean interrupted) {
  public IngestSummary {
    failedByKind = Map.copyOf(failedByKind);
  }

  public long failed() {
    return failedByKind.values().stream().mapToLong(Long::longValue).sum();
  }
}
