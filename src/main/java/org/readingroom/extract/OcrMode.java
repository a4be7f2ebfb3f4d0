package org.readingroom.extract;

/** When a document's pages are read by OCR ({@code --ocr}). */
public enum OcrMode {
  /** A PDF page only when it has no usable text layer; images always. */
  AUTO,
  /** Every page, also those with a text layer (when a text layer is known to be bad). */
  ALWAYS,
  /** Never: pages without a text layer are read as empty, with a warning; images are refused. */
  NEVER
}
