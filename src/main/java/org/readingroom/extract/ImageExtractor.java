package org.readingroom.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.readingroom.source.DocumentKind;
import org.w3c.dom.Node;

/**
 * The text of a scan published as images (PNG, TIFF with one page or many, JPEG), by OCR. Each
 * page's size is checked before it is decoded: a small file can declare an image of billions of
 * pixels.
 */
final class ImageExtractor {

  /** The resolution a scan is taken to have when its file does not say. */
  static final int DEFAULT_DPI = 300;

  private final ExtractOptions options;
  private final Ocr ocr;

  ImageExtractor(ExtractOptions options, Ocr ocr) {
    this.options = options;
    this.ocr = ocr;
  }

  Extraction extract(DocumentKind kind, byte[] bytes, PageProgress progress) throws InterruptedException {
    if (options.ocr() == OcrMode.NEVER) {
      return Extraction.failed("no-text", "an image (" + kind + "): only OCR reads it, and OCR is off (--ocr never)");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = PageImages.reader(in, false);
      try {
        return pages(kind, reader, progress);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return Extraction.failed("corrupt-image", "the image (" + kind + ") cannot be read: " + e.getMessage());
    }
  }

  private Extraction pages(DocumentKind kind, ImageReader reader, PageProgress progress)
      throws IOException, InterruptedException {
    List<String> warnings = new ArrayList<>();
    Ocr.Batch batch = ocr.batch(progress);
    int pages = 0;
    for (int i = 0; i < options.maxPages() + 1; i++) {
      if (!hasPage(reader, i)) {
        break;
      }
      if (i == options.maxPages()) {
        warnings.add("the image has more than " + options.maxPages() + " pages; read the first of them (--max-pages)");
        break;
      }
      long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
      BufferedImage image;
      if (pixels > PageRaster.MAX_PIXELS) {
        if (i == 0) {
          return Extraction.failed("too-large", String.format(Locale.ROOT,
              "the image is %d x %d pixels, over the limit of %d million", reader.getWidth(i), reader.getHeight(i),
              PageRaster.MAX_PIXELS / 1_000_000));
        }
        warnings.add("page " + (i + 1) + " and after: too many pixels, not read");
        break;
      }
      try {
        image = reader.read(i);
      } catch (IOException | RuntimeException e) {
        if (i == 0) {
          throw e;
        }
        warnings.add("page " + (i + 1) + " and after cannot be decoded, not read: " + e.getMessage());
        break;
      }
      if (i == 0 && ocr.unavailable() != null) {
        return Extraction.failed("ocr-unavailable", "an image (" + kind + ") needs OCR, but " + ocr.unavailable());
      }
      batch.submit(i, image, dpi(reader, i));
      pages++;
    }
    if (pages == 0) {
      return Extraction.failed("corrupt-image", "the image (" + kind + ") holds no page");
    }
    String[] texts = new String[pages];
    warnings.addAll(batch.await(texts));
    warnings.add("read by OCR (tesseract): every page");
    return Extraction.ofPages(texts, pages, pages, warnings);
  }

  private static boolean hasPage(ImageReader reader, int index) throws IOException {
    try {
      reader.getWidth(index);
      return true;
    } catch (IndexOutOfBoundsException e) {
      return false;
    }
  }

  /** The resolution the file records (PNG's pHYs, TIFF's XResolution), else {@link #DEFAULT_DPI}. */
  private static int dpi(ImageReader reader, int index) {
    try {
      IIOMetadata metadata = reader.getImageMetadata(index);
      if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
        return DEFAULT_DPI;
      }
      Node root = metadata.getAsTree("javax_imageio_1.0");
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!n.getNodeName().equals("Dimension")) {
          continue;
        }
        for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
          if (d.getNodeName().equals("HorizontalPixelSize") && d.getAttributes().getNamedItem("value") != null) {
            double mmPerPixel = Double.parseDouble(d.getAttributes().getNamedItem("value").getNodeValue());
            int dpi = (int) Math.round(25.4 / mmPerPixel);
            return dpi >= 70 && dpi <= 1200 ? dpi : DEFAULT_DPI;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // unreadable metadata: the text is still there to read
    }
    return DEFAULT_DPI;
  }
}
