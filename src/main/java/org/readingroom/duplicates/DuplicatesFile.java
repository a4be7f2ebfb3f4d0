package org.readingroom.duplicates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.ingest.AtomicFile;

/** {@code duplicates.json}: the near-duplicate clusters of an archive. */
public final class DuplicatesFile {
  private DuplicatesFile() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void write(Path file, NearDuplicates duplicates) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ArrayNode clusters = root.putArray("clusters");
    for (DuplicateCluster c : duplicates.clusters()) {
      ObjectNode o = clusters.addObject();
      o.put("id", c.id());
      ArrayNode copies = o.putArray("copies");
      for (DuplicateCluster.Copy copy : c.copies()) {
        copies.addArray().add(copy.document()).add(copy.similarity());
      }
    }
    AtomicFile.write(file, JSON.writeValueAsBytes(root));
  }

  /** The clusters kept in {@code file}; none when there is no such file. */
  public static NearDuplicates read(Path file) throws IOException {
    byte[] bytes = AtomicFile.readIfPresent(file);
    if (bytes == null) {
      return new NearDuplicates(List.of());
    }
    List<DuplicateCluster> out = new ArrayList<>();
    for (JsonNode c : JSON.readTree(bytes).path("clusters")) {
      List<DuplicateCluster.Copy> copies = new ArrayList<>();
      for (JsonNode copy : c.path("copies")) {
        copies.add(new DuplicateCluster.Copy(copy.get(0).asText(), copy.get(1).asDouble()));
      }
      out.add(new DuplicateCluster(c.path("id").asText(), copies));
    }
    return new NearDuplicates(out);
  }
}
