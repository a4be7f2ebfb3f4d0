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
   * aliases}) or {@code rename} (with {@code alias} and {@code name}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"op", "aliases", "alias", "name"})
  public record Entry(String op, List<String> aliases, String alias, String name) {}

  public static void write(Path file, List<Entry> changes) throws IOException {
    SideFile.write(file, "overrides", changes);
  }

  /** The changes kept in {@code file}; none when there is no such file. */
  public static List<Entry> read(Path file) throws IOException {
    return SideFile.read(file, "overrides", Entry.class);
  }
}
