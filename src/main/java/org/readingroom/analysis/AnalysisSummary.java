package org.readingroom.analysis;

/**
 * What an analysis of an archive found, and how long it took.
 *
 * @param aliases the distinct names and addresses printed in headers
 * @param persons the persons they were clustered into (before curators' overrides)
 * @param refusedUnions unions of aliases refused because two full names disagreed
 * @param appearances the printings of messages across documents
 * @param messages the distinct messages they are
 * @param duplicateDocuments documents that have a near-duplicate
 * @param readSeconds the pass over the stored records
 * @param seconds the whole analysis, files written
 */
public record AnalysisSummary(long documents, long aliases, long persons, int refusedUnions, long appearances,
    long messages, long threads, long duplicateClusters, long duplicateDocuments, double readSeconds,
    double seconds) {

  /** Aliases joined to another alias's person: what clustering merged. */
  public long aliasesMerged() {
    return aliases - persons;
  }
}
