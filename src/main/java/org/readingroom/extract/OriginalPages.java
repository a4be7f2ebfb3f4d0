package org.readingroom.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import org.readingroom.archive.AtomicFile;
import org.readingroom.archive.Originals;

/**
 * The pages of an archive's originals (its PDFs and scans) as PNG images, for a reader to see next
 * to the text: each rendered on first demand ({@link PageImages}) and kept in the archive.
 */
public final class OriginalPages {

  private final Originals originals;
  /** Rendering a page takes memory (a page's pixels) and a core: as many at once as cores. */
  private final Semaphore rendering = new Semaphore(Runtime.getRuntime().availableProcessors());

  public OriginalPages(Originals originals) {
    this.originals = originals;
  }

  /**
   * Page {@code page} (from 1) of an original as a PNG image, rendered once and kept.
   *
   * @throws IllegalArgumentException when the original has no such page
   */
  public byte[] png(Originals.Original original, int page) throws IOException, InterruptedException {
    if (page < 1 || page > original.pages()) {
      throw new IllegalArgumentException("page " + page + " is not between 1 and " + original.pages());
    }
    Path cached = originals.pageImage(original, page);
    if (Files.isRegularFile(cached)) {
      return Files.readAllBytes(cached);
    }
    byte[] png;
    rendering.acquire();
    try {
      png = PageImages.png(original.kind(), original.file(), page - 1);
    } finally {
      rendering.release();
    }
    AtomicFile.write(cached, png);
    return png;
  }
}
