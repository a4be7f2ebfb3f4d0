package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parser's score on the project's own labelled documents (src/test/resources/labels, chosen for
 * the failure classes of issue 16 and labelled by reading; labels-holdout, kept apart and never
 * tuned on), by {@link LabelScorer}. Fails below the floors docs/parser-accuracy.md reports.
 */
class OwnLabelsTest {

  private static final Path LABELS = Path.of("src/test/resources/labels");
  private static final Path HOLDOUT = Path.of("src/test/resources/labels-holdout");

  @Test
  void developmentLabelsScoreAtLeastTheFloor() throws IOException {
    assertFloor(LabelScorer.score(LABELS), 0.99, 0.95);
  }

  @Test
  void heldOutLabelsScoreAtLeastTheFloor() throws IOException {
    assertFloor(LabelScorer.score(HOLDOUT), 0.96, 0.60); // below the target; see docs/parser-accuracy.md
  }

  private static void assertFloor(LabelScorer s, double overall, double field) {
    String report = s.report();
    System.out.println(report);
    assertTrue(s.overall() >= overall, report);
    List<String> low = s.byField().entrySet().stream().filter(e -> e.getValue() < field).map(Map.Entry::getKey).toList();
    assertEquals(List.of(), low, report);
  }
}
