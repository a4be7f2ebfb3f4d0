package org.readingroom.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.readingroom.source.DocumentBudget;

/**
 * The text layer of a PDF page as placed glyphs: every glyph PDFBox finds (invisible OCR text
 * included), where it is printed. Also notes whether the page shows an image, which is what makes
 * a page without text worth OCR. One instance reads one document's pages, one at a time: PDFBox's
 * documents are not for several threads. The document's budget is checked as it goes: its glyphs
 * count against its characters, and its time is looked at every few hundred operators, so a content
 * stream of a billion glyphs stops early.
 */
final class PdfTextLayer extends PDFTextStripper {

  /** A page's glyphs, and whether it draws an image. */
  record Page(List<PlacedWord> glyphs, boolean showsImage) {}

  private final List<PlacedWord> glyphs = new ArrayList<>();
  private final DocumentBudget.Deadline deadline;
  private boolean showsImage;
  /** Glyphs of the whole document so far, and operators run. */
  private long documentGlyphs;
  private long operators;
  /** The page being read. */
  private PDPage page;

  PdfTextLayer(DocumentBudget.Deadline deadline) {
    super();
    this.deadline = deadline;
    setSortByPosition(false); // we place glyphs ourselves
  }

  /** The glyphs of {@code pdfPage}, a page of {@code document}. */
  Page read(PDDocument document, PDPage pdfPage) throws IOException {
    glyphs.clear();
    showsImage = false;
    page = pdfPage;
    // the stripper counts pages from 1 and reads only the one it is handed (processPages below)
    setStartPage(1);
    setEndPage(1);
    writeText(document, Writer.nullWriter());
    return new Page(List.copyOf(glyphs), showsImage);
  }

  /**
   * Reads the one page asked for. PDFBox's own walks the whole page tree on every call to find it:
   * reading the first 2,000 pages of a 200,000-page PDF page by page went through 400 million.
   */
  @Override
  protected void processPages(PDPageTree pages) throws IOException {
    if (page.hasContents()) {
      processPage(page);
    }
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null || unicode.isEmpty()) {
      return;
    }
    documentGlyphs += unicode.length();
    String tooMany = deadline.budget().tooManyChars(documentGlyphs);
    if (tooMany != null) {
      throw new DocumentBudget.Exceeded("the PDF's text layer: " + tooMany);
    }
    float size = Math.abs(text.getFontSizeInPt());
    if (size <= 0 || Float.isNaN(size)) {
      size = Math.abs(text.getHeightDir());
    }
    float x = text.getXDirAdj();
    float baseline = text.getYDirAdj();
    float width = Math.max(text.getWidthDirAdj(), 0);
    if (!Float.isFinite(x) || !Float.isFinite(baseline) || !Float.isFinite(width) || !(size > 0) || size > 2000) {
      return; // a glyph no reader could see
    }
    glyphs.add(new PlacedWord(unicode, x, x + width, baseline - 0.75 * size, baseline + 0.25 * size, true));
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if ((++operators & 0xff) == 0) {
      deadline.check();
    }
    String name = operator.getName();
    if (name.equals("BI")) {
      showsImage = true;
    } else if (name.equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName xobject) {
      PDResources resources = getResources();
      if (resources != null && resources.isImageXObject(xobject)) {
        showsImage = true;
      }
    }
    super.processOperator(operator, operands);
  }
}
