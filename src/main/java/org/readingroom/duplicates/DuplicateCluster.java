package org.readingroom.duplicates;

import java.util.List;

/**
 * Documents that carry the same release content: copies of one record released under several
 * document numbers, or printed again with a little more or less around it.
 *
 * @param id stable: a hash of its first document's key
 * @param copies its documents in key order, each with its similarity to the first
 */
public record DuplicateCluster(String id, List<Copy> copies) {
  public DuplicateCluster {
    if (copies.size() < 2) {
      throw new IllegalArgumentException("a cluster has two documents or more");
    }
    copies = List.copyOf(copies);
  }

  /**
   * @param similarity the estimated Jaccard similarity of its five-word shingles to the cluster's
   *     first document's (1.0 for the first)
   */
  public record Copy(String document, double similarity) {}
}
