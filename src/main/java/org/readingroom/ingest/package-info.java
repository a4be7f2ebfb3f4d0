/**
 * Ingest: sources read on every core (text, PDFs, scans, archives), parsed and put into the
 * archive's engine, with progress, a summary, {@code errors.jsonl}, commits that make a killed
 * ingest resumable, and the originals of PDFs and scans kept.
 */
package org.readingroom.ingest;
