package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code people-overrides.json}: curators' changes to the persons the analysis found, in the order
 * they were made, one a line.
 */
public final class OverridesFile {
  private OverridesFile() {}

  /**
   * A change as the file holds it: {@code op} is {@code merge} or {@code split} (with {@code
   * aliases}) or {@code rename} (with {@code alias} and {@code name}); {@code change} is its number
   * in the curation log ({@link CurationLog}), by which it is undone; null for a change made before
   * there was a log.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"op", "aliases", "alias", "name", "change"})
  public record Entry(String op, List<String> aliases, String alias, String name, Integer change) {

    public Entry(String op, List<String> aliases, String alias, String name) {
      this(op, aliases, alias, name, null);
    }

    /** The same change under the log's number {@code n}. */
    public Entry numbered(int n) {
      return new Entry(op, aliases, alias, name, n);
    }
  }

  public static void write(Path file, List<Entry> changes) throws IOException {
    SideFile.write(file, "overrides", changes);
  }

  /** The changes kept in {@code file}; none when there is no such file. */
  public static List<Entry> read(Path file) throws IOException {
    return SideFile.read(file, "overrides", Entry.class);
  }
}
