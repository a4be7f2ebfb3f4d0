package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.ingest.TestChains;

/** {@code check}, {@code analyse} and {@code people undo}: an archive that says when it is damaged, and mends. */
class ArchiveRepairTest {

  @TempDir Path tmp;

  private String ingested() {
    String archive = tmp.resolve("archive").toString();
    CliRun run = CliRun.of("ingest", "--archive", archive, TestChains.sample(tmp.resolve("docs")).toString());
    assertEquals(0, run.exitCode(), run.err());
    return archive;
  }

  private static void truncate(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  @Test
  void checkFindsATornAnalysisAndAnalyseMendsIt() throws IOException {
    String archive = ingested();
    CliRun sound = CliRun.of("check", "--archive", archive);
    assertEquals(0, sound.exitCode(), sound.out() + sound.err());
    assertTrue(sound.out().contains("ok       index") && sound.out().contains("is sound"), sound.out());

    truncate(Path.of(archive, "people.json"));
    CliRun damaged = CliRun.of("check", "--archive", archive);
    assertEquals(1, damaged.exitCode(), damaged.out());
    assertTrue(damaged.out().contains("DAMAGED  people.json"), damaged.out());
    assertTrue(damaged.out().contains("readingroom analyse --archive"), damaged.out());
    assertEquals(1, CliRun.of("people", "--archive", archive).exitCode(), "people says it cannot read them");

    CliRun analyse = CliRun.of("analyse", "--archive", archive);
    assertEquals(0, analyse.exitCode(), analyse.err());
    assertTrue(analyse.err().contains("persons from"), analyse.err());
    assertTrue(analyse.err().contains("analysis: read 8 documents ("), "each step is told as it ends: " + analyse.err());
    assertTrue(analyse.err().contains("analysis: found 9 messages in 4 threads ("), analyse.err());
    assertEquals(0, CliRun.of("check", "--archive", archive).exitCode());
  }

  @Test
  void checkFindsAByteFlippedInTheIndex() throws IOException {
    String archive = ingested();
    Path largest;
    try (Stream<Path> files = Files.list(Path.of(archive, "index"))) {
      largest = files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(largest, bytes);
    CliRun run = CliRun.of("check", "--archive", archive);
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("DAMAGED  index"), run.out());
  }

  @Test
  void aTornErrorLogLineIsPassedOverAndTheIngestGoesOn() throws IOException {
    String archive = ingested();
    Files.writeString(Path.of(archive, "errors.jsonl"), "{\"source\":\"a.txt\",\"kind\":\"empty\"}\n{\"source\":\"b.t",
        StandardCharsets.UTF_8);
    assertEquals(1, CliRun.of("check", "--archive", archive).exitCode());
    CliRun run = CliRun.of("ingest", "--archive", archive, TestChains.sample(tmp.resolve("docs")).toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("damaged line(s) of"), run.err());
    assertEquals(0, CliRun.of("check", "--archive", archive).exitCode(), "written anew");
  }

  @Test
  void aMergeIsLoggedAndUndone() throws IOException {
    String archive = ingested();
    CliRun merge = CliRun.of("people", "--archive", archive, "merge", "Pickering, Thomas R", "ShermanWR@state.gov");
    assertEquals(0, merge.exitCode(), merge.err());
    assertTrue(merge.err().contains("change 1 recorded"), merge.err());
    CliRun log = CliRun.of("people", "--archive", archive, "log");
    assertTrue(log.out().contains("1  ") && log.out().contains("merge"), log.out());
    assertTrue(CliRun.of("people", "--archive", archive, "show", "ShermanWR@state.gov").out().contains("Pickering"));

    CliRun undo = CliRun.of("people", "--archive", archive, "undo");
    assertEquals(0, undo.exitCode(), undo.err());
    assertTrue(!CliRun.of("people", "--archive", archive, "show", "ShermanWR@state.gov").out().contains("Pickering"),
        "two persons again: the merge is out of the overrides, not split over");
    assertTrue(CliRun.of("people", "--archive", archive, "log").out().contains("no change in effect"));
    assertEquals(2, Files.readAllLines(Path.of(archive, "curation-log.jsonl")).size());
    assertEquals(2, CliRun.of("people", "--archive", archive, "undo", "7").exitCode(), "no such change");
  }
}
