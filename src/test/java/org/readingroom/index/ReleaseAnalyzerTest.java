package org.readingroom.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ReleaseAnalyzerTest {

  private static List<String> tokens(String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer analyzer = new ReleaseAnalyzer(); TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void foldsCaseAndAccentsKeepsAddressesAndCodes() throws IOException {
    assertEquals(List.of("mills", "cheryl", "d", "millscd@state.gov"),
        tokens(IndexFields.TEXT, "Mills, Cheryl D <MillsCD@state.gov>"));
    assertEquals(List.of("cafe", "deja", "vu"), tokens(IndexFields.TEXT, "Café Déjà Vu"));
    assertEquals(List.of("b1", "1.4_d_", "b7_c_"), tokens(IndexFields.TEXT, CodeFolding.fold("B1, 1.4(D) B7(C)")));
  }

  @Test
  void codeFoldingKeepsLengthAndLeavesOtherBrackets() {
    String printed = "passage 1.4(D) and B6 (withheld) and B7(C), list (a)";
    String folded = CodeFolding.fold(printed);
    assertEquals(printed.length(), folded.length());
    assertEquals("passage 1.4_D_ and B6 (withheld) and B7_C_, list (a)", folded);
    assertEquals("1.4(D)", CodeFolding.unfold("1.4_D_"));
  }

  @Test
  void keywordFieldsAreWholeAndUpperCase() throws IOException {
    assertEquals(List.of("C05787433"), tokens(IndexFields.DOC_ID, "c05787433"));
    assertEquals(List.of("TOP SECRET"), tokens(IndexFields.CLASSIFICATION, "top secret"));
    // the text chain is not reused for a keyword field, nor the other way round
    assertEquals(List.of("message"), tokens(IndexFields.TEXT, "MESSAGE"));
    assertEquals(List.of("MESSAGE"), tokens(IndexFields.KIND, "message"));
  }
}
