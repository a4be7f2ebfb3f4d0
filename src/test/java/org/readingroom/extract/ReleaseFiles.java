package org.readingroom.extract;

import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.readingroom.bench.CharacterErrors;
import org.readingroom.bench.ReleasePrinter;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;

/**
 * Release documents as they are published, made by the tests themselves from release texts: PDFs
 * with a text layer, scans (image-only PDFs, PNG, TIFF), and the broken ones a batch meets
 * (encrypted, truncated, corrupt).
 */
public final class ReleaseFiles {

  /** A two-page email chain in the corpus's layout: banners, the stamp at the top right, margin codes. */
  public static final Path CHAIN = Path.of("src/test/resources/pdf/chain-two-pages.txt");
  /** The golden documents with form feeds (their pages are a PDF's pages). */
  public static final Path GOLDEN = Path.of("src/test/resources/golden");
  public static final Path OUTLOOK = GOLDEN.resolve("outlook-split-stamp-classified.txt");
  public static final Path MEMO = GOLDEN.resolve("memo-not-email.txt");

  private static final Map<Path, List<BufferedImage>> SCANS = new HashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReleaseFiles() {}

  public static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] textPdf(Path file) throws IOException {
    return ReleasePrinter.textLayerPdf(text(file));
  }

  /** The pages of a release text as 300 dpi bilevel scans (rendered once per run). */
  public static synchronized List<BufferedImage> scans(Path file) throws IOException {
    List<BufferedImage> scans = SCANS.get(file);
    if (scans == null) {
      scans = ReleasePrinter.scans(text(file), ReleasePrinter.SCAN_DPI);
      SCANS.put(file, scans);
    }
    return scans;
  }

  public static byte[] scanPdf(Path file) throws IOException {
    return ReleasePrinter.imageOnlyPdf(scans(file));
  }

  public static byte[] encryptedPdf(Path file) throws IOException {
    return ReleasePrinter.encryptedPdf(text(file), "s3cret");
  }

  /** A PDF cut off in the middle, as an interrupted download leaves it. */
  public static byte[] truncatedPdf(Path file) throws IOException {
    byte[] whole = textPdf(file);
    return Arrays.copyOf(whole, whole.length / 2);
  }

  /** Random bytes, seeded: a file named .pdf that is nothing. */
  public static byte[] noise(long seed, int length) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** A PDF header and trailer around noise: looks like a PDF, is none. */
  public static byte[] corruptPdf(long seed) {
    byte[] noise = noise(seed, 4000);
    byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(head, head.length + noise.length + tail.length);
    System.arraycopy(noise, 0, out, head.length, noise.length);
    System.arraycopy(tail, 0, out, head.length + noise.length, tail.length);
    return out;
  }

  /** The record of a release text, as {@code readingroom parse} gives it for the text itself. */
  public static ReleaseRecord parsedText(Path file) throws IOException {
    return (ReleaseRecord) new ReleaseReader().parse(file.getFileName().toString(), Files.readAllBytes(file));
  }

  /**
   * A record's fields of the contract (../shared/spec/record.md) but its source and text, which
   * change with the layout's spacing: docId, caseNumber, releaseDate, release, exemptions,
   * statutes, classification, pages, messages, redactions.
   */
  public static String contract(ReleaseRecord record) throws IOException {
    ObjectNode n = (ObjectNode) JSON.readTree(ReleaseRecordJson.line(record));
    n.remove(List.of("source", "text", "warnings"));
    return n.toPrettyString();
  }

  /** Text with all white space folded to single spaces: what OCR and layout may change least. */
  public static String folded(String text) {
    return CharacterErrors.folded(text);
  }

  /** Fails, saying how to fix it, when tesseract cannot run here. */
  /** A reader without OCR (its tesseract does not exist): a page that would need it says so, quickly. */
  public static DocumentReader readerWithoutOcr() {
    ExtractOptions d = ExtractOptions.defaults();
    return new DocumentReader(new ExtractOptions(OcrMode.AUTO, d.maxPages(), d.dpi(), java.time.Duration.ofSeconds(5), 2,
        "/nonexistent/tesseract"));
  }

  public static void requireTesseract() {
    try (DocumentReader reader = new DocumentReader(ExtractOptions.defaults())) {
      assertNull(reader.ocrUnavailable(), "the OCR tests need Debian's tesseract: run scripts/setup");
    }
  }

  /** Character error rate: edits over the length of the truth, white space folded, page by page. */
  public static double characterErrorRate(String truth, String read) {
    return CharacterErrors.rate(truth, read);
  }
}
