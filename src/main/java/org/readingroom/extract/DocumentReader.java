package org.readingroom.extract;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.parse.ReleaseParser;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.source.DocumentBudget;
import org.readingroom.source.DocumentKind;
import org.readingroom.source.SourceBytes;
import org.readingroom.source.SourceDocument;

/**
 * Reads a release document whatever it was published as, into the parser's record: text goes to
 * {@link ReleaseReader} as it is; a PDF is read from its text layer, and by OCR where a page has
 * none; an image (PNG, TIFF, JPEG) by OCR. What a document is, is told by its bytes; a file whose
 * name claims a PDF or an image that its bytes are not is refused as corrupt. Every failure is a
 * {@link ParseFailure} with a kind and a reason. Safe to use from many threads at once; OCR runs on
 * a pool of {@link ExtractOptions#ocrThreads()} shared by all of them.
 *
 * <p>Each document is read within its {@link DocumentBudget} (characters, inflated bytes, time);
 * past it, and when the JVM runs out of memory on it, the document is a failure ({@code
 * over-budget}, {@code out-of-memory}) and the reader goes on to the next.
 */
public final class DocumentReader implements AutoCloseable {

  /**
   * What reading one document gave.
   *
   * @param kind what the document's bytes are; null when they could not be loaded
   * @param pages the pages of the original, a PDF or an image; 0 for text
   * @param text the text the parser read (as released, or as extracted from the PDF or scan); null
   *     when there was none
   */
  public record Reading(ParseResult result, DocumentKind kind, int pages, String text) {
    Reading(ParseResult result, DocumentKind kind, int pages) {
      this(result, kind, pages, null);
    }
  }

  private final SourceBytes loader;
  private final ReleaseReader text;
  private final ReleaseParser parser = new ReleaseParser();
  private final Ocr ocr;
  private final PdfExtractor pdfs;
  private final ImageExtractor images;
  private final DocumentBudget budget;

  public DocumentReader(long maxBytes, ExtractOptions options) {
    this(maxBytes, options, DocumentBudget.defaults());
  }

  public DocumentReader(long maxBytes, ExtractOptions options, DocumentBudget budget) {
    this.loader = new SourceBytes(maxBytes);
    this.budget = budget;
    this.text = new ReleaseReader(maxBytes, budget);
    this.ocr = new Ocr(new Tesseract(options.tesseract(), "eng", options.ocrTimeout()), options.ocrThreads());
    this.pdfs = new PdfExtractor(options, ocr);
    this.images = new ImageExtractor(options, ocr);
  }

  public DocumentReader(ExtractOptions options) {
    this(SourceBytes.DEFAULT_MAX_BYTES, options);
  }

  /** Loads a source's bytes (bounded, as {@link SourceBytes#load} does) and reads them. */
  public Reading read(SourceDocument doc, PageProgress progress) {
    return read(doc, progress, true);
  }

  /**
   * The record {@link #read} gives, without the text it was read from: {@code parse} prints
   * records only, and copying every text into a String it never used was a measurable part of its time.
   */
  public ParseResult record(SourceDocument doc) {
    return read(doc, PageProgress.NONE, false).result();
  }

  private Reading read(SourceDocument doc, PageProgress progress, boolean keepText) {
    SourceBytes.Loaded loaded = loader.load(doc);
    if (loaded.failure() != null) {
      return new Reading(loaded.failure(), null, 0);
    }
    return read(doc.source(), loaded.bytes(), progress, keepText);
  }

  /** Reads a document's bytes; a bug in a library or in the parser becomes a failure record. */
  public Reading read(String source, byte[] bytes, PageProgress progress) {
    return read(source, bytes, progress, true);
  }

  private Reading read(String source, byte[] bytes, PageProgress progress, boolean keepText) {
    DocumentKind kind = DocumentKind.sniff(bytes);
    try {
      return parse(source, kind, bytes, progress, keepText);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reading(new ParseFailure(source, "interrupted", "stopped before the document was read"), kind, 0);
    } catch (DocumentBudget.Exceeded e) {
      return new Reading(new ParseFailure(source, "over-budget", e.getMessage()), kind, 0);
    } catch (OutOfMemoryError e) {
      // what this document allocated is garbage now: the next one has the heap again
      return new Reading(outOfMemory(source), kind, 0);
    } catch (RuntimeException | StackOverflowError e) {
      return new Reading(ReleaseReader.bug(source, e), kind, 0);
    }
  }

  /** The failure of a document that took more memory than the JVM has. */
  public static ParseFailure outOfMemory(String source) {
    return new ParseFailure(source, "out-of-memory", String.format(java.util.Locale.ROOT,
        "reading the document ran out of memory (the heap is %d MB): lower the budgets (--max-inflated,"
            + " --max-chars) or give the JVM more (-Xmx)", Runtime.getRuntime().maxMemory() >> 20));
  }

  private Reading parse(String source, DocumentKind kind, byte[] bytes, PageProgress progress, boolean keepText)
      throws InterruptedException {
    if (kind == DocumentKind.TEXT) {
      DocumentKind claimed = DocumentKind.claimedBy(source);
      if (claimed != null && bytes.length > 0) {
        boolean pdf = claimed == DocumentKind.PDF;
        return new Reading(new ParseFailure(source, pdf ? "corrupt-pdf" : "corrupt-image",
            (pdf ? "named as a PDF but is not a PDF" : "named as an image (" + claimed + ") but is not one")
                + ": its first bytes hold no " + claimed + " header"), kind, 0);
      }
      if (!keepText) {
        return new Reading(text.parse(source, bytes), kind, 0);
      }
      ReleaseReader.Parsed parsed = text.parseKeepingText(source, bytes);
      return new Reading(parsed.result(), kind, 0, parsed.text());
    }
    Extraction e = kind == DocumentKind.PDF
        ? pdfs.extract(bytes, progress, budget.start())
        : images.extract(kind, bytes, progress);
    if (!e.ok()) {
      return new Reading(new ParseFailure(source, e.failureKind(), e.failure()), kind, 0);
    }
    return new Reading(withWarnings(parser.parse(source, e.text()), e.warnings()), kind, e.pages(), e.text());
  }

  /** The record with the extraction's warnings before the parser's. */
  private static ReleaseRecord withWarnings(ReleaseRecord r, List<String> extraction) {
    if (extraction.isEmpty()) {
      return r;
    }
    List<String> warnings = new ArrayList<>(extraction);
    warnings.addAll(r.warnings());
    return new ReleaseRecord(r.source(), r.docId(), r.caseNumber(), r.releaseDate(), r.release(), r.exemptions(),
        r.statutes(), r.classification(), r.pages(), r.messages(), r.redactions(), r.text(), warnings);
  }

  /** The text a PDF or image gives, as the parser would read it; for tests and the benchmark. */
  public String text(byte[] bytes) throws InterruptedException {
    DocumentKind kind = DocumentKind.sniff(bytes);
    Extraction e = switch (kind) {
      case TEXT -> throw new IllegalArgumentException("not a PDF or an image");
      case PDF -> pdfs.extract(bytes, PageProgress.NONE, budget.start());
      default -> images.extract(kind, bytes, PageProgress.NONE);
    };
    if (!e.ok()) {
      throw new IllegalArgumentException(e.failureKind() + ": " + e.failure());
    }
    return e.text();
  }

  /** Null when OCR can run on this machine; else why not, and how to fix it. */
  public String ocrUnavailable() {
    return ocr.unavailable();
  }

  @Override
  public void close() {
    ocr.close();
  }
}
