package org.readingroom.ingest;

import org.readingroom.parse.ReleaseRecord;

/**
 * A parsed release on its way into the archive.
 *
 * @param key what identifies it across ingests: its document number, else a hash of its content
 * @param contentHash the hash of the bytes it was parsed from
 * @param original the text as released (banners, stamps, margin codes and all), or null
 */
public record IngestedRelease(String key, String contentHash, ReleaseRecord record, String original) {
  public IngestedRelease {
    if (key == null || key.isEmpty() || contentHash == null || record == null) {
      throw new IllegalArgumentException("key, contentHash and record are required");
    }
  }

  public IngestedRelease(String key, String contentHash, ReleaseRecord record) {
    this(key, contentHash, record, null);
  }
}
