package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.extract.ReleaseFiles;

/** {@code parse} and {@code ingest} of PDFs and scans through the command line, OCR off. */
class PdfCommandsTest {

  @TempDir static Path tmp;
  static Path chain;
  static Path scan;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void files() throws Exception {
    chain = tmp.resolve("in/chain.pdf");
    scan = tmp.resolve("in/scan.pdf");
    Files.createDirectories(chain.getParent());
    Files.write(chain, ReleaseFiles.textPdf(ReleaseFiles.CHAIN));
    Files.write(scan, ReleaseFiles.scanPdf(ReleaseFiles.MEMO));
  }

  @Test
  void parseReadsAPdfsTextLayerIntoTheContract() throws Exception {
    CliRun run = CliRun.of("parse", chain.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode r = JSON.readTree(run.out());
    assertEquals("C09000010", r.get("docId").asText());
    assertEquals(2, r.get("pages").asInt());
    assertEquals(3, r.get("messages").size());
    assertEquals(JSON.readTree(ReleaseFiles.contract(ReleaseFiles.parsedText(ReleaseFiles.CHAIN))).get("redactions"),
        r.get("redactions"));
  }

  @Test
  void aScanWithOcrOffIsAnErrorRecordSayingSo() throws Exception {
    CliRun run = CliRun.of("parse", "--ocr", "never", scan.toString(), chain.toString());
    assertEquals(1, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size());
    JsonNode failed = JSON.readTree(lines.get(0));
    assertEquals("no-text", failed.get("kind").asText());
    assertTrue(failed.get("error").asText().contains("--ocr never"), failed.toString());
    assertTrue(run.err().contains(scan + ": the PDF has no text layer"), run.err());
    assertEquals("C09000010", JSON.readTree(lines.get(1)).get("docId").asText());
  }

  @Test
  void badOcrAndPageOptionsAreUsageErrors() {
    assertEquals(2, CliRun.of("parse", "--ocr", "sometimes", chain.toString()).exitCode());
    CliRun zero = CliRun.of("parse", "--max-pages", "0", chain.toString());
    assertEquals(2, zero.exitCode());
    assertTrue(zero.err().contains("--max-pages must be at least 1"), zero.err());
    assertEquals(2, CliRun.of("ingest", "--ocr", "maybe", chain.toString()).exitCode());
  }

  @Test
  void ingestListsAScanItMayNotOcrInErrorsJsonl() throws Exception {
    Path archive = tmp.resolve("archive");
    CliRun run = CliRun.of("ingest", "--quiet", "--ocr", "never", "--archive", archive.toString(),
        chain.getParent().toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("ingested 1 documents"), run.err());
    assertTrue(run.err().contains("1 could not be ingested (1 no-text)"), run.err());
    List<String> errors = Files.readAllLines(archive.resolve("errors.jsonl"), StandardCharsets.UTF_8);
    assertEquals(1, errors.size());
    // named from the folder given (in/), not by this machine's path (docs/ingest.md)
    assertEquals("in/scan.pdf", JSON.readTree(errors.get(0)).get("source").asText());
    assertTrue(Files.isRegularFile(archive.resolve("originals/C09000010.pdf")));
  }
}
