package org.readingroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.parse.SharedMaterial;
import org.readingroom.threads.Correspondence;

/**
 * The real release, read at run time from ../shared's corpus (copied to a temporary folder, never
 * into the project; skips, saying so, when absent): Sidney Blumenthal writes as {@code Sidney
 * Blumenthal} and is answered as {@code sbwhoeop} (C05792397, C05792404, C05792460, C05792505), one
 * person; C05797128 prints Feltman's "Re: Seeing S" over Clinton's "Re: PDB", two conversations.
 */
class BlumenthalAndTwoChainsTest {

  static final List<String> DOCUMENTS = List.of("C05792397", "C05792404", "C05792460", "C05792505", "C05797128");

  @TempDir Path tmp;

  @Test
  void oneBlumenthalByHisNameAndTwoThreadsInOneDocument() throws Exception {
    Path docs = extract(SharedMaterial.require("corpus/clinton-email-text.tgz"), tmp.resolve("docs"));
    String archive = tmp.resolve("archive").toString();
    CliRun ingest = CliRun.of("ingest", "--archive", archive, docs.toString());
    assertEquals(0, ingest.exitCode(), ingest.err());

    CliRun show = CliRun.of("people", "--archive", archive, "show", "sbwhoeop");
    assertEquals(0, show.exitCode(), show.err());
    assertTrue(show.out().contains("Sidney Blumenthal"), show.out());
    assertTrue(show.out().contains("sbwhoeop ("), show.out());

    Correspondence c = ArchiveAnalysis.load(new ArchiveLayout(Path.of(archive))).correspondence();
    String seeing = c.messageAt("C05797128", 1).orElseThrow().threadId();
    String pdb = c.messageAt("C05797128", 2).orElseThrow().threadId();
    assertNotEquals(seeing, pdb, "Re: Seeing S does not answer Re: PDB");
    assertEquals(seeing, c.messageAt("C05797128", 0).orElseThrow().threadId(), "Fw: Seeing S forwards it");
    assertEquals(pdb, c.messageAt("C05797128", 3).orElseThrow().threadId(), "the PDB replies stay one thread");
  }

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
    assertEquals(DOCUMENTS.size(), found, "the documents are in the corpus");
    return dir;
  }
}
