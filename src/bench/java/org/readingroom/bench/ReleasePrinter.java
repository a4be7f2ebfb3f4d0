package org.readingroom.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a release document's text (pages separated by form feeds, columns made of spaces, as the
 * corpus holds it) onto PDF pages the way a release prints: each run of words at the x of its
 * column, in proportional fonts (Times for the text, Helvetica Bold for banners and exemption
 * codes), so the page is a page, not a monospaced listing. Also as scans: the same pages as bilevel
 * images only (a PDF without text, PNG, TIFF). For tests and the benchmark, which check that what
 * extraction reads back parses as the text did.
 */
public final class ReleasePrinter {

  /** The resolution of the scans. */
  public static final int SCAN_DPI = 300;
  private static final float MARGIN = 36;
  private static final Pattern RUN = Pattern.compile("\\S+(?: {1,2}\\S+)*");
  /** A run of exemption codes or the release stamp: printed in a stamp's font. */
  private static final Pattern CODES = Pattern.compile("[A-Z0-9().,/ -]*\\d[A-Z0-9().,/ -]*|RELEASE IN.*");

  private ReleasePrinter() {}

  /** The text as a PDF with a text layer. */
  public static byte[] textLayerPdf(String text) throws IOException {
    try (PDDocument doc = print(text)) {
      return save(doc);
    }
  }

  /** The text as a PDF with a text layer, encrypted with a user password. */
  public static byte[] encryptedPdf(String text, String password) throws IOException {
    try (PDDocument doc = print(text)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
      policy.setEncryptionKeyLength(256);
      doc.protect(policy);
      return save(doc);
    }
  }

  /** The pages of the text as bilevel scans at {@code dpi}. */
  public static List<BufferedImage> scans(String text, int dpi) throws IOException {
    try (PDDocument doc = print(text)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<BufferedImage> pages = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.BINARY));
      }
      return pages;
    }
  }

  /**
   * The pages as scans with the text laid over them invisibly, as the State Department publishes
   * its releases: a searchable PDF, whose text layer is OCR's, drawn under nothing.
   */
  public static byte[] searchableScanPdf(String text, int dpi) throws IOException {
    List<BufferedImage> scans = scans(text, dpi);
    try (PDDocument doc = print(text, true)) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        PDImageXObject image = CCITTFactory.createFromImage(doc, scans.get(i));
        try (PDPageContentStream out =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, true)) {
          out.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      return save(doc);
    }
  }

  /** Scans as a PDF of images only (CCITT G4, as scanners write them): no text layer. */
  public static byte[] imageOnlyPdf(List<BufferedImage> scans) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (BufferedImage scan : scans) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        PDImageXObject image = CCITTFactory.createFromImage(doc, scan);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          out.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
        }
      }
      return save(doc);
    }
  }

  public static byte[] png(BufferedImage scan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(scan, "png", out);
    return out.toByteArray();
  }

  /** Scans as one multi-page TIFF (CCITT T.6 compressed). */
  public static byte[] tiff(List<BufferedImage> scans) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
    if (!writers.hasNext()) {
      throw new IOException("this Java has no TIFF writer");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("CCITT T.6");
      writer.prepareWriteSequence(null);
      for (BufferedImage scan : scans) {
        writer.writeToSequence(new IIOImage(scan, null, null), param);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** Lays the text's pages out on letter pages. */
  private static PDDocument print(String text) throws IOException {
    return print(text, false);
  }

  /** Lays the text's pages out on letter pages; {@code invisible}: as a scan's OCR layer is. */
  private static PDDocument print(String text, boolean invisible) throws IOException {
    List<String[]> pages = new ArrayList<>();
    int columns = 80;
    for (String page : text.split("\f")) {
      if (page.isBlank()) {
        continue;
      }
      String[] lines = page.replace("\r", "").split("\n", -1);
      pages.add(lines);
      for (String line : lines) {
        columns = Math.max(columns, line.stripTrailing().length());
      }
    }
    PDDocument doc = new PDDocument();
    Fonts fonts = new Fonts();
    float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    float cell = Math.min(5.0f, width / columns);
    for (String[] lines : pages) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      float leading = Math.min(12f, (PDRectangle.LETTER.getHeight() - 2 * MARGIN) / Math.max(lines.length, 1));
      float size = Math.min(10f, Math.min(leading * 0.9f, cell * 2.0f));
      leading = Math.min(leading, size * 1.5f); // small type is set close, as a typesetter sets it
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        if (invisible) {
          out.setRenderingMode(RenderingMode.NEITHER);
        }
        for (int i = 0; i < lines.length; i++) {
          float baseline = PDRectangle.LETTER.getHeight() - MARGIN - size - i * leading;
          printLine(out, fonts, lines[i], cell, size, baseline);
        }
      }
    }
    return doc;
  }

  /** Prints each run of a line at its column, never closer than three cells to the run before it. */
  private static void printLine(PDPageContentStream out, Fonts fonts, String line, float cell, float size,
      float baseline) throws IOException {
    boolean banner = line.contains("Department of State") && line.contains("Case No");
    float minX = MARGIN;
    Matcher m = RUN.matcher(line);
    while (m.find()) {
      String run = m.group();
      PDType1Font font = banner || CODES.matcher(run).matches() ? fonts.helveticaBold : fonts.times;
      float runSize = banner ? size * 0.9f : size;
      String printable = fonts.printable(font, run);
      float x = Math.max(MARGIN + m.start() * cell, minX);
      out.beginText();
      out.setFont(font, runSize);
      out.newLineAtOffset(x, baseline);
      out.showText(printable);
      out.endText();
      minX = x + font.getStringWidth(printable) / 1000f * runSize + 3 * cell;
    }
  }

  /** The fonts, and what each can print of a text (anything else becomes '?'). */
  private static final class Fonts {
    final PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    final PDType1Font helveticaBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<PDType1Font, Map<Character, Boolean>> encodable = new HashMap<>();

    String printable(PDType1Font font, String text) {
      Map<Character, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
      StringBuilder sb = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean ok = known.computeIfAbsent(c, k -> canEncode(font, k));
        sb.append(ok ? c : '?');
      }
      return sb.toString();
    }

    private static boolean canEncode(PDType1Font font, char c) {
      try {
        font.encode(String.valueOf(c));
        return font.getStringWidth(String.valueOf(c)) >= 0;
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    }
  }

  /** Reads back a PDF's page count (for the benchmark's report). */
  public static int pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
