package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingroom.parse.ExemptionCodes.Context;

class ExemptionCodesTest {

  private static List<String> codes(String printed, Context context) {
    ExemptionCodes.Reading r = ExemptionCodes.read(printed, context);
    return r == null ? null : r.codes();
  }

  @Test
  void readsAStampListInPrintedOrder() {
    assertEquals(List.of("B1", "1.4(B)", "1.4(D)", "B5", "B6"), codes("B1,1.4(B),1.4(D), B5, B6", Context.STAMP));
  }

  @Test
  void normalisesSpacingCaseAndCompounds() {
    assertEquals(List.of("1.4(B)", "1.4(D)"), codes("1.4 (b)(D)", Context.STAMP));
    assertEquals(List.of("1.4(D)"), codes("1 4(D)", Context.MARGIN));
    assertEquals(List.of("1.4(B)"), codes("14(B)", Context.MARGIN));
    assertEquals(List.of("1.4(D)"), codes(".4(D)", Context.MARGIN));
    assertEquals(List.of("B7(C)"), codes("B7(C)", Context.MARGIN));
  }

  @Test
  void readsOcrDamageThatIsUnambiguous() {
    assertEquals(List.of("B1"), codes("Bi", Context.MARGIN));
    assertEquals(List.of("B1"), codes("B11", Context.MARGIN));
    assertEquals(List.of("B5"), codes("B51", Context.MARGIN));
    assertEquals(List.of("B5", "B6"), codes("85, 86", Context.STAMP));
    assertEquals(List.of("1.4(B)"), codes("1.4(B)1", Context.MARGIN), "a rule after the bracket, as in B11");
    assertEquals(List.of("1.4(B)"), codes("1.4( B)", Context.MARGIN), "a space inside the bracket");
  }

  @Test
  void digitsForBOnlyInAStamp() {
    assertNull(codes("86", Context.MARGIN), "a lone 86 in a margin is a page number, not B6");
  }

  @Test
  void statutesAreNotCodesButImplyB3() {
    ExemptionCodes.Reading r = ExemptionCodes.read("B3 CIA PERS/ORG,B6", Context.STAMP);
    assertEquals(List.of("B3", "B6"), r.codes());
    assertEquals(List.of("CIA PERS/ORG"), r.statutes());
    ExemptionCodes.Reading implied = ExemptionCodes.read("PERS/ORG,B6", Context.MARGIN);
    assertEquals(List.of("B3", "B6"), implied.codes());
    assertEquals(List.of("PERS/ORG"), implied.statutes());
    assertEquals(List.of("DIA/NRO/NGA"), ExemptionCodes.read("B3 D IA/N RO/N GA", Context.STAMP).statutes());
  }

  @Test
  void runningTextIsNotACodeList() {
    assertNull(codes("Best, Bill", Context.MARGIN));
    assertNull(codes("2/15/12", Context.MARGIN));
    assertNull(codes("14", Context.MARGIN));
    assertNull(codes("", Context.MARGIN));
  }

  @Test
  void normaliseOneCode() {
    assertEquals("1.4(B)", ExemptionCodes.normalise("1.4 (b)"));
    assertNull(ExemptionCodes.normalise("B1 B6"));
  }
}
