/**
 * The archive's analysis: people, threads and duplicates found in one pass over the engine at the
 * end of each ingest, kept in side files and read live by a server; curation; a search for a
 * person rather than a spelling.
 */
package org.readingroom.analysis;
