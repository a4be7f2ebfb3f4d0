package org.readingroom.archive;

import java.io.IOException;
import java.util.Map;

/** Where ingest puts releases: what it needs of an archive's engine, and no more. */
public interface ReleaseSink {

  /** What the archive already holds: each indexed document's source and its content hash. */
  Map<String, String> indexedSources() throws IOException;

  /**
   * Adds a release and its messages, replacing what is held under the same key. Safe to call from
   * many threads at once; durable after {@link #commit()}.
   */
  void put(StoredRelease release) throws IOException;

  /** Makes everything put so far durable and searchable. */
  void commit() throws IOException;

  /**
   * Where the archive's analysis, curation and originals are kept for every process that serves it:
   * the archive folder alone for the embedded engine; the cluster too for a cluster's.
   */
  default SharedFiles sharedFiles() {
    return SharedFiles.FOLDER;
  }
}
