package org.readingroom.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF page as placed glyphs: every glyph PDFBox finds (invisible OCR text
 * included), where it is printed. Also notes whether the page shows an image, which is what makes
 * a page without text worth OCR. One instance reads one document's pages, one at a time: PDFBox's
 * documents are not for several threads.
 */
final class PdfTextLayer extends PDFTextStripper {

  /** A page's glyphs, and whether it draws an image. */
  record Page(List<PlacedWord> glyphs, boolean showsImage) {}

  private final List<PlacedWord> glyphs = new ArrayList<>();
  private boolean showsImage;

  PdfTextLayer() {
    super();
    setSortByPosition(false); // we place glyphs ourselves
  }

  /** The glyphs of page {@code index} (0-based) of {@code document}. */
  Page read(PDDocument document, int index) throws IOException {
    glyphs.clear();
    showsImage = false;
    setStartPage(index + 1);
    setEndPage(index + 1);
    writeText(document, Writer.nullWriter());
    return new Page(List.copyOf(glyphs), showsImage);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    String unicode = text.getUnicode();
    if (unicode == null || unicode.isEmpty()) {
      return;
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
