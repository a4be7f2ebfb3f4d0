package org.readingroom.duplicates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The near-duplicate clusters of an archive, and the cluster of a document. */
public final class NearDuplicates {

  private final List<DuplicateCluster> clusters;
  private final Map<String, DuplicateCluster> byDocument = new HashMap<>();

  public NearDuplicates(List<DuplicateCluster> clusters) {
    this.clusters = List.copyOf(clusters);
    for (DuplicateCluster c : clusters) {
      c.copies().forEach(copy -> byDocument.put(copy.document(), c));
    }
  }

  public List<DuplicateCluster> clusters() {
    return clusters;
  }

  /** The cluster holding the document with this key, if it has copies. */
  public Optional<DuplicateCluster> of(String documentKey) {
    return Optional.ofNullable(byDocument.get(documentKey));
  }

  /** Documents that are in a cluster. */
  public int documents() {
    return byDocument.size();
  }
}
