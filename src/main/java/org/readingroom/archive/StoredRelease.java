package org.readingroom.archive;

import org.readingroom.record.ReleaseRecord;

/**
 * A release document as the archive holds it: what ingest puts into the engine and what reading
 * the archive gives back.
 *
 * @param key what identifies it across ingests: its document number, else a hash of its content
 * @param contentHash the hash of the bytes it was parsed from
 * @param original the text as released (banners, stamps, margin codes and all), or null when the
 *     archive did not keep it (or a pass over the whole archive did not ask for it)
 */
public record StoredRelease(String key, String contentHash, ReleaseRecord record, String original) {
  public StoredRelease {
    if (key == null || key.isEmpty() || contentHash == null || record == null) {
      throw new IllegalArgumentException("key, contentHash and record are required");
    }
  }

  public StoredRelease(String key, String contentHash, ReleaseRecord record) {
    this(key, contentHash, record, null);
  }
}
