package org.readingroom.index;

import org.readingroom.parse.ReleaseRecord;

/** A release document as the archive holds it. */
public record StoredRelease(String key, String contentHash, ReleaseRecord record) {}
