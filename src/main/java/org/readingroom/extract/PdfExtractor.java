package org.readingroom.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.readingroom.source.DocumentBudget;

/**
 * The text of a PDF, page by page: from its text layer, laid out in columns; by OCR for a page
 * without a usable one (or every page, or none, as {@link OcrMode} says). A PDF that cannot be read
 * (encrypted with a password, truncated, corrupt) is a failure with a reason, never an exception.
 */
final class PdfExtractor {

  /**
   * A text layer is usable with at least this many lines and letters or digits: fewer, on a page
   * that shows an image, is a stamp on a scan (a page banner, a Bates number), not its text.
   */
  static final int USABLE_LINES = 4;
  static final int USABLE_CHARS = 64;
  /** A PDF's end-of-file marker is in its last bytes; a file without one was cut short. */
  private static final int EOF_WITHIN = 1024;

  private final ExtractOptions options;
  private final Ocr ocr;

  PdfExtractor(ExtractOptions options, Ocr ocr) {
    this.options = options;
    this.ocr = ocr;
  }

  Extraction extract(byte[] bytes, PageProgress progress, DocumentBudget.Deadline deadline) throws InterruptedException {
    if (!endsWithEof(bytes)) {
      return Extraction.failed("truncated-pdf",
          "the PDF ends before its end-of-file marker (%%EOF): it was cut short (an interrupted download?);"
              + " fetch it again");
    }
    PDDocument document;
    try {
      document = Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      return Extraction.failed("encrypted", "the PDF is encrypted with a password: it cannot be read without it");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Extraction.failed("corrupt-pdf", "the PDF cannot be read: " + e.getMessage());
    }
    try (document) {
      PdfStreams.checkInflation(document.getDocument(), deadline);
      return pages(document, progress, deadline);
    } catch (DocumentBudget.Exceeded e) {
      return Extraction.failed("over-budget", e.getMessage());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Extraction.failed("corrupt-pdf", "the PDF cannot be read: " + e);
    }
  }

  private Extraction pages(PDDocument document, PageProgress progress, DocumentBudget.Deadline deadline)
      throws InterruptedException {
    int total = document.getNumberOfPages();
    if (total == 0) {
      return Extraction.failed("corrupt-pdf", "the PDF has no pages");
    }
    List<String> warnings = new ArrayList<>();
    int pages = Math.min(total, options.maxPages());
    if (total > pages) {
      warnings.add(String.format(Locale.ROOT, "the PDF has %d pages; read the first %d (--max-pages)", total, pages));
    }
    String[] texts = new String[pages];
    List<Integer> unread = new ArrayList<>();
    PdfTextLayer layer = new PdfTextLayer(deadline);
    PDFRenderer renderer = null;
    Ocr.Batch batch = null;
    int ocrPages = 0;
    // one walk of the page tree: PDFBox's getPage(i) lists every page of the tree again at each call
    Iterator<PDPage> pageTree = document.getPages().iterator();
    for (int i = 0; i < pages; i++) {
      deadline.check();
      PDPage pdfPage = pageTree.next();
      if (options.ocr() != OcrMode.ALWAYS) {
        PdfTextLayer.Page page = textLayer(layer, document, pdfPage, i, warnings);
        String text = page == null ? "" : ColumnLayout.page(page.glyphs());
        if (usable(text) || page != null && !page.showsImage() || options.ocr() == OcrMode.NEVER) {
          texts[i] = text;
          if (options.ocr() == OcrMode.NEVER && !usable(text) && (page == null || page.showsImage())) {
            unread.add(i + 1);
          }
          progress.pageRead(false);
          continue;
        }
      }
      if (batch == null) {
        String why = ocr.unavailable();
        if (why != null) {
          return Extraction.failed("ocr-unavailable", "page " + (i + 1) + " needs OCR, but " + why);
        }
        batch = ocr.batch(progress);
        renderer = new PDFRenderer(document);
      }
      try {
        PageRaster.Rendered r = PageRaster.render(renderer, pdfPage, i, options.dpi(), ImageType.GRAY);
        batch.submit(i, r.image(), r.dpi());
        ocrPages++;
      } catch (IOException | RuntimeException e) {
        texts[i] = "";
        warnings.add("page " + (i + 1) + ": cannot be rendered for OCR, read as empty: " + e.getMessage());
      }
    }
    if (batch != null) {
      warnings.addAll(batch.await(texts));
      warnings.add(ocrPages == pages
          ? "read by OCR (tesseract): every page"
          : "read by OCR (tesseract): " + ocrPages + " of " + pages + " pages, which had no usable text layer");
    }
    if (!unread.isEmpty()) {
      if (unread.size() == pages) {
        return Extraction.failed("no-text", "the PDF has no text layer (a scan): OCR is off (--ocr never);"
            + " ingest it with --ocr auto");
      }
      warnings.add("pages without a text layer, left unread (--ocr never): " + unread);
    }
    return Extraction.ofPages(texts, total, ocrPages, warnings);
  }

  /** A page's text layer, or null (with a warning) when PDFBox cannot read it. */
  private static PdfTextLayer.Page textLayer(PdfTextLayer layer, PDDocument document, PDPage page, int index,
      List<String> warnings) {
    try {
      return layer.read(document, page);
    } catch (DocumentBudget.Exceeded e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      warnings.add("page " + (index + 1) + ": its text layer cannot be read: " + e.getMessage());
      return null;
    }
  }

  /** Enough lines and characters to be a page's text, not a stamp on a scan. */
  static boolean usable(String pageText) {
    int lines = 0;
    int chars = 0;
    boolean lineHasText = false;
    for (int i = 0; i < pageText.length(); i++) {
      char c = pageText.charAt(i);
      if (c == '\n') {
        lines += lineHasText ? 1 : 0;
        lineHasText = false;
      } else if (Character.isLetterOrDigit(c)) {
        chars++;
        lineHasText = true;
      }
    }
    lines += lineHasText ? 1 : 0;
    return lines >= USABLE_LINES && chars >= USABLE_CHARS;
  }

  static boolean endsWithEof(byte[] bytes) {
    int from = Math.max(0, bytes.length - EOF_WITHIN);
    for (int i = bytes.length - 5; i >= from; i--) {
      if (bytes[i] == '%' && bytes[i + 1] == '%' && bytes[i + 2] == 'E' && bytes[i + 3] == 'O' && bytes[i + 4] == 'F') {
        return true;
      }
    }
    return false;
  }
}
