/**
 * Exports: the hits of a search (the whole archive when it searches for everything) written out
 * for other tools, streamed and uncapped, one way for the command line, the API and the pages: JSON
 * Lines of the release record with the archive's ids (which {@code ingest} takes back), CSV of the
 * hits, a SQLite database (tables, keys, full-text search, and views in the Kaggle dataset's
 * schema) and mbox (a mail per message, headers rebuilt). See docs/exports.md.
 */
package org.readingroom.export;
