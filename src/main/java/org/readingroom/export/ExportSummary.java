package org.readingroom.export;

/**
 * What an export wrote.
 *
 * @param hits the search's hits it went through
 * @param documents release documents written (JSON Lines, SQLite), or whose hits were (CSV, mbox)
 * @param messages messages written: mails of an mbox, message rows of the CSV and of SQLite's
 *     {@code messages}, messages of the records of JSON Lines
 * @param persons persons written (SQLite), or named by what was written (JSON Lines, CSV, mbox)
 * @param threads threads of the messages written
 * @param bytes the size of what was written
 * @param seconds how long it took
 */
public record ExportSummary(ExportFormat format, long hits, long documents, long messages, long persons, long threads,
    long bytes, double seconds) {

  ExportSummary withSize(long size, double took) {
    return new ExportSummary(format, hits, documents, messages, persons, threads, size, took);
  }
}
