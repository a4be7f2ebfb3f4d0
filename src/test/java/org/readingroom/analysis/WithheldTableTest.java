package org.readingroom.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.DamagedFileException;
import org.readingroom.archive.MappedFile;
import org.readingroom.archive.RecordTable;
import org.readingroom.archive.WithheldFile;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.withheld.DocumentWithholding;
import org.readingroom.withheld.Withheld;

/**
 * What the documents withhold, as a server reads it in place ({@code withheld.table}): the same as
 * {@code withheld.json} read whole, and made again whenever it no longer matches that file.
 */
class WithheldTableTest {

  @TempDir Path tmp;

  /** An archive of the sample release: stamps, classification blocks, markers. */
  private ArchiveLayout analysed() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(
          List.of("src/main/resources/org/readingroom/sample/sample-release.zip"), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(engine, archive);
    }
    return archive;
  }

  @Test
  void answersAsTheWithheldFileReadWholeAndIsMadeAgainWhenItNoLongerMatches() throws Exception {
    ArchiveLayout archive = analysed();
    Path json = archive.withheld();
    Path table = archive.withheldTable();
    assertTrue(Files.size(table) > 0, "the analysis writes the table");
    Withheld whole = Withheld.read(json);
    assertTrue(whole.documents().size() > 100, "the sample's documents carry stamps: " + whole.documents().size());
    assertTrue(whole.documents().stream().anyMatch(d -> d.classification() != null && !d.markers().isEmpty()));
    assertAgree(whole, ArchiveAnalysis.load(archive).withheld());

    Files.setLastModifiedTime(json, FileTime.fromMillis(Files.getLastModifiedTime(json).toMillis() + 5_000));
    byte[] before = Files.readAllBytes(table);
    assertAgree(whole, Withheld.open(json, table));
    assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(table)), "made again for the file as it is now");

    Files.write(table, java.util.Arrays.copyOf(before, before.length / 2));
    assertAgree(whole, Withheld.open(json, table));
    Files.delete(table);
    Files.createDirectories(table.resolve("in-the-way"));
    assertAgree(whole, Withheld.open(json, table)); // no table can be written: held in memory
  }

  @Test
  void aTableMadeAsTheDocumentsAreReadIsTheTableTheAnalysisWrote() throws Exception {
    ArchiveLayout archive = analysed();
    byte[] written = Files.readAllBytes(archive.withheldTable());
    Files.delete(archive.withheldTable());
    Withheld made = Withheld.open(archive.withheld(), archive.withheldTable());
    assertArrayEquals(written, Files.readAllBytes(archive.withheldTable()));
    assertAgree(Withheld.read(archive.withheld()), made);
    assertEquals(List.of(), MessageTableTest.leftBehind(archive));
  }

  @Test
  void documentsOutOfKeyOrderAreReadWholeToMakeTheTable() throws Exception {
    ArchiveLayout archive = analysed();
    Withheld expected = Withheld.read(archive.withheld());
    WithheldFile.Contents c = WithheldFile.read(archive.withheld());
    List<WithheldFile.DocumentEntry> reversed = new ArrayList<>(c.documents());
    Collections.reverse(reversed);
    WithheldFile.write(archive.withheld(), new WithheldFile.Contents(reversed, c.released(), c.uneven()));
    Files.delete(archive.withheldTable());
    assertAgree(expected, Withheld.open(archive.withheld(), archive.withheldTable()));
    assertTrue(Files.exists(archive.withheldTable()));
    assertEquals(List.of(), MessageTableTest.leftBehind(archive));
  }

  @Test
  void aWithheldFileCutShortIsSaidDamagedAndLeavesNothingBehind() throws Exception {
    ArchiveLayout archive = analysed();
    byte[] json = Files.readAllBytes(archive.withheld());
    Files.write(archive.withheld(), java.util.Arrays.copyOf(json, json.length / 2));
    Files.delete(archive.withheldTable());
    assertThrows(DamagedFileException.class, () -> Withheld.open(archive.withheld(), archive.withheldTable()));
    assertTrue(Files.notExists(archive.withheldTable()));
    assertEquals(List.of(), MessageTableTest.leftBehind(archive));
  }

  @Test
  void anArchiveNotAnalysedWithholdsNothing() throws Exception {
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("empty"));
    assertTrue(Withheld.open(archive.withheld(), archive.withheldTable()).documents().isEmpty());
    assertTrue(Files.notExists(archive.withheldTable()));
  }

  @Test
  void aTableTakesItsRecordsInKeyOrderOnly() throws Exception {
    Path source = Files.writeString(tmp.resolve("source"), "x");
    Path table = tmp.resolve("t");
    RecordTable.write(table, List.of(Map.entry("a", value("one")), Map.entry("b", value("two"))).iterator(), source);
    RecordTable t = RecordTable.open(table);
    assertEquals(List.of("one", "two"), t.values(MappedFile.Cursor::readString));
    assertEquals("two", t.value("b").readString());
    assertNull(t.value("c"));
    assertTrue(t.madeFrom(source));
    assertThrows(RecordTable.OutOfOrderException.class, () -> RecordTable.write(table,
        List.of(Map.entry("b", value("two")), Map.entry("a", value("one"))).iterator(), source));
    assertEquals(List.of("one", "two"), RecordTable.open(table).values(MappedFile.Cursor::readString),
        "the table before stays whole");
    Files.writeString(source, "changed");
    assertFalse(t.madeFrom(source));
  }

  private static byte[] value(String s) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    MappedFile.Writer w = new MappedFile.Writer(out);
    w.writeString(s);
    w.flush();
    return out.toByteArray();
  }

  private static void assertAgree(Withheld expected, Withheld actual) {
    assertEquals(expected.documents(), actual.documents());
    for (DocumentWithholding d : expected.documents()) {
      assertEquals(d, actual.document(d.key()).orElseThrow());
    }
    assertTrue(actual.document("C99999999").isEmpty());
    assertEquals(expected.releasedElsewhere(), actual.releasedElsewhere());
    assertEquals(expected.unevenExemptions(), actual.unevenExemptions());
  }
}
