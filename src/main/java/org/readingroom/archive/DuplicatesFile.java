package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code duplicates.json}: the near-duplicate clusters of an archive, one a line. */
public final class DuplicatesFile {
  private DuplicatesFile() {}

  /** A cluster as the file holds it. */
  @JsonPropertyOrder({"id", "copies"})
  public record Entry(String id, List<CopyEntry> copies) {}

  /** A copy and its similarity to the cluster's first: {@code ["C05787433", 0.93]}. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"document", "similarity"})
  public record CopyEntry(String document, double similarity) {}

  public static void write(Path file, List<Entry> clusters) throws IOException {
    SideFile.write(file, "clusters", clusters);
  }

  /** The clusters kept in {@code file}; none when there is no such file. */
  public static List<Entry> read(Path file) throws IOException {
    return SideFile.read(file, "clusters", Entry.class);
  }
}
