/**
 * Extraction: the text of release documents published as PDFs and scans, laid out in columns the
 * way the parser reads the State Department's text layers ({@code pdftotext -layout}), so that
 * {@link org.readingroom.parse.ReleaseParser} sees what it sees in the corpus.
 *
 * <p>{@link org.readingroom.extract.DocumentReader} routes a document by what its bytes are: text
 * goes to the parser as it is; a PDF's pages are read from its text layer ({@link
 * org.readingroom.extract.PdfTextLayer}) or, when a page has none, by OCR ({@link
 * org.readingroom.extract.Tesseract}); an image (PNG, TIFF, JPEG) by OCR. Both paths place words on
 * character columns from their x positions ({@link org.readingroom.extract.ColumnLayout}), so wide
 * gaps and right-margin exemption codes survive. In the pipeline this package sits between {@code
 * parse}, which it uses and which knows nothing of it, and {@code ingest}.
 */
package org.readingroom.extract;
