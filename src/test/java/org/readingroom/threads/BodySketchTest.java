package org.readingroom.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a printing's body sketch keeps, and which bodies it takes for one. */
class BodySketchTest {

  private static BodySketch of(String body) {
    return BodySketch.of(body, 0, body.length());
  }

  @Test
  void keepsTheOpeningsFirstWordsAndTellsByTheShinglesOfSixty() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      b.append("word").append(i).append(' ');
    }
    BodySketch long1 = of(b.toString());
    assertEquals(of("word0 word1 word2 word3 word4 word5 word6 word7").words(), long1.words());
    assertEquals(BodySketch.KEPT, long1.words().size());
    assertEquals(BodySketch.OPENING - 2, long1.shingles(), "three-word shingles of the sixty words read");
    // the same first eight words, then another body: the shingles tell them apart
    BodySketch other = of("word0 word1 word2 word3 word4 word5 word6 word7 " + "other ".repeat(3) + "more text follows here and on");
    assertFalse(long1.sameAs(other));
    assertTrue(long1.sameAs(of(b.substring(0, b.length() / 2))), "a copy cut short");
  }

  @Test
  void aFewWordsAreTheStartOfTheLonger() {
    BodySketch fyi = of("Fyi.");
    assertTrue(fyi.sameAs(of("fyi")));
    assertTrue(of("Pls print").sameAs(of("Pls print.")));
    assertFalse(of("Pls print").sameAs(of("Fyi. Let's discuss")));
    assertTrue(of("Pls print").sameAs(of("Pls print this and the attached memo for the morning meeting")));
    assertTrue(of("").isEmpty());
    assertTrue(of("").sameAs(of(" ")));
    assertFalse(of("").sameAs(fyi));
  }

  /** Copies of one body, printed alike or folded alike, are one sketch, which {@link Shared} keeps once. */
  @Test
  void copiesOfOneOpeningAreEqualAndSharedOnce() {
    String body = "Pls call me after the meeting with the Foreign Minister about the draft statement.";
    BodySketch a = of(body);
    BodySketch b = of(body.toUpperCase(java.util.Locale.ROOT));
    assertEquals(a, b, "folded alike");
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, of(body.replace("draft", "final")), "one shingle differs");
    assertNotEquals(a, of("Pls call me after the meeting"), "a shorter opening");
    Shared shared = new Shared();
    assertSame(a, shared.one(a));
    assertSame(a, shared.one(b));
    assertNull(shared.one(null));
    shared.forget();
    assertSame(b, shared.one(b), "forgotten: the next one kept is the next given");
  }
}
