package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.ingest.TestReleases;

/** {@code ingest} and {@code search} through the command line. */
class ArchiveCommandsTest {

  @TempDir static Path tmp;
  static String archive;
  static Path docs;

  @BeforeAll
  static void ingest() {
    archive = tmp.resolve("archive").toString();
    docs = TestReleases.golden(tmp.resolve("docs"));
    CliRun run = CliRun.of("ingest", "--archive", archive, docs.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("ingested 6 documents"), run.err());
    assertTrue(run.err().contains("now holds 6 documents"), run.err());
  }

  @Test
  void ingestingAgainReportsUnchangedDocuments() {
    CliRun again = CliRun.of("ingest", "--archive", archive, docs.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.err().contains("ingested 0 documents"), again.err());
    assertTrue(again.err().contains("6 unchanged"), again.err());
    assertTrue(again.err().contains("now holds 6 documents"), again.err());
  }

  @Test
  void tableShowsHitsWithMarkedSnippets() {
    CliRun run = CliRun.of("search", "--archive", archive, "\"tehran research reactor\"", "--kind", "message");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("1-1 of 1 hits"), run.out());
    assertTrue(run.out().contains("«Tehran Research Reactor»"), run.out());
    assertTrue(run.out().contains("Pickering, Thomas R"), run.out());
  }

  @Test
  void jsonAndJsonlWithFacetsAndFilters() throws Exception {
    CliRun json = CliRun.of("search", "--archive", archive, "--format", "json", "--facets", "--from", "mills",
        "--since", "2012", "--until", "2012-01", "--release", "PART");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode r = new ObjectMapper().readTree(json.out());
    // Mills's message; not its document, whose top message is another's
    assertEquals(1, r.get("total").asInt(), json.out());
    assertTrue(r.get("facets").has("sender"));
    CliRun jsonl = CliRun.of("search", "--archive", archive, "--format", "jsonl", "--kind", "document", "--limit", "3",
        "--sort", "date");
    assertEquals(3, jsonl.out().lines().count(), jsonl.out());
  }

  @Test
  void anArchiveOfNothingYetIngestsSearchesAndCountsNothing() throws Exception {
    Path empty = java.nio.file.Files.createDirectories(tmp.resolve("nothing-yet"));
    String none = tmp.resolve("empty-archive").toString();
    CliRun ingest = CliRun.of("ingest", "--archive", none, empty.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());
    CliRun search = CliRun.of("search", "--archive", none, "--facets", "--format", "json", "libya");
    assertEquals(0, search.exitCode(), search.err());
    com.fasterxml.jackson.databind.JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out());
    assertEquals(0, result.get("total").asInt());
    assertTrue(result.get("facets").get("sender").isEmpty(), search.out());
  }

  @Test
  void anArchiveThatCannotBeAFolderIsSaidPlainly() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("a-file"), "not a folder");
    CliRun run = CliRun.of("ingest", "--archive", file.toString(), docs.toString());
    assertEquals(1, run.exitCode());
    assertEquals("readingroom: " + file.resolve("index") + ": not a directory", run.err().strip());
  }

  @Test
  void optionsOutOfRangeAreUsageErrors() {
    String[][] runs = {
        {"ingest", "--archive", archive, "--threads", "0", "x", "--threads must be 1 or more, not 0"},
        {"ingest", "--archive", archive, "--commit-every", "0", "x", "--commit-every must be 1 or more, not 0"},
        {"parse", "--threads", "-1", "x", "--threads must be 1 or more, not -1"},
        {"serve", "--archive", archive, "--port", "99999", "--port must be between 0 and 65535, not 99999"},
        {"demo", "--port", "-1", "--port must be between 0 and 65535, not -1"}};
    for (String[] run : runs) {
      CliRun r = CliRun.of(java.util.Arrays.copyOf(run, run.length - 1));
      assertEquals(2, r.exitCode(), String.join(" ", run));
      assertTrue(r.err().startsWith(run[run.length - 1]), r.err());
    }
  }

  @Test
  void aMalformedQueryIsOneLineAndExitTwo() {
    // a reader's slip (foo AND () is searched as words since the lenient reading; a range of no dates is not
    CliRun run = CliRun.of("search", "--archive", archive, "sent:[yesterday TO now]");
    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("readingroom: ") && run.err().contains("use 2011"), run.err());
    assertEquals(2, CliRun.of("search", "--archive", archive, "--since", "last week", "x").exitCode());
  }

  @Test
  void aMissingArchiveSaysSo() {
    CliRun run = CliRun.of("search", "--archive", tmp.resolve("none").toString(), "x");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("run ingest first"), run.err());
    assertTrue(Files.notExists(tmp.resolve("none")), "searching creates nothing");
  }
}
