package org.readingroom.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Release documents for archive tests: the golden documents, and as many more as a test needs,
 * made from them with document numbers of their own.
 */
public final class TestReleases {
  public static final Path GOLDEN = Path.of("src/test/resources/golden");

  private TestReleases() {}

  /** The golden documents, copied into {@code dir}; returns the folder. */
  public static Path golden(Path dir) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(GOLDEN)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          Files.copy(p, dir.resolve(p.getFileName()));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code n} documents in {@code dir}: the golden documents with banners, each written again
   * with a document number of its own ({@code C1xxxxxxx}), so they are n distinct releases.
   */
  public static Path many(Path dir, int n) {
    try {
      Files.createDirectories(dir);
      List<String> templates = new ArrayList<>();
      try (Stream<Path> files = Files.list(GOLDEN)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String t = Files.readString(p, StandardCharsets.UTF_8);
          if (t.contains("Doc No. C")) {
            templates.add(t);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        String template = templates.get(i % templates.size());
        String docId = String.format(Locale.ROOT, "C1%07d", i);
        String text = template.replaceAll("Doc No\\. C\\d{8}", "Doc No. " + docId);
        Files.writeString(dir.resolve(docId + ".txt"), text, StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
