package org.readingroom.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages to images, bounded: a page whose size at the asked resolution would exceed
 * {@link #MAX_PIXELS} is rendered at a lower one (a hostile PDF can declare a page miles wide).
 */
final class PageRaster {

  /** About a 300 dpi page of 26 by 26 inches; a letter page at 300 dpi is 8.4 million. */
  static final long MAX_PIXELS = 60_000_000L;

  /** A rendered page and the resolution it was rendered at. */
  record Rendered(BufferedImage image, int dpi) {}

  private PageRaster() {}

  static Rendered render(PDFRenderer renderer, PDPage page, int index, int dpi, ImageType type) throws IOException {
    int used = boundedDpi(page, dpi);
    return new Rendered(renderer.renderImageWithDPI(index, used, type), used);
  }

  /** {@code dpi}, or less when the page would be too many pixels at it. */
  static int boundedDpi(PDPage page, int dpi) {
    PDRectangle box = page.getCropBox();
    double inches = Math.max(box.getWidth(), 1) / 72.0 * (Math.max(box.getHeight(), 1) / 72.0);
    double pixels = inches * dpi * dpi;
    if (pixels <= MAX_PIXELS) {
      return dpi;
    }
    return (int) Math.max(1, Math.floor(dpi * Math.sqrt(MAX_PIXELS / pixels)));
  }
}
