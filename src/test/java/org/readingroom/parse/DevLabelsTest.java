package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.record.ReleaseRecordJson;
import org.readingroom.source.SourceDocument;

/**
 * The parser's score on the labelled dev documents, by the project's own scorer
 * (../shared/tools/score.py): overall at least 0.97, no field under 0.93.
 */
class DevLabelsTest {

  @TempDir Path tmp;

  @Test
  void scoresOnTheDevLabels() throws IOException, InterruptedException {
    Path docs = SharedMaterial.require("dev/docs");
    Path labels = SharedMaterial.require("dev/labels");
    Path score = SharedMaterial.require("tools/score.py");
    Path records = tmp.resolve("records.jsonl");
    ReleaseReader reader = new ReleaseReader();
    try (OutputStream out = Files.newOutputStream(records); Stream<Path> files = Files.list(docs)) {
      for (Path doc : files.sorted().toList()) {
        out.write(ReleaseRecordJson.line(reader.read(new SourceDocument.OnDisk(doc.toString(), doc))));
      }
    }
    Process p;
    try {
      p = new ProcessBuilder("python3", score.toString(), labels.toString(), records.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("SKIPPED: python3 is needed to run score.py: " + e.getMessage());
      return;
    }
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), report);
    System.out.println(report);
    Matcher overall = Pattern.compile("overall: ([0-9.]+)").matcher(report);
    assertTrue(overall.find(), report);
    assertTrue(Double.parseDouble(overall.group(1)) >= 0.97, report);
    List<String> low = new ArrayList<>();
    Matcher field = Pattern.compile("(?m)^(\\S+)\\s+([0-9.]+)\\s+\\(n=").matcher(report);
    while (field.find()) {
      if (Double.parseDouble(field.group(2)) < 0.93) {
        low.add(field.group(1));
      }
    }
    assertEquals(List.of(), low, report);
  }
}
