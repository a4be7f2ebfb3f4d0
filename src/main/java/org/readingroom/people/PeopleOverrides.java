package org.readingroom.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.ingest.AtomicFile;

/**
 * What curators changed in the persons the analysis found: merges, splits and renames, in the order
 * they were made. Each names aliases, never ids, so it means the same after a new ingest clusters
 * the archive again: it is applied over every recomputation and kept in the archive ({@code
 * people-overrides.json}) until a curator removes it.
 */
public record PeopleOverrides(List<Change> changes) {

  public PeopleOverrides {
    changes = List.copyOf(changes);
  }

  /** One curator's change. */
  public sealed interface Change permits Merge, Split, Rename {}

  /** The persons holding these aliases are one person. */
  public record Merge(List<String> aliases) implements Change {
    public Merge {
      if (aliases.size() < 2) {
        throw new IllegalArgumentException("a merge names two persons or more");
      }
      aliases = List.copyOf(aliases);
    }
  }

  /** These aliases leave their persons and are a person of their own. */
  public record Split(List<String> aliases) implements Change {
    public Split {
      if (aliases.isEmpty()) {
        throw new IllegalArgumentException("a split names one alias or more");
      }
      aliases = List.copyOf(aliases);
    }
  }

  /** The person holding this alias goes by this name. */
  public record Rename(String alias, String name) implements Change {
    public Rename {
      if (alias == null || name == null || name.isBlank()) {
        throw new IllegalArgumentException("a rename names an alias and a new name");
      }
      name = name.strip();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static PeopleOverrides none() {
    return new PeopleOverrides(List.of());
  }

  public PeopleOverrides with(Change change) {
    List<Change> more = new ArrayList<>(changes);
    more.add(change);
    return new PeopleOverrides(more);
  }

  /** The overrides kept in {@code file}; none when there is no such file. */
  public static PeopleOverrides read(Path file) throws IOException {
    byte[] bytes = AtomicFile.readIfPresent(file);
    if (bytes == null) {
      return none();
    }
    List<Change> changes = new ArrayList<>();
    for (JsonNode c : JSON.readTree(bytes).path("overrides")) {
      String op = c.path("op").asText();
      switch (op) {
        case "merge" -> changes.add(new Merge(texts(c.path("aliases"))));
        case "split" -> changes.add(new Split(texts(c.path("aliases"))));
        case "rename" -> changes.add(new Rename(c.path("alias").asText(null), c.path("name").asText(null)));
        default -> throw new IOException(file + ": unknown override '" + op + "'");
      }
    }
    return new PeopleOverrides(changes);
  }

  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode out = root.putArray("overrides");
    for (Change c : changes) {
      ObjectNode o = out.addObject();
      if (c instanceof Merge m) {
        o.put("op", "merge");
        m.aliases().forEach(o.putArray("aliases")::add);
      } else if (c instanceof Split s) {
        o.put("op", "split");
        s.aliases().forEach(o.putArray("aliases")::add);
      } else if (c instanceof Rename r) {
        o.put("op", "rename");
        o.put("alias", r.alias());
        o.put("name", r.name());
      }
    }
    AtomicFile.write(file, JSON.writeValueAsBytes(root));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
