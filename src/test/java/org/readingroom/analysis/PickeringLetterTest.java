package org.readingroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestProgress;
import org.readingroom.ingest.Ingester;
import org.readingroom.parse.SharedMaterial;
import org.readingroom.threads.Appearance;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.MessageThread;
import org.readingroom.threads.ThreadMessage;
import org.readingroom.withheld.UnevenExemption;

/**
 * The real release: Thomas Pickering's letter of 31 December 2011 stands in C05787433, C05793178
 * and C05793224, each time forwarded along another path (Mills to H; H to Sherman, Burns and
 * Sullivan; H to Russo, to print). Read from ../shared's corpus (copied to a temporary folder for
 * the test, never into the project); skips, saying so, when the corpus is absent.
 */
class PickeringLetterTest {

  static final List<String> DOCUMENTS = List.of("C05787433", "C05793178", "C05793224");

  @TempDir Path tmp;

  @Test
  void threeDocumentsOneThreadOneLetter() throws Exception {
    Path tgz = SharedMaterial.require("corpus/clinton-email-text.tgz");
    Path docs = extract(tgz, tmp.resolve("docs"));
    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("archive"));
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      new Ingester(engine, archive, Ingester.Options.defaults()).ingest(List.of(docs.toString()), IngestProgress.SILENT);
      ArchiveAnalyzer.analyse(engine, archive);
    }
    ArchiveAnalysis analysis = ArchiveAnalysis.load(archive);
    Correspondence c = analysis.correspondence();

    assertEquals(1, c.threads().size(), "one thread");
    MessageThread thread = c.threads().get(0);
    assertEquals(DOCUMENTS, thread.documents());

    List<ThreadMessage> letters = c.messages().stream()
        .filter(m -> m.from().contains("Pickering, Thomas R") && "2011-12-31T18:06".equals(String.valueOf(m.sent()))).toList();
    assertEquals(1, letters.size(), "one letter message");
    ThreadMessage letter = letters.get(0);
    assertEquals("Letter to the Secretary", letter.subject());
    assertEquals(DOCUMENTS, letter.appearances().stream().map(Appearance::document).toList(), "three appearances");
    assertEquals(letter.id(), thread.messageIds().get(0), "the letter opens the thread");
    assertEquals(letter.threadId(), thread.id());

    ThreadMessage forward = c.messageAt("C05787433", 0).orElseThrow();
    assertEquals(3, forward.appearances().size(), "Mills's forward to H is one message too");
    assertEquals(List.of(letter.id()), forward.parents());
    Set<String> tops = new HashSet<>();
    for (String d : List.of("C05793178", "C05793224")) {
      tops.add(c.messageAt(d, 0).orElseThrow().id());
    }
    assertEquals(2, tops.size(), "H's two forwards of 11:47 (to her staff; to Russo, to print) are two messages");
    assertEquals(4, c.messages().size());

    // B6 is applied to the chain in C05787433 (Pickering's address) and to no printing of it in
    // C05793224, which prints the letter whole: what a FOIA appeal cites
    List<UnevenExemption> uneven = analysis.withheld().unevenExemptions().stream()
        .filter(u -> u.code().equals("B6") && u.appliedIn().contains("C05787433")).toList();
    assertEquals(1, uneven.size(), analysis.withheld().unevenExemptions().toString());
    assertTrue(uneven.get(0).notAppliedIn().contains("C05793224"), uneven.toString());
    assertTrue(analysis.withheld().document("C05787433").orElseThrow().applies("B6"));
  }

  /** Copies the three documents out of the corpus into {@code dir}. */
  private static Path extract(Path tgz, Path dir) throws Exception {
    Files.createDirectories(dir);
    int found = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(tgz));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        String name = Path.of(e.getName()).getFileName().toString();
        if (DOCUMENTS.contains(name.replace(".txt", ""))) {
          Files.write(dir.resolve(name), tar.readAllBytes());
          found++;
        }
      }
    }
    assertEquals(3, found, "the three documents are in the corpus");
    return dir;
  }
}
