package org.readingroom.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.readingroom.source.DocumentKind;

/**
 * One page of an original (a PDF or a scan) as a PNG image, for a reader to see next to the text:
 * a PDF's page rendered at {@link #DPI}, an image's page as it is.
 */
public final class PageImages {

  /** Legible on a screen, a third of a megabyte a page or so. */
  public static final int DPI = 150;

  private PageImages() {}

  /**
   * Page {@code index} (0-based) of {@code file} as PNG bytes.
   *
   * @throws IOException when the file cannot be read, or has no such page
   */
  public static byte[] png(DocumentKind kind, Path file, int index) throws IOException {
    BufferedImage image;
    if (kind == DocumentKind.PDF) {
      try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file))) {
        if (index < 0 || index >= doc.getNumberOfPages()) {
          throw new IOException("no page " + (index + 1));
        }
        int dpi = PageRaster.boundedDpi(doc.getPage(index), DPI);
        image = new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
      }
    } else {
      try (InputStream in = Files.newInputStream(file); ImageInputStream images = ImageIO.createImageInputStream(in)) {
        ImageReader reader = reader(images, true);
        try {
          if ((long) reader.getWidth(index) * reader.getHeight(index) > PageRaster.MAX_PIXELS) {
            throw new IOException("page " + (index + 1) + " has too many pixels to show");
          }
          image = reader.read(index);
        } catch (IndexOutOfBoundsException e) {
          throw new IOException("no page " + (index + 1), e);
        } finally {
          reader.dispose();
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A decoder for the image, reading only its headers so far; dispose of it when done. */
  static ImageReader reader(ImageInputStream images, boolean ignoreMetadata) throws IOException {
    Iterator<ImageReader> readers = images == null ? null : ImageIO.getImageReaders(images);
    if (readers == null || !readers.hasNext()) {
      throw new IOException("no decoder recognises it");
    }
    ImageReader reader = readers.next();
    reader.setInput(images, false, ignoreMetadata);
    return reader;
  }
}
