package org.readingroom.duplicates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readingroom.archive.DuplicatesFile;

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

  /** The clusters kept in {@code file} ({@link DuplicatesFile}); none when there is no such file. */
  public static NearDuplicates read(Path file) throws IOException {
    List<DuplicateCluster> out = new ArrayList<>();
    for (DuplicatesFile.Entry e : DuplicatesFile.read(file)) {
      List<DuplicateCluster.Copy> copies = new ArrayList<>(e.copies().size());
      e.copies().forEach(c -> copies.add(new DuplicateCluster.Copy(c.document(), c.similarity())));
      out.add(new DuplicateCluster(e.id(), copies));
    }
    return new NearDuplicates(out);
  }

  /** Keeps the clusters in {@code file} ({@link DuplicatesFile}). */
  public void write(Path file) throws IOException {
    List<DuplicatesFile.Entry> entries = new ArrayList<>(clusters.size());
    for (DuplicateCluster c : clusters) {
      List<DuplicatesFile.CopyEntry> copies = new ArrayList<>(c.copies().size());
      c.copies().forEach(copy -> copies.add(new DuplicatesFile.CopyEntry(copy.document(), copy.similarity())));
      entries.add(new DuplicatesFile.Entry(c.id(), copies));
    }
    DuplicatesFile.write(file, entries);
  }
}
