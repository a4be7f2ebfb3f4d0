package org.readingroom.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.DamagedFileException;
import org.readingroom.archive.MessagesFile;
import org.readingroom.archive.TablePlaces;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.ingest.TestChains;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.MessageThread;
import org.readingroom.threads.ThreadMessage;
import org.readingroom.withheld.Withheld;

/**
 * The messages a server reads in place ({@code messages.table}): the same answers as {@code
 * messages.json} read whole, and made again whenever it no longer matches that file.
 */
class MessageTableTest {

  @TempDir Path tmp;

  private ArchiveLayout analysed() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(
          List.of(TestChains.sample(tmp.resolve("docs")).toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(engine, archive);
    }
    return archive;
  }

  @Test
  void answersAsTheMessagesFileReadWhole() throws Exception {
    ArchiveLayout archive = analysed();
    assertTrue(Files.size(archive.messagesTable()) > 0, "the analysis writes the table");
    Correspondence whole = Correspondence.read(archive.messages());
    Correspondence table = ArchiveAnalysis.load(archive).correspondence();
    assertAgree(whole, table);
    assertTrue(table.message("m-000000000000").isEmpty());
    assertEquals(0, table.documentsOf("m-000000000000"));
    assertTrue(table.messages().stream().anyMatch(m -> table.documentsOf(m.id()) > 1),
        "the sample prints a message in two documents or more");
    assertTrue(table.thread("t-ffffffffffff").isEmpty());
    assertTrue(table.messageAt("C05787433", 99).isEmpty());
    assertNull(table.messageIdAt("C99999999", 0));
  }

  @Test
  void isMadeAgainWhenTheMessagesFileChangesOrTheTableIsDamagedOrMissing() throws Exception {
    ArchiveLayout archive = analysed();
    Path json = archive.messages();
    Path table = archive.messagesTable();

    // another messages.json (one pulled from a cluster, say): a message fewer
    List<MessagesFile.Entry> entries = new ArrayList<>(MessagesFile.read(json));
    MessagesFile.Entry gone = entries.remove(0);
    MessagesFile.write(json, entries);
    Files.setLastModifiedTime(json, FileTime.fromMillis(Files.getLastModifiedTime(json).toMillis() + 5_000));
    Correspondence fewer = Correspondence.open(json, table);
    assertEquals(entries.size(), fewer.messages().size());
    assertTrue(fewer.message(gone.id()).isEmpty());
    assertAgree(Correspondence.read(json), fewer);

    // the same file touched: the table cannot know it holds the same, so it is made again alike
    byte[] before = Files.readAllBytes(table);
    Files.setLastModifiedTime(json, FileTime.fromMillis(Files.getLastModifiedTime(json).toMillis() + 5_000));
    assertAgree(Correspondence.read(json), Correspondence.open(json, table));
    byte[] after = Files.readAllBytes(table);
    assertEquals(before.length, after.length, "the same messages");
    assertFalse(java.util.Arrays.equals(before, after), "made again, from the file as it is now");

    // cut short by a crash, or written over with something else
    Files.write(table, java.util.Arrays.copyOf(Files.readAllBytes(table), 100));
    assertAgree(Correspondence.read(json), Correspondence.open(json, table));
    Files.writeString(table, "not a table at all, and long enough to be read as one: ".repeat(10));
    assertAgree(Correspondence.read(json), Correspondence.open(json, table));

    Files.delete(table);
    assertAgree(Correspondence.read(json), Correspondence.open(json, table));
    assertTrue(Files.exists(table));
  }

  @Test
  void whereNoTableCanBeWrittenTheMessagesAreHeldInMemory() throws Exception {
    ArchiveLayout archive = analysed();
    Files.delete(archive.messagesTable());
    assertAgree(Correspondence.read(archive.messages()), Correspondence.open(archive.messages()));
    assertFalse(Files.exists(archive.messagesTable()), "no place given, none written");
  }

  /**
   * A server that may write neither the archive's folder nor the user's cache makes the tables in
   * a folder of its own in the system's temporary folder, only its user's to read, and reads them
   * in place from there for as long as it runs.
   */
  @Test
  void whereNeitherTheFolderNorTheCacheCanBeWrittenTheTablesAreMadeForTheProcessAlone() throws Exception {
    ArchiveLayout archive = analysed();
    Files.delete(archive.messagesTable());
    Files.createDirectories(archive.messagesTable().resolve("in-the-way"));
    // nor in the cache: a file stands where its folder would be
    ArchiveLayout noCache = new ArchiveLayout(archive.root(), Files.writeString(tmp.resolve("not-a-folder"), ""));
    assertAgree(Correspondence.read(archive.messages()), ArchiveAnalysis.load(noCache).correspondence());

    Path folder = TablePlaces.temporaryFolder();
    assertEquals(Path.of(System.getProperty("java.io.tmpdir")).toRealPath(), folder.toRealPath().getParent());
    assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(folder));
    Path table = folder.resolve(noCache.tablesElsewhere().getFileName()).resolve("messages.table");
    assertTrue(Files.size(table) > 0, "the messages' table is made there");
    FileTime made = Files.getLastModifiedTime(table);
    Files.setLastModifiedTime(table, FileTime.fromMillis(made.toMillis() + 5_000));
    FileTime touched = Files.getLastModifiedTime(table);
    assertAgree(Correspondence.read(archive.messages()), ArchiveAnalysis.load(noCache).correspondence());
    assertEquals(touched, Files.getLastModifiedTime(table), "read in place again, not made again");
  }

  /**
   * A server that may not write the archive's folder (storage read only, or shared) makes the
   * tables in its cache, in a folder of that archive's own, and reads them in place from there.
   * The tables' places are made folders here, which refuse them as a folder read only would, the
   * tests running as root, which any folder lets write.
   */
  @Test
  void whereTheArchivesFolderCannotBeWrittenTheTablesAreMadeInTheCache() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(analysed().root(), tmp.resolve("cache"));
    for (Path table : List.of(archive.messagesTable(), archive.withheldTable())) {
      Files.delete(table);
      Files.createDirectories(table.resolve("in-the-way"));
    }
    ArchiveAnalysis loaded = ArchiveAnalysis.load(archive);
    assertAgree(Correspondence.read(archive.messages()), loaded.correspondence());
    assertEquals(Withheld.read(archive.withheld()).documents().size(), loaded.withheld().documents().size());
    Path elsewhere = archive.tablesElsewhere();
    assertEquals(tmp.resolve("cache").resolve("tables"), elsewhere.getParent());
    Path messages = elsewhere.resolve("messages.table");
    assertTrue(Files.size(messages) > 0 && Files.size(elsewhere.resolve("withheld.table")) > 0);

    FileTime made = Files.getLastModifiedTime(messages);
    Files.setLastModifiedTime(messages, FileTime.fromMillis(made.toMillis() + 5_000));
    FileTime touched = Files.getLastModifiedTime(messages);
    assertAgree(Correspondence.read(archive.messages()), ArchiveAnalysis.load(archive).correspondence());
    assertEquals(touched, Files.getLastModifiedTime(messages), "read in place from the cache, not made again");
    assertNotEquals(elsewhere, new ArchiveLayout(tmp.resolve("other"), tmp.resolve("cache")).tablesElsewhere(),
        "each archive has a folder of its own");
  }

  @Test
  void aTableMadeAsTheMessagesAreReadIsTheTableTheAnalysisWrote() throws Exception {
    ArchiveLayout archive = analysed();
    byte[] written = Files.readAllBytes(archive.messagesTable());
    Files.delete(archive.messagesTable());
    Correspondence made = Correspondence.open(archive.messages(), archive.messagesTable());
    assertArrayEquals(written, Files.readAllBytes(archive.messagesTable()));
    assertAgree(Correspondence.read(archive.messages()), made);
    assertEquals(List.of(), leftBehind(archive));
  }

  @Test
  void aMessagesFileOutOfIdOrderIsReadWholeToMakeItsTable() throws Exception {
    ArchiveLayout archive = analysed();
    Correspondence expected = Correspondence.read(archive.messages());
    List<MessagesFile.Entry> entries = new ArrayList<>(MessagesFile.read(archive.messages()));
    assertTrue(entries.size() > 2);
    Collections.reverse(entries);
    MessagesFile.write(archive.messages(), entries); // as a hand or another tool might write it
    Files.delete(archive.messagesTable());
    Correspondence made = Correspondence.open(archive.messages(), archive.messagesTable());
    assertAgree(expected, made);
    assertTrue(Files.exists(archive.messagesTable()));
    assertAgree(expected, Correspondence.read(archive.messages()));
  }

  @Test
  void aMessagesFileCutShortIsSaidDamagedAndLeavesNothingBehind() throws Exception {
    ArchiveLayout archive = analysed();
    byte[] json = Files.readAllBytes(archive.messages());
    Files.write(archive.messages(), Arrays.copyOf(json, json.length * 2 / 3));
    Files.delete(archive.messagesTable());
    DamagedFileException e = assertThrows(DamagedFileException.class,
        () -> Correspondence.open(archive.messages(), archive.messagesTable()));
    assertTrue(e.getMessage().contains("messages.json"), e.getMessage());
    assertTrue(Files.notExists(archive.messagesTable()));
    assertEquals(List.of(), leftBehind(archive));
  }

  /** Temporary files the archive's folder still holds. */
  static List<Path> leftBehind(ArchiveLayout archive) throws Exception {
    try (Stream<Path> files = Files.list(archive.messages().getParent())) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.(tmp|messages|offsets)$")).toList();
    }
  }

  @Test
  void anArchiveNotAnalysedHasNoMessages() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("empty"));
    Correspondence c = Correspondence.open(archive.messages(), archive.messagesTable());
    assertTrue(c.messages().isEmpty());
    assertEquals(0, c.appearances());
    assertTrue(Files.notExists(archive.messagesTable()));
  }

  private static void assertAgree(Correspondence expected, Correspondence actual) {
    assertEquals(expected.messages(), actual.messages());
    assertEquals(expected.threads(), actual.threads());
    assertEquals(expected.appearances(), actual.appearances());
    for (ThreadMessage m : expected.messages()) {
      assertEquals(m, actual.message(m.id()).orElseThrow());
      assertEquals(m.appearances().stream().map(Appearance::document).distinct().count(),
          actual.documentsOf(m.id()));
      for (Appearance a : m.appearances()) {
        assertEquals(m, actual.messageAt(a.document(), a.position()).orElseThrow());
        assertEquals(m.id(), actual.messageIdAt(a.document(), a.position()));
      }
    }
    for (MessageThread t : expected.threads()) {
      assertEquals(t, actual.thread(t.id()).orElseThrow());
    }
  }
}
