package org.readingroom.extract;

/**
 * Told of every page read, from the threads that read them (so implementations must be
 * thread-safe): OCR takes seconds a page, and someone is waiting.
 */
@FunctionalInterface
public interface PageProgress {

  /** One more page read: by OCR, or from its text layer. */
  void pageRead(boolean ocr);

  /** Tells nobody. */
  PageProgress NONE = ocr -> {};
}
