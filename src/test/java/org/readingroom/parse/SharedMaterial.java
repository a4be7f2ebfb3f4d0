package org.readingroom.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared material lives (../shared, set by the build as {@code readingroom.shared}). Tests
 * that need it skip, saying so, when it is absent; it is never copied into the project.
 */
public final class SharedMaterial {
  private SharedMaterial() {}

  public static Path root() {
    return Path.of(System.getProperty("readingroom.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** The path under ../shared, or a skipped test that says what was missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      String why = "SKIPPED: " + p + " is not present on this machine";
      System.err.println(why);
      Assumptions.abort(why);
    }
    return p;
  }
}
