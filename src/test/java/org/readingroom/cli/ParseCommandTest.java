package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code readingroom parse} through its command line, output captured. */
class ParseCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  @Test
  void jsonlOneRecordPerDocumentInTheOrderGiven() throws IOException {
    CliRun run = CliRun.of("parse", "--format", "jsonl",
        GOLDEN.resolve("seed-rendering-redacted.txt").toString(), GOLDEN.resolve("seed-banner-letter.txt").toString());
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> records = lines(run.out());
    assertEquals(2, records.size());
    JsonNode first = records.get(0);
    assertTrue(first.get("docId").isNull());
    assertEquals("PART", first.get("release").asText());
    assertEquals(3, first.get("messages").size());
    assertEquals("Mills, Cheryl D", first.at("/messages/1/from/name").asText());
    assertEquals("2027-01-01", first.at("/classification/declassifyOn").asText());
    assertEquals("C05788506", records.get(1).get("docId").asText());
    assertEquals(2, records.get(1).get("pages").asInt());
    assertTrue(run.err().contains("parsed 2 documents"), "a summary goes to standard error: " + run.err());
  }

  @Test
  void jsonIsPrettyAndTextIsASummary() {
    String doc = GOLDEN.resolve("outlook-split-stamp-classified.txt").toString();
    CliRun json = CliRun.of("parse", "--format", "json", doc);
    assertTrue(json.out().startsWith("{\n"), json.out());
    CliRun text = CliRun.of("parse", "--format", "text", "--quiet", doc);
    assertTrue(text.out().contains("C09000001"), text.out());
    assertTrue(text.out().contains("RELEASE IN PART  B1, 1.4(B), 1.4(D), B6"), text.out());
    assertTrue(text.out().contains("declassify on 2031-03-08"), text.out());
    assertEquals("", text.err());
  }

  @Test
  void badInputGetsARecordAndTheBatchGoesOn() throws IOException {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.write(batch.resolve("a-empty.txt"), new byte[0]);
    byte[] binary = new byte[2048];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 7 == 0 ? 0 : i);
    }
    Files.write(batch.resolve("b-binary.txt"), binary);
    try (OutputStream out = Files.newOutputStream(batch.resolve("c-fifty-megabytes.txt"))) {
      byte[] line = "From: Someone <someone@state.gov> wrote a very long release line of text\n"
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Files.write(batch.resolve("d-windows-1252.txt"), "Subject: Caf\u00e9\n".getBytes("windows-1252"));
    Files.createSymbolicLink(batch.resolve("e-unreadable.txt"), dir.resolve("no-such-target"));
    Files.copy(GOLDEN.resolve("seed-banner-letter.txt"), batch.resolve("f-good.txt"));

    // the 50 MB file is over the default character budget (docs/ingest.md): raised, it is read
    CliRun run = CliRun.of("parse", "--max-chars", "60000000", batch.toString());
    List<JsonNode> records = lines(run.out());
    assertEquals(6, records.size(), run.err());
    assertEquals("empty file", records.get(0).get("error").asText());
    assertTrue(records.get(1).get("error").asText().contains("binary"));
    assertNull(records.get(2).get("error"), "a 50 MB file is read, up to the line limit");
    assertTrue(records.get(2).get("warnings").toString().contains("read the first"));
    assertTrue(records.get(3).get("warnings").toString().contains("Windows-1252"));
    assertEquals("Subject: Caf\u00e9", records.get(3).get("text").asText());
    assertTrue(records.get(4).has("error"), records.get(4).toString());
    assertEquals("C05788506", records.get(5).get("docId").asText());
    assertEquals(1, run.exitCode(), "some documents could not be read");
    assertTrue(run.err().contains("e-unreadable.txt"), run.err());
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefused() throws IOException {
    Path doc = dir.resolve("big.txt");
    Files.writeString(doc, "x".repeat(4096));
    CliRun run = CliRun.of("parse", "--max-size", "1KB", doc.toString());
    assertTrue(lines(run.out()).get(0).get("error").asText().contains("limit"), run.out());
    assertEquals(1, run.exitCode());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, CliRun.of("parse").exitCode());
    assertEquals(2, CliRun.of("parse", "--format", "xml", "x").exitCode());
    CliRun size = CliRun.of("parse", "--max-size", "lots", "x");
    assertEquals(2, size.exitCode());
    assertTrue(size.err().contains("not a size"), size.err());
  }

  @Test
  void aMissingPathIsAnErrorRecord() throws IOException {
    CliRun run = CliRun.of("parse", dir.resolve("absent.txt").toString());
    assertEquals("no such file or folder", lines(run.out()).get(0).get("error").asText());
    assertEquals(1, run.exitCode());
  }
}
