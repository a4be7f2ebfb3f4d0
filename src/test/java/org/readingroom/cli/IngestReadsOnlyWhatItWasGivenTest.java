package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.TestReleases;
import org.readingroom.serve.Server;

/**
 * Issue 14's attacks on what ingest reads, through the command line: a link out of the folder
 * given, links round a loop, a FIFO; names with line breaks; the ingesting machine's paths.
 */
class IngestReadsOnlyWhatItWasGivenTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "From: root\nSubject: zanzibarsecret\n\nroot:x:0:0:root:/root:/bin/bash\n";

  @TempDir Path tmp;

  @Test
  void aLinkOutOfTheFolderGivenIsRefusedUnlessLinksAreFollowed() throws Exception {
    Path docs = TestReleases.golden(tmp.resolve("docs"));
    Path secret = Files.writeString(Files.createDirectories(tmp.resolve("etc")).resolve("passwd"), SECRET);
    Files.createSymbolicLink(docs.resolve("passwd.txt"), secret);
    Files.createSymbolicLink(docs.resolve("etc"), secret.getParent());

    String archive = tmp.resolve("archive").toString();
    CliRun run = CliRun.of("ingest", "--quiet", "--archive", archive, docs.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("ingested 6 documents"), run.err());
    Map<String, JsonNode> errors = errors(Path.of(archive));
    assertEquals("outside-root", errors.get("docs/passwd.txt").get("kind").asText(), errors.toString());
    assertEquals("outside-root", errors.get("docs/etc").get("kind").asText(), errors.toString());
    assertTrue(errors.get("docs/passwd.txt").get("error").asText().contains("--follow-links"));
    assertEquals(0, hits(archive, "zanzibarsecret"), "the file outside is not searchable");

    String followed = tmp.resolve("followed").toString();
    CliRun follow = CliRun.of("ingest", "--quiet", "--follow-links", "--archive", followed, docs.toString());
    assertEquals(0, follow.exitCode(), follow.err());
    assertEquals(1, hits(followed, "zanzibarsecret"), "followed when asked (the same bytes twice: one document)");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void loopsAndSpecialFilesAreErrorsNeverAHang() throws Exception {
    Path docs = TestReleases.golden(tmp.resolve("docs"));
    Files.createDirectories(docs.resolve("sub"));
    Files.createSymbolicLink(docs.resolve("sub/up"), Path.of(".."));
    Files.createSymbolicLink(docs.resolve("self"), Path.of("self"));
    Files.createSymbolicLink(docs.resolve("a-loop"), Path.of("b-loop"));
    Files.createSymbolicLink(docs.resolve("b-loop"), Path.of("a-loop"));
    Path fifo = docs.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");

    String archive = tmp.resolve("archive").toString();
    // --follow-links: loops are refused even when links may lead anywhere
    CliRun run = CliRun.of("ingest", "--quiet", "--follow-links", "--archive", archive, docs.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("ingested 6 documents"), run.err());
    Map<String, JsonNode> errors = errors(Path.of(archive));
    assertEquals("special-file", errors.get("docs/pipe.txt").get("kind").asText(), errors.toString());
    assertEquals("link-loop", errors.get("docs/sub/up").get("kind").asText(), errors.toString());
    assertEquals("link-loop", errors.get("docs/self").get("kind").asText(), errors.toString());
    assertEquals("link-loop", errors.get("docs/a-loop").get("kind").asText(), errors.toString());
    assertEquals(4 + 1, errors.size(), errors.toString()); // and b-loop
  }

  @Test
  void theArchiveKeepsNoPathOfTheIngestingMachine() throws Exception {
    Path docs = TestReleases.golden(tmp.resolve("batch-1"));
    Files.writeString(docs.resolve("empty.txt"), "");
    String archive = tmp.resolve("archive").toString();
    CliRun run = CliRun.of("ingest", "--quiet", "--archive", archive, docs.toAbsolutePath().toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(Map.of("batch-1/empty.txt", "empty"), kinds(errors(Path.of(archive))));

    try (LuceneEngine engine = LuceneEngine.openForReading(Path.of(archive, "index"))) {
      Javalin app = Server.create(engine).start("127.0.0.1", 0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
            + "/api/documents/C05788506")).build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonNode doc = JSON.readTree(body);
        assertTrue(doc.toString().contains("\"source\":\"batch-1/"), body);
        assertFalse(body.contains(tmp.toAbsolutePath().toString()), "no path of this machine: " + body);
      } finally {
        app.stop();
      }
    }
  }

  @Test
  void aNameWithLineBreaksCannotForgeADiagnosticLine() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("x\nreadingroom: forged.txt: all is well"), "", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("parse", docs.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("x\\nreadingroom: forged.txt: all is well: empty file"), run.err());
    assertFalse(run.err().lines().anyMatch(l -> l.startsWith("readingroom: forged")), run.err());
    CliRun text = CliRun.of("parse", "--format", "text", docs.toString());
    assertFalse(text.out().lines().anyMatch(l -> l.startsWith("readingroom: forged")), text.out());
  }

  /** errors.jsonl by source. */
  static Map<String, JsonNode> errors(Path archive) throws Exception {
    Map<String, JsonNode> bySource = new TreeMap<>();
    for (String line : Files.readAllLines(archive.resolve("errors.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode e = JSON.readTree(line);
      bySource.put(e.get("source").asText(), e);
    }
    return bySource;
  }

  static Map<String, String> kinds(Map<String, JsonNode> errors) {
    Map<String, String> kinds = new TreeMap<>();
    errors.forEach((source, e) -> kinds.put(source, e.get("kind").asText()));
    return kinds;
  }

  private static int hits(String archive, String query) throws Exception {
    CliRun search = CliRun.of("search", "--archive", archive, "--format", "json", "--kind", "document", query);
    assertEquals(0, search.exitCode(), search.err());
    return JSON.readTree(search.out()).get("total").asInt();
  }
}
