package org.readingroom.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.readingroom.extract.DocumentReader;
import org.readingroom.extract.ExtractOptions;
import org.readingroom.extract.OcrMode;
import org.readingroom.extract.PageProgress;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;

/**
 * The PDF reader (PDFBox, the text layer laid out in columns, then the parser) driven by a
 * coverage-guided fuzzer from PDFs printed from release texts, committed as seeds in {@code
 * PdfFuzzTestInputs/}: whatever the bytes, a record or a failure with a reason, never an escaping
 * exception or a bug. OCR is off: tesseract is another program, with budgets of its own.
 */
class PdfFuzzTest {

  private static final DocumentReader READER =
      new DocumentReader(4L << 20, ExtractOptions.defaults().withOcr(OcrMode.NEVER).withMaxPages(20));

  @FuzzTest(maxDuration = "10s")
  void readPdf(byte[] bytes) {
    ParseResult result = READER.read("fuzz.pdf", bytes, PageProgress.NONE).result();
    if (result instanceof ParseFailure f) {
      assertNotEquals("internal-error", f.kind(), f.error());
    }
  }
}
