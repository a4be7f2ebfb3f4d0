package org.readingroom.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readingroom.bench.ReleasePrinter;
import org.readingroom.parse.ReleaseParser;
import org.readingroom.record.ReleaseRecord;

/**
 * Scans made by the tests (release pages rendered at 300 dpi, bilevel, as an image-only PDF, a PNG
 * and a multi-page TIFF), read by tesseract. Fails, saying to run scripts/setup, when tesseract is
 * not installed: CI runs it first. The character error rates are printed.
 */
class OcrTest {

  /** Clean 300 dpi scans of printed type: tesseract gets nearly every character. */
  static final double MAX_CER = 0.02;
  static DocumentReader reader;

  @BeforeAll
  static void open() {
    ReleaseFiles.requireTesseract();
    reader = new DocumentReader(ExtractOptions.defaults());
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  static ReleaseRecord read(String name, byte[] bytes) {
    return assertInstanceOf(ReleaseRecord.class, reader.read(name, bytes, PageProgress.NONE).result());
  }

  /**
   * Reads a scan by OCR once: checks and prints the character error rate of the text against the
   * release text it was printed from, and returns the parse of that text.
   */
  static ReleaseRecord readAndReportCer(String what, Path truth, byte[] scan) throws Exception {
    String text = reader.text(scan);
    double cer = ReleaseFiles.characterErrorRate(ReleaseFiles.text(truth), text);
    System.out.printf(Locale.ROOT, "OCR character error rate, %s: %.4f%n", what, cer);
    assertTrue(cer <= MAX_CER, what + ": CER " + cer);
    return new ReleaseParser().parse(what, text);
  }

  /** The codes and page of each redaction: OCR spaces a line its own way, so offsets differ. */
  static List<String> marks(ReleaseRecord r) {
    return r.redactions().stream().map(m -> m.codes() + " p" + m.page()).toList();
  }

  @Test
  void anImageOnlyPdfIsReadByOcrAndParsesAsItsText() throws Exception {
    byte[] scan = ReleaseFiles.scanPdf(ReleaseFiles.CHAIN);
    ReleaseRecord fromText = ReleaseFiles.parsedText(ReleaseFiles.CHAIN);
    ReleaseRecord r = readAndReportCer("image-only PDF, chain-two-pages", ReleaseFiles.CHAIN, scan);
    assertEquals(fromText.docId(), r.docId());
    assertEquals(fromText.caseNumber(), r.caseNumber());
    assertEquals(fromText.releaseDate(), r.releaseDate());
    assertEquals(fromText.release(), r.release());
    assertEquals(fromText.exemptions(), r.exemptions());
    assertEquals(fromText.pages(), r.pages());
    assertEquals(marks(fromText), marks(r));
    assertEquals(fromText.messages().size(), r.messages().size());
  }

  @Test
  void pngAndMultiPageTiffScans() throws Exception {
    List<java.awt.image.BufferedImage> pages = ReleaseFiles.scans(ReleaseFiles.OUTLOOK);
    ReleaseRecord fromText = ReleaseFiles.parsedText(ReleaseFiles.OUTLOOK);
    byte[] tiff = ReleasePrinter.tiff(pages);
    ReleaseRecord r = readAndReportCer("TIFF, outlook-split-stamp-classified", ReleaseFiles.OUTLOOK, tiff);
    assertEquals(2, r.pages());
    assertEquals(fromText.docId(), r.docId());
    assertEquals(fromText.release(), r.release());
    assertEquals(fromText.exemptions(), r.exemptions());
    assertEquals(fromText.classification(), r.classification());
    assertEquals(marks(fromText), marks(r));

    ReleaseRecord first = read("outlook-1.png", ReleasePrinter.png(pages.get(0)));
    assertEquals(1, first.pages());
    assertTrue(first.warnings().contains("read by OCR (tesseract): every page"), first.warnings().toString());
    assertEquals(fromText.docId(), first.docId());
    assertEquals(fromText.messages().get(0).from(), first.messages().get(0).from());
  }

  @Test
  void ocrAlwaysReadsEvenATextLayerByOcr() throws Exception {
    try (DocumentReader always = new DocumentReader(ExtractOptions.defaults().withOcr(OcrMode.ALWAYS))) {
      ReleaseRecord r = assertInstanceOf(ReleaseRecord.class,
          always.read("memo.pdf", ReleaseFiles.textPdf(ReleaseFiles.MEMO), PageProgress.NONE).result());
      assertTrue(r.warnings().contains("read by OCR (tesseract): every page"), r.warnings().toString());
      assertEquals(ReleaseFiles.parsedText(ReleaseFiles.MEMO).docId(), r.docId());
    }
  }
}
