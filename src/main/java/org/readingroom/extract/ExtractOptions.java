package org.readingroom.extract;

import java.time.Duration;

/**
 * How documents that are not text are read.
 *
 * @param ocr when pages are read by OCR
 * @param maxPages pages read of one document at most; the rest are left out, with a warning
 * @param dpi the resolution pages are rendered at for OCR
 * @param ocrTimeout the longest one page's OCR may take
 * @param ocrThreads pages OCR'd at once, across all documents
 * @param tesseract the tesseract command
 */
public record ExtractOptions(
    OcrMode ocr, int maxPages, int dpi, Duration ocrTimeout, int ocrThreads, String tesseract) {

  public static final int DEFAULT_MAX_PAGES = 2000;

  public ExtractOptions {
    if (ocr == null || maxPages < 1 || dpi < 50 || dpi > 1200 || ocrTimeout == null || ocrThreads < 1
        || tesseract == null || tesseract.isBlank()) {
      throw new IllegalArgumentException("invalid extraction options: " + ocr + ", " + maxPages + " pages, " + dpi
          + " dpi, " + ocrTimeout + ", " + ocrThreads + " threads, " + tesseract);
    }
  }

  /** OCR when needed, at 300 dpi, on every core, two minutes a page at most. */
  public static ExtractOptions defaults() {
    return new ExtractOptions(OcrMode.AUTO, DEFAULT_MAX_PAGES, 300, Duration.ofMinutes(2),
        Runtime.getRuntime().availableProcessors(), "tesseract");
  }

  public ExtractOptions withOcr(OcrMode mode) {
    return new ExtractOptions(mode, maxPages, dpi, ocrTimeout, ocrThreads, tesseract);
  }

  public ExtractOptions withMaxPages(int pages) {
    return new ExtractOptions(ocr, pages, dpi, ocrTimeout, ocrThreads, tesseract);
  }
}
