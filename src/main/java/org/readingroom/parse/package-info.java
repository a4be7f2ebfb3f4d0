/**
 * The release parser: text in, {@link org.readingroom.record.ReleaseRecord} out. A line classifier
 * (banners, stamps, classification blocks, margin codes, header labels) and a small state machine
 * for email header chains; bad text yields a record with warnings, never an exception.
 */
package org.readingroom.parse;
