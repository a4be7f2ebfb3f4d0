package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.extract.HostileFiles;
import org.readingroom.ingest.TestReleases;

/**
 * Issue 14's unbounded inputs, ingested by the command line in a JVM of 512 MB as the attacker
 * would send them, beside good documents: a 3.6 MB PDF whose text stream inflates to 1 GB, a zip
 * of zips inflating to 4 GB from 50 KB, a 62 MB text of one line, a PDF of 200,000 pages. Each is
 * an error with its reason in errors.jsonl (the PDF of many pages is read to its 2,000th page), and
 * every good document is in the archive; when a document does run the JVM out of memory (its budget
 * raised past the heap), it alone is lost.
 */
class HostileInputsIngestTest {

  @TempDir static Path tmp;
  static Path hostile;

  @BeforeAll
  static void makeThem() throws Exception {
    hostile = Files.createDirectories(tmp.resolve("hostile"));
    Files.write(hostile.resolve("inflating.pdf"), HostileFiles.inflatingPdf(1L << 30));
    Files.write(hostile.resolve("bomb.zip"), HostileFiles.nestedZipBomb(16, 16, 16 << 20));
    HostileFiles.oneLineText(hostile.resolve("one-line.txt"), 62_000_000);
    Files.write(hostile.resolve("many-pages.pdf"), HostileFiles.manyPagesPdf(200_000));
  }

  @Test
  void eachAttackIsAnErrorWithinItsBudgetAndTheGoodDocumentsAreKept() throws Exception {
    Path docs = batch("all", "inflating.pdf", "bomb.zip", "one-line.txt", "many-pages.pdf");
    Path archive = tmp.resolve("archive-all");
    // time is the one budget a busy machine changes: here it is not what is tested
    Child run = ingest(archive, docs, "--max-seconds", "900");
    assertEquals(1, run.exitCode(), run.log());
    assertTrue(run.log().contains("ingested 7 documents"), "six good ones and the first 2,000 pages: " + run.log());
    Map<String, String> kinds = IngestReadsOnlyWhatItWasGivenTest.kinds(IngestReadsOnlyWhatItWasGivenTest.errors(archive));
    assertEquals("over-budget", kinds.get("all/inflating.pdf"), kinds.toString());
    assertEquals("over-budget", kinds.get("all/one-line.txt"), kinds.toString());
    assertTrue(kinds.entrySet().stream().anyMatch(e -> e.getKey().startsWith("all/bomb.zip!")
        && e.getValue().equals("over-budget")), kinds.toString());
    assertTrue(kinds.keySet().stream().noneMatch(s -> s.endsWith(".txt") && !s.contains("one-line") && !s.contains("!")),
        "no good document failed: " + kinds);
    assertTrue(!kinds.containsKey("all/many-pages.pdf"), "its first 2,000 pages are read, with a warning: " + kinds);
  }

  @Test
  void aDocumentThatRunsTheJvmOutOfMemoryLosesNoOther() throws Exception {
    Path docs = batch("oom", "one-line.txt");
    Path archive = tmp.resolve("archive-oom");
    // the 62 MB line, its character budget raised: the parser needs some 15 bytes a character
    Child run = ingest(archive, docs, "--max-chars", "2000000000", "--max-seconds", "900");
    assertEquals(1, run.exitCode(), run.log());
    assertTrue(run.log().contains("ingested 6 documents"), run.log());
    Map<String, String> kinds = IngestReadsOnlyWhatItWasGivenTest.kinds(IngestReadsOnlyWhatItWasGivenTest.errors(archive));
    assertEquals(Map.of("oom/one-line.txt", "out-of-memory"), kinds);
  }

  /** The golden documents and the named hostile files, in a folder of that name. */
  private static Path batch(String name, String... files) throws Exception {
    Path docs = TestReleases.golden(tmp.resolve(name));
    for (String f : files) {
      Files.createSymbolicLink(docs.resolve(f), hostile.resolve(f));
    }
    return docs;
  }

  private record Child(int exitCode, String log) {}

  /** {@code readingroom ingest} in a JVM of its own with a 512 MB heap, as the launcher runs it. */
  private static Child ingest(Path archive, Path docs, String... options) throws Exception {
    List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
        + File.separator + "java", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), "org.readingroom.cli.ReadingroomCli", "ingest", "--quiet",
        "--threads", "2", "--follow-links", "--archive", archive.toString()));
    command.addAll(List.of(options));
    command.add(docs.toString());
    Path log = tmp.resolve(archive.getFileName() + ".log");
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!child.waitFor(10, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("the ingest did not end in 10 minutes: " + Files.readString(log));
    }
    return new Child(child.exitValue(), Files.readString(log));
  }
}
