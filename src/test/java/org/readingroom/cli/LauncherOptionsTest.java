package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;

/**
 * The launcher's choice of JVM options, read from the java command it prints ({@code
 * READINGROOM_PRINT_COMMAND}, which builds and runs nothing). The server's heap: 1 GB for an
 * archive of the corpus's size or one whose analysis is read in place from its tables (in its
 * folder or in the user's cache), more for a larger analysis whose tables are still to be made,
 * what {@code READINGROOM_SERVE_HEAP} says when it says. The compiler of an ingest or an analysis:
 * C1 only for a burst of the corpus's size, C2 past 300 MB of inputs and index.
 */
class LauncherOptionsTest {

  @TempDir Path tmp;

  @Test
  void aSmallArchiveGetsOneGigabyte() throws Exception {
    Path archive = archiveWith(12, 5);
    assertEquals("-Xmx1024m", heap(Map.of(), "serve", "--archive", archive.toString()));
    assertEquals("-Xmx1024m", heap(Map.of(), "serve", "--archive", tmp.resolve("none").toString()));
  }

  @Test
  void aLargerAnalysisGetsAHeapThatFollowsIt() throws Exception {
    Path archive = archiveWith(70, 30);
    // 512 MB and eight times the 100 MB of messages.json and withheld.json
    assertEquals("-Xmx1312m", heap(Map.of(), "serve", "--archive", archive.toString()));
    assertEquals("-Xmx1312m", heap(Map.of(), "serve", "--port", "0", "--archive=" + archive));
  }

  @Test
  void anAnalysisReadInPlaceFromItsTablesGetsOneGigabyteWhateverItsSize() throws Exception {
    Path archive = archiveWith(70, 30);
    Path messages = Files.createFile(archive.resolve("messages.table"));
    Path withheld = Files.createFile(archive.resolve("withheld.table"));
    Files.setLastModifiedTime(archive.resolve("messages.json"), FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(archive.resolve("withheld.json"), FileTime.fromMillis(1_000_000));
    assertEquals("-Xmx1024m", heap(Map.of(), "serve", "--archive", archive.toString()));
    // a table older than its file is made again: until then the server may hold that file's part
    Files.setLastModifiedTime(messages, FileTime.fromMillis(1_000));
    assertEquals("-Xmx1072m", heap(Map.of(), "serve", "--archive", archive.toString())); // 512 + 8 x 70
    Files.setLastModifiedTime(withheld, FileTime.fromMillis(1_000));
    assertEquals("-Xmx1312m", heap(Map.of(), "serve", "--archive", archive.toString()));
  }

  /**
   * A server that may not write the archive's folder reads the tables it made in the user's cache,
   * in the folder {@code ArchiveLayout#tablesElsewhere} names.
   */
  @Test
  void tablesMadeInTheUsersCacheCountAsTablesInTheFolder() throws Exception {
    Path archive = archiveWith(70, 30);
    Path xdg = tmp.resolve("xdg-cache");
    Path elsewhere = Files.createDirectories(
        new ArchiveLayout(archive, xdg.resolve("readingroom")).tablesElsewhere());
    Files.createFile(elsewhere.resolve("messages.table"));
    Files.createFile(elsewhere.resolve("withheld.table"));
    Files.setLastModifiedTime(archive.resolve("messages.json"), FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(archive.resolve("withheld.json"), FileTime.fromMillis(1_000_000));
    assertEquals("-Xmx1024m", heap(Map.of("XDG_CACHE_HOME", xdg.toString()), "serve", "--archive", archive.toString()));
    assertEquals("-Xmx1312m", heap(Map.of("XDG_CACHE_HOME", tmp.resolve("another").toString()), "serve",
        "--archive", archive.toString()), "another cache holds no table");
  }

  @Test
  void theEnvironmentDecidesWhenItSays() throws Exception {
    Path archive = archiveWith(70, 30);
    assertEquals("-Xmx3g", heap(Map.of("READINGROOM_SERVE_HEAP", "3g"), "serve", "--archive", archive.toString()));
  }

  @Test
  void otherCommandsGetNoCap() throws Exception {
    String command = printed(Map.of(), "ingest", "--archive", archiveWith(70, 30).toString(), "docs");
    assertTrue(!command.contains("-Xmx") && command.contains("-XX:+UseSerialGC"), command);
  }

  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  @Test
  void anIngestOfTheCorpusSizeIsABurstForC1AndALargerOneGetsC2() throws Exception {
    Path archive = tmp.resolve("archive");
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    size(docs.resolve("a.txt"), 200);
    assertTrue(printed(Map.of(), "ingest", "--archive", archive.toString(), docs.toString()).contains(C1_ONLY));
    size(docs.resolve("b.txt"), 150);
    String large = printed(Map.of(), "ingest", "--quiet", "--archive", archive.toString(), docs.toString());
    assertFalse(large.contains(C1_ONLY), large);
    assertTrue(large.contains("-XX:+UseSerialGC"), large);
    // the archive's own folder is not an input
    Files.move(docs.resolve("b.txt"), Files.createDirectories(archive).resolve("b.txt"));
    assertTrue(printed(Map.of(), "ingest", "--archive=" + archive, docs.toString()).contains(C1_ONLY));
  }

  @Test
  void anAnalysisFollowsItsIndexAndAnIngestIntoALargeArchiveToo() throws Exception {
    Path archive = tmp.resolve("archive");
    Path index = Files.createDirectories(archive.resolve("index"));
    size(index.resolve("_0.cfs"), 100);
    assertTrue(printed(Map.of(), "analyse", "--archive", archive.toString()).contains(C1_ONLY));
    size(index.resolve("_1.cfs"), 250);
    assertFalse(printed(Map.of(), "analyse", "--archive", archive.toString()).contains(C1_ONLY));
    Path one = Files.writeString(tmp.resolve("one.txt"), "UNCLASSIFIED");
    assertFalse(printed(Map.of(), "ingest", "--archive", archive.toString(), one.toString()).contains(C1_ONLY),
        "the analysis at its end reads the whole archive");
    assertTrue(printed(Map.of("READINGROOM_JAVA_OPTS", "-Xmx2g"), "analyse", "--archive", archive.toString())
        .startsWith("java -Xmx2g -jar"));
  }

  /** An archive folder whose analysis files have these sizes (in MB; sparse, so nothing is written). */
  private Path archiveWith(int messagesMb, int withheldMb) throws IOException {
    Path archive = Files.createTempDirectory(tmp, "archive");
    size(archive.resolve("messages.json"), messagesMb);
    size(archive.resolve("withheld.json"), withheldMb);
    return archive;
  }

  private static void size(Path file, int mb) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(mb * 1048576L);
    }
  }

  private static String heap(Map<String, String> env, String... args) throws Exception {
    for (String option : printed(env, args).split(" ")) {
      if (option.startsWith("-Xmx")) {
        return option;
      }
    }
    return "";
  }

  private static String printed(Map<String, String> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "readingroom"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("READINGROOM_SERVE_HEAP");
    pb.environment().remove("READINGROOM_JAVA_OPTS");
    pb.environment().put("READINGROOM_PRINT_COMMAND", "1");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.startsWith("java "), out);
    return out;
  }
}
