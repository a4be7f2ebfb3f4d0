/**
 * Reading sources: what the user gave (files, folders, zip and tar archives, nested) as a stream of
 * documents with their bytes, bounded in size, and the pool that works through a batch in order.
 * Knows nothing of what the bytes mean.
 */
package org.readingroom.source;
