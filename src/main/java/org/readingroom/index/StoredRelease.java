package org.readingroom.index;

import org.readingroom.parse.ReleaseRecord;

/**
 * A release document as the archive holds it.
 *
 * @param original the text as released, or null when the archive did not keep it
 */
public record StoredRelease(String key, String contentHash, ReleaseRecord record, String original) {}
