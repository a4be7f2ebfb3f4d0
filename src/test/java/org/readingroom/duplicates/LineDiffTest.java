package org.readingroom.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How two copies differ, line by line. */
class LineDiffTest {

  @Test
  void theLinesOnlyOneCopyHas() {
    String a = "From: H\nSent: today\n\nPls print.\n\nThe letter\nsays this.\n";
    String b = "From:   Mills, Cheryl D\nSent:     today\n\nThe letter\nsays this.\nB6\n";
    assertEquals(List.of(
        new LineDiff.Change('-', 1, "From: H"),
        new LineDiff.Change('+', 1, "From:   Mills, Cheryl D"),
        new LineDiff.Change('-', 4, "Pls print."),
        new LineDiff.Change('-', 5, ""),
        new LineDiff.Change('+', 6, "B6")), LineDiff.between(a, b));
  }

  @Test
  void equalCopiesAndWhiteSpace() {
    assertEquals(List.of(), LineDiff.between("a\nb  c\n", "a\n  b c\n"));
    assertEquals(List.of(new LineDiff.Change('+', 2, "x")), LineDiff.between("a", "a\nx"));
  }
}
