package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecordJson;

/**
 * Golden files: each release document under src/test/resources/golden sits beside the record the
 * parser must produce for it (pretty JSON). Run with {@code -Dgolden.update=true} to rewrite the
 * expected files after a deliberate change, then review the diff.
 */
class GoldenFileTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyGoldenDocumentParsesToItsRecord() throws IOException {
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
    }
    if (inputs.size() < 6) {
      fail("expected the golden documents under " + GOLDEN.toAbsolutePath());
    }
    return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
  }

  private static void check(Path input) throws IOException {
    String name = input.getFileName().toString();
    ParseResult result = new ReleaseReader().parse(name, Files.readAllBytes(input));
    String actual = new String(ReleaseRecordJson.pretty(result), StandardCharsets.UTF_8);
    Path expectedFile = GOLDEN.resolve(name.replaceAll("\\.txt$", ".json"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail("no expected record " + expectedFile + "; run with -Dgolden.update=true to write it");
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("record of " + name + " differs from " + expectedFile.getFileName() + ":\n" + diff(expected, actual));
    }
  }

  /** The lines that differ, with their numbers: enough to see what changed. */
  static String diff(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < Math.max(e.length, a.length) && shown < 40; i++) {
      String x = i < e.length ? e[i] : "<none>";
      String y = i < a.length ? a[i] : "<none>";
      if (!x.equals(y)) {
        sb.append(String.format(java.util.Locale.ROOT, "line %d%n  - %s%n  + %s%n", i + 1, x, y));
        shown++;
      }
    }
    return sb.toString();
  }
}
