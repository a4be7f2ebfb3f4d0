package org.readingroom.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The confusions OCR makes in these releases fold away; other differences stay. */
class OcrFoldingTest {

  @Test
  void lIAndOneAreOneLetter() {
    assertEquals(OcrFolding.fold("millscd"), OcrFolding.fold("MiIIsCD"));
    assertEquals(OcrFolding.fold("millscd"), OcrFolding.fold("M1llsCD"));
    assertEquals(OcrFolding.fold("hrod17"), OcrFolding.fold("hrodl7"));
  }

  @Test
  void rnIsMAndZeroIsO() {
    assertEquals(OcrFolding.fold("clintonemail.com"), OcrFolding.fold("clintonernail.corn"));
    assertEquals(OcrFolding.fold("HOR22"), OcrFolding.fold("H0R22"));
    assertEquals(OcrFolding.fold("Mills"), OcrFolding.fold("IVIills"));
    assertEquals(OcrFolding.fold("cheryl.mills"), OcrFolding.fold("cheryl.mill5"));
  }

  @Test
  void otherLettersStayApart() {
    assertNotEquals(OcrFolding.fold("smithdb"), OcrFolding.fold("smithds"));
    assertNotEquals(OcrFolding.fold("harley"), OcrFolding.fold("hanley"));
    assertEquals("abc", OcrFolding.fold("ABC"));
  }
}
