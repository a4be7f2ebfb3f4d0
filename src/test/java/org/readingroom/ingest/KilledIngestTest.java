package org.readingroom.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.IndexFields;
import org.readingroom.index.lucene.LuceneEngine;

/**
 * An ingest killed with SIGKILL in the middle, then run again, ends with the same archive as one
 * that was never interrupted: nothing lost, nothing doubled.
 */
class KilledIngestTest {

  @TempDir Path tmp;

  @Test
  void killedThenRerunEqualsUninterrupted() throws Exception {
    Path docs = TestReleases.many(tmp.resolve("docs"), 4000);
    Path killed = tmp.resolve("killed");
    Process child = new ProcessBuilder(javaBin(), "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "org.readingroom.cli.ReadingroomCli", "ingest", "--quiet", "--threads", "1", "--commit-every", "200",
        "--archive", killed.toString(), docs.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    long committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (committed < 200 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      committed = committedDocuments(killed.resolve("index"));
    }
    assertTrue(child.isAlive(), "the ingest ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    child.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
    child.waitFor(30, TimeUnit.SECONDS);
    long atKill = committedDocuments(killed.resolve("index"));
    assertTrue(atKill > 0 && atKill < 4000 * 2, "killed mid-way: " + atKill);

    ArchiveLayout resumed = new ArchiveLayout(killed);
    IngestSummary rerun;
    try (LuceneEngine engine = LuceneEngine.openForWriting(resumed.index())) {
      rerun = new Ingester(engine, resumed, Ingester.Options.defaults()).ingest(List.of(docs.toString()),
          IngestProgress.SILENT);
    }
    assertTrue(rerun.unchanged() > 0, "the rerun resumed: passed over what was committed");

    ArchiveLayout whole = new ArchiveLayout(tmp.resolve("whole"));
    try (LuceneEngine engine = LuceneEngine.openForWriting(whole.index())) {
      new Ingester(engine, whole, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
    }
    ArchiveStats a = stats(resumed);
    ArchiveStats b = stats(whole);
    assertEquals(4000, a.documents());
    assertEquals(b.documents(), a.documents());
    assertEquals(b.messages(), a.messages());
    assertEquals(b, a);
    assertEquals(uniqueIds(whole.index()), uniqueIds(resumed.index()), "no entry doubled");
  }

  private static String javaBin() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  /** Index entries in the last commit (releases and messages), 0 when there is none yet. */
  private static long committedDocuments(Path index) {
    try (Directory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return reader.numDocs();
      }
    } catch (Exception e) {
      return 0; // a commit being written: look again
    }
  }

  private static ArchiveStats stats(ArchiveLayout archive) throws Exception {
    try (LuceneEngine engine = LuceneEngine.openForReading(archive.index())) {
      return engine.stats();
    }
  }

  /** The ids of all entries, asserting none appears twice. */
  private static Set<String> uniqueIds(Path index) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      for (int d = 0; d < reader.maxDoc(); d++) {
        if (reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(d, reader.leaves())).reader()
            .getLiveDocs() != null && !liveAt(reader, d)) {
          continue;
        }
        String id = stored.document(d, Set.of(IndexFields.ID)).get(IndexFields.ID);
        assertTrue(ids.add(id), "entry " + id + " is in the archive twice");
      }
    }
    return ids;
  }

  private static boolean liveAt(DirectoryReader reader, int doc) {
    var leaves = reader.leaves();
    var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    var live = leaf.reader().getLiveDocs();
    return live == null || live.get(doc - leaf.docBase);
  }
}
