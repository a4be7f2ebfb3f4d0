/**
 * The archive on disk: its layout, files written whole or not at all, stable ids, the originals of
 * PDFs and scans, and every side file (people, curation, messages, duplicates, errors), each read
 * and written one way, as Jackson binding records. The engine writes the index; this package the rest.
 */
package org.readingroom.archive;
