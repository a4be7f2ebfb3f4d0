package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;
import org.readingroom.source.DocumentBudget;
import org.readingroom.source.SourceBytes;

/**
 * Adversarial inputs, as Lucene's test framework makes them: real-looking documents truncated,
 * shuffled and sprinkled with bytes (seeded, so a failure repeats), and pathological shapes. The
 * parser must not throw, must not hang, must bound its output, and must be deterministic.
 */
class RobustnessTest {

  private static final long SEED = 20161231L;
  private final ReleaseReader reader = new ReleaseReader();

  private static List<byte[]> goldenDocuments() throws IOException {
    List<byte[]> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(GoldenFileTest.GOLDEN)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(Files.readAllBytes(p));
      }
    }
    return docs;
  }

  @Test
  void mutatedDocumentsNeverBreakTheParser() throws IOException {
    Random random = new Random(SEED);
    List<byte[]> docs = goldenDocuments();
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      for (int round = 0; round < 400; round++) {
        byte[] original = docs.get(random.nextInt(docs.size()));
        byte[] mutated = mutate(original, random);
        ParseResult result = reader.parse("mutant-" + round, mutated);
        assertNotNull(result);
        if (result instanceof ReleaseRecord r) {
          assertTrue(r.text().length() <= mutated.length, "text is bounded by the input");
          assertTrue(r.messages().size() <= mutated.length / 4 + 1);
          assertArrayEquals(ReleaseRecordJson.line(r), ReleaseRecordJson.line(reader.parse("mutant-" + round, mutated)),
              "the same input gives byte-identical output");
        }
      }
    });
  }

  private static byte[] mutate(byte[] original, Random random) {
    switch (random.nextInt(4)) {
      case 0 -> {
        return Arrays.copyOf(original, random.nextInt(original.length + 1));
      }
      case 1 -> {
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n")));
        Collections.shuffle(lines, random);
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
      }
      case 2 -> {
        byte[] copy = original.clone();
        for (int i = 0; i < 1 + random.nextInt(20); i++) {
          copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
      }
      default -> {
        StringBuilder sb = new StringBuilder(new String(original, StandardCharsets.UTF_8));
        String[] noise = {"From:", "Sent:", "RELEASE IN", "Classified by", "B1", "1.4(", "[REDACTED]", "\f", "   ", "<", "["};
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
          sb.insert(random.nextInt(sb.length() + 1), noise[random.nextInt(noise.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void pathologicalShapesAreBounded() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      String oneLongLine = "B1 1.4(D) ".repeat(200_000);
      String manyHeaders = "From: x\nSent: Monday, May 18, 2009 1:07 PM\nTo: y; ".repeat(50_000);
      String manyCodes = ("x".repeat(100) + " B6\n").repeat(50_000);
      String unclosed = "From: <<<<[[[[mailto:" + "a;".repeat(100_000);
      String stamps = "RELEASE IN\n".repeat(100_000);
      for (String doc : List.of(oneLongLine, manyHeaders, manyCodes, unclosed, stamps)) {
        ParseResult r = reader.parse("pathological", doc.getBytes(StandardCharsets.UTF_8));
        assertNotNull(r);
      }
    });
  }

  @Test
  void aHugeDocumentIsReadUpToTheLineLimitWithAWarning() {
    String line = "Some running text of a very long release that goes on and on and on.\n";
    String doc = line.repeat(ReleaseParser.MAX_LINES + 10);
    // 14 million characters: past the default character budget, so it is raised for this document
    DocumentBudget budget = new DocumentBudget(20_000_000, DocumentBudget.DEFAULT_MAX_INFLATED,
        DocumentBudget.DEFAULT_MAX_TIME);
    ReleaseRecord r = (ReleaseRecord) new ReleaseReader(SourceBytes.DEFAULT_MAX_BYTES, budget)
        .parse("huge", doc.getBytes(StandardCharsets.UTF_8));
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("read the first")), r.warnings().toString());
  }
}
