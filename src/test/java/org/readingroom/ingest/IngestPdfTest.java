package org.readingroom.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.Originals;
import org.readingroom.bench.ReleasePrinter;
import org.readingroom.extract.ReleaseFiles;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.source.DocumentKind;

/**
 * A release as it is published, ingested in one batch: PDFs with a text layer, a scan (OCR), a zip
 * of PDFs in nested folders with a zip inside, and the broken files a batch meets (encrypted,
 * truncated, corrupt, a zip entry named {@code ../evil.pdf}, in the zip and in the zip inside it): each broken one is a line of errors.jsonl with its reason,
 * nothing is written outside the archive, and the rest is ingested, originals kept.
 */
class IngestPdfTest {

  @TempDir Path tmp;

  @Test
  void aReleaseOfPdfsScansAndZipsIngestsAndEveryBrokenFileIsAnError() throws Exception {
    ReleaseFiles.requireTesseract();
    Path inbox = Files.createDirectories(tmp.resolve("work/inbox"));
    byte[] chain = ReleaseFiles.textPdf(ReleaseFiles.CHAIN);
    Files.write(inbox.resolve("chain.pdf"), chain);
    Files.write(inbox.resolve("scan.pdf"), ReleaseFiles.scanPdf(ReleaseFiles.OUTLOOK));
    Files.write(inbox.resolve("locked.pdf"), ReleaseFiles.encryptedPdf(ReleaseFiles.MEMO));
    Files.write(inbox.resolve("cut.pdf"), ReleaseFiles.truncatedPdf(ReleaseFiles.MEMO));
    Files.write(inbox.resolve("garbage.pdf"), ReleaseFiles.noise(3, 5000));
    Files.copy(TestReleases.GOLDEN.resolve("seed-banner-letter.txt"), inbox.resolve("letter.txt"));
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(inbox.resolve("release.zip")))) {
      put(zip, "HRCEmail_Feb/", null);
      put(zip, "HRCEmail_Feb/2016/C09000003.pdf", ReleaseFiles.textPdf(ReleaseFiles.MEMO));
      // a zip inside the zip, as a month's release inside a collection
      java.io.ByteArrayOutputStream monthly = new java.io.ByteArrayOutputStream();
      try (ZipOutputStream inner = new ZipOutputStream(monthly)) {
        put(inner, "2016/more/C09000099.pdf", ReleasePrinter.textLayerPdf(
            ReleaseFiles.text(ReleaseFiles.MEMO).replace("C09000003", "C09000099")));
        put(inner, "../evil-nested.pdf", chain);
      }
      put(zip, "HRCEmail_Feb/monthly.zip", monthly.toByteArray());
      put(zip, "../evil.pdf", chain);
      put(zip, "/tmp/evil-absolute.pdf", chain);
    }
    Map<Path, Long> outside = filesOutsideArchive();

    ArchiveLayout archive = new ArchiveLayout(tmp.resolve("work/archive"));
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger ocrPages = new AtomicInteger();
    IngestSummary s;
    try (LuceneEngine engine = LuceneEngine.openForWriting(archive.index())) {
      s = new Ingester(engine, archive, Ingester.Options.defaults()).ingest(List.of(inbox.toString()),
          new IngestProgress() {
            @Override
            public void total(long sources) {}

            @Override
            public void advance() {}

            @Override
            public void pageRead(boolean ocr) {
              pages.incrementAndGet();
              if (ocr) {
                ocrPages.incrementAndGet();
              }
            }

            @Override
            public void note(String line) {}

            @Override
            public void finish() {}
          });
    }

    Map<String, String> errors = new TreeMap<>();
    for (String line : Files.readAllLines(archive.errors(), StandardCharsets.UTF_8)) {
      JsonNode n = new ObjectMapper().readTree(line);
      String source = n.get("source").asText();
      // named from the folder given, by its own name (docs/ingest.md)
      errors.put(source.substring(inbox.getFileName().toString().length() + 1), n.get("kind").asText());
      assertFalse(n.get("error").asText().isBlank(), line);
    }
    assertEquals(Map.of("cut.pdf", "truncated-pdf", "garbage.pdf", "corrupt-pdf", "locked.pdf", "encrypted",
        "release.zip!../evil.pdf", "unsafe-path", "release.zip!/tmp/evil-absolute.pdf", "unsafe-path",
        "release.zip!HRCEmail_Feb/monthly.zip!../evil-nested.pdf", "unsafe-path"), errors);
    assertEquals(6, s.failed());
    assertEquals(5, s.indexed(), "chain, scan, the two PDFs of the zip, the letter");
    assertEquals(2 + 2 + 1 + 1, pages.get(), "every page of the PDFs that were read");
    assertEquals(2, ocrPages.get(), "the scan's two pages");

    assertEquals(outside, filesOutsideArchive(), "nothing written outside the archive");
    try (Stream<Path> all = Files.walk(tmp)) {
      assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith("evil")), "no evil file anywhere");
    }
    assertFalse(Files.exists(Path.of("/tmp/evil-absolute.pdf")));

    Originals originals = new Originals(archive);
    Originals.Original kept = originals.find("C09000010").orElseThrow();
    assertEquals(DocumentKind.PDF, kept.kind());
    assertEquals(2, kept.pages());
    assertArrayEquals(chain, Files.readAllBytes(kept.file()));
    assertEquals(archive.originals().resolve("C09000010.pdf"), kept.file());
    assertEquals(2, originals.find("C09000001").orElseThrow().pages(), "the scan");
    assertTrue(originals.find("C09000099").isPresent(), "the PDF in the zip inside the zip");
    assertTrue(originals.find("C00000000").isEmpty());
    assertTrue(originals.find("../C09000010").isEmpty(), "a key is never a path");
    try (LuceneEngine engine = LuceneEngine.openForReading(archive.index())) {
      String letterKey = engine.release("C05788506").orElseThrow().key();
      assertTrue(originals.find(letterKey).isEmpty(), "a document read from text has no original");
      assertEquals("C09000001", engine.release("C09000001").orElseThrow().record().docId());
    }
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    if (bytes != null) {
      zip.write(bytes);
    }
    zip.closeEntry();
  }

  /** Every file under the test's folder but the archive, with its size. */
  private Map<Path, Long> filesOutsideArchive() throws IOException {
    Map<Path, Long> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(tmp)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        if (!p.startsWith(tmp.resolve("work/archive"))) {
          files.put(p, Files.size(p));
        }
      }
    }
    return files;
  }
}
