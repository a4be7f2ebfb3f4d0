package org.readingroom.extract;

import java.util.List;

/**
 * The text of a document's pages, one form feed after each page; or why there is none ({@code
 * text} null, with a failure kind and a reason).
 *
 * @param pages the pages of the document (also those past the page limit, which are not read)
 * @param ocrPages pages read by OCR
 */
record Extraction(String text, int pages, int ocrPages, List<String> warnings, String failureKind, String failure) {
  Extraction {
    warnings = List.copyOf(warnings);
    if ((text == null) == (failureKind == null)) {
      throw new IllegalArgumentException("an extraction has text or a failure, not both");
    }
  }

  /** The texts of the pages, each followed by a form feed, as {@code pdftotext} writes them. */
  static Extraction ofPages(String[] texts, int pages, int ocrPages, List<String> warnings) {
    StringBuilder text = new StringBuilder();
    for (String page : texts) {
      text.append(page).append('\f');
    }
    return new Extraction(text.toString(), pages, ocrPages, warnings, null, null);
  }

  static Extraction failed(String kind, String why) {
    return new Extraction(null, 0, 0, List.of(), kind, why);
  }

  boolean ok() {
    return text != null;
  }
}
