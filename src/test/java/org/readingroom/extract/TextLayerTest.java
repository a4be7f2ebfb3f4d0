package org.readingroom.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.readingroom.bench.ReleasePrinter;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ReleaseRecord;

/**
 * PDFs with a text layer, printed by the tests from release texts: the parse of the PDF equals the
 * parse of the text on the contract's fields. The reader here has no tesseract at all, which shows
 * that a text layer never goes to OCR.
 */
class TextLayerTest {

  static DocumentReader reader;

  @BeforeAll
  static void open() {
    reader = ReleaseFiles.readerWithoutOcr();
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  static ReleaseRecord readPdf(Path text) throws Exception {
    byte[] pdf = ReleaseFiles.textPdf(text);
    return assertInstanceOf(ReleaseRecord.class,
        reader.read(text.getFileName() + ".pdf", pdf, PageProgress.NONE).result());
  }

  @TestFactory
  List<DynamicTest> theParseOfThePdfEqualsTheParseOfTheText() {
    return List.of(ReleaseFiles.CHAIN, ReleaseFiles.OUTLOOK, ReleaseFiles.MEMO,
            ReleaseFiles.GOLDEN.resolve("blackberry-chain-ocr-damage.txt"),
            ReleaseFiles.GOLDEN.resolve("benghazi-committee-banner.txt"))
        .stream()
        .map(text -> DynamicTest.dynamicTest(text.getFileName().toString(), () -> {
          ReleaseRecord fromText = ReleaseFiles.parsedText(text);
          ReleaseRecord fromPdf = readPdf(text);
          assertEquals(ReleaseFiles.contract(fromText), ReleaseFiles.contract(fromPdf));
          assertEquals(ReleaseFiles.folded(fromText.text()), ReleaseFiles.folded(fromPdf.text()),
              "the clean text, white space folded");
          assertEquals(List.of(), fromPdf.warnings());
        }))
        .toList();
  }

  @Test
  void theChainKeepsItsPagesStampCodesAndHeaders() throws Exception {
    ReleaseRecord r = readPdf(ReleaseFiles.CHAIN);
    assertEquals("C09000010", r.docId());
    assertEquals(2, r.pages());
    assertEquals(ReleaseRecord.Release.PART, r.release());
    assertEquals(List.of("B5", "B6"), r.exemptions());
    assertEquals(3, r.messages().size());
    assertEquals(3, r.redactions().size());
    assertEquals(2, r.messages().get(2).page());
  }

  @Test
  void marginCodesStayAtTheRightOfTheirLinesAndBannersAtTopAndFoot() throws Exception {
    String text = reader.text(ReleaseFiles.textPdf(ReleaseFiles.CHAIN));
    String[] pages = text.split("\f", -1);
    assertEquals(3, pages.length, "one form feed after each of the two pages");
    assertEquals("", pages[2]);
    for (String page : List.of(pages[0], pages[1])) {
      List<String> lines = page.lines().filter(l -> !l.isBlank()).toList();
      assertTrue(lines.get(0).strip().startsWith("UNCLASSIFIED U.S. Department of State Case No. F-2016-00002"), page);
      assertTrue(lines.get(lines.size() - 1).strip().startsWith("UNCLASSIFIED U.S. Department"), page);
    }
    assertTrue(Pattern.compile("(?m)^Treasury gave us last week\\. Can we check them before Friday\\? {3,}B6$")
        .matcher(pages[0]).find(), pages[0]);
    assertTrue(Pattern.compile("(?m)^From: {3,}Doe, Jane R <DoeJR@state\\.gov>$").matcher(pages[0]).find(), pages[0]);
    assertTrue(Pattern.compile("(?m)^ {20,}RELEASE IN PART$\\n^ {20,}B5,B6$").matcher(pages[0]).find(), pages[0]);
  }

  @Test
  void aSearchableScanIsReadFromItsInvisibleTextLayerNotByOcr() throws Exception {
    byte[] pdf = ReleasePrinter.searchableScanPdf(ReleaseFiles.text(ReleaseFiles.CHAIN), 150);
    ReleaseRecord r = assertInstanceOf(ReleaseRecord.class,
        reader.read("searchable.pdf", pdf, PageProgress.NONE).result());
    assertEquals(ReleaseFiles.contract(ReleaseFiles.parsedText(ReleaseFiles.CHAIN)), ReleaseFiles.contract(r));
    assertEquals(List.of(), r.warnings(), "no OCR: this reader has no tesseract");
  }

  @Test
  void aBannerStampedOnAScanIsNotAUsableTextLayerButAPageOfTextIs() {
    String banner =
        "      UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05787433 Date: 01/29/2016\n";
    assertFalse(PdfExtractor.usable(banner + "\n\n" + banner));
    assertFalse(PdfExtractor.usable("C05787433\n"));
    assertTrue(PdfExtractor.usable(banner + "From: H\nTo: Mills, Cheryl D\nSubject: Re: the call\n" + banner));
  }

  @Test
  void aPdfWithoutTextIsRefusedWhenOcrIsOffAndSaysSoWhenTesseractIsMissing() throws Exception {
    byte[] scan = ReleaseFiles.scanPdf(ReleaseFiles.MEMO);
    ParseFailure missing =
        assertInstanceOf(ParseFailure.class, reader.read("scan.pdf", scan, PageProgress.NONE).result());
    assertEquals("ocr-unavailable", missing.kind());
    assertTrue(missing.error().contains("scripts/setup"), missing.error());
    try (DocumentReader never = new DocumentReader(ExtractOptions.defaults().withOcr(OcrMode.NEVER))) {
      ParseFailure off = assertInstanceOf(ParseFailure.class, never.read("scan.pdf", scan, PageProgress.NONE).result());
      assertEquals("no-text", off.kind());
      assertTrue(off.error().contains("--ocr"), off.error());
      byte[] png = ReleasePrinter.png(ReleaseFiles.scans(ReleaseFiles.MEMO).get(0));
      assertEquals("no-text", assertInstanceOf(ParseFailure.class,
          never.read("scan.png", png, PageProgress.NONE).result()).kind());
    }
  }

  @Test
  void pagesPastTheLimitAreLeftOutWithAWarning() throws Exception {
    try (DocumentReader onePage = new DocumentReader(ExtractOptions.defaults().withMaxPages(1))) {
      ReleaseRecord r = assertInstanceOf(ReleaseRecord.class,
          onePage.read("chain.pdf", ReleaseFiles.textPdf(ReleaseFiles.CHAIN), PageProgress.NONE).result());
      assertEquals(1, r.pages());
      assertTrue(r.warnings().get(0).contains("read the first 1"), r.warnings().toString());
    }
  }

  @Test
  void everyPageIsCountedForTheProgress() throws Exception {
    java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
    reader.read("chain.pdf", ReleaseFiles.textPdf(ReleaseFiles.CHAIN), ocr -> pages.incrementAndGet());
    assertEquals(2, pages.get());
  }
}
