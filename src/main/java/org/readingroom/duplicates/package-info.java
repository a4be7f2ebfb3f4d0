/**
 * Near-duplicate documents (MinHash over folded shingles), and how two copies of a release
 * differ: fields, messages, lines.
 */
package org.readingroom.duplicates;
