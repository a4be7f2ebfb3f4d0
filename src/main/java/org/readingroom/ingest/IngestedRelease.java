package org.readingroom.ingest;

import org.readingroom.parse.ReleaseRecord;

/**
 * A parsed release on its way into the archive.
 *
 * @param key what identifies it across ingests: its document number, else a hash of its content
 * @param contentHash the hash of the bytes it was parsed from
 */
public record IngestedRelease(String key, String contentHash, ReleaseRecord record) {
  public IngestedRelease {
    if (key == null || key.isEmpty() || contentHash == null || record == null) {
      throw new IllegalArgumentException("key, contentHash and record are required");
    }
  }
}
