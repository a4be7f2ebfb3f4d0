package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parser's score on the project's own labelled documents, by {@link LabelScorer}:
 * src/test/resources/labels, chosen for the failure classes of issue 16 and labelled by reading (the
 * rules were made on them), and labels-unseen and labels-unseen2, forty documents each drawn at random
 * after a round of rules was made and labelled by reading before the parser's records were compared. Fails below the issue's
 * target (0.99 overall, no field under 0.97); docs/parser-accuracy.md gives the scores.
 */
class OwnLabelsTest {

  private static final Path LABELS = Path.of("src/test/resources/labels");
  private static final Path UNSEEN = Path.of("src/test/resources/labels-unseen");
  private static final Path UNSEEN_SECOND = Path.of("src/test/resources/labels-unseen2");

  @Test
  void developmentLabelsScoreAtLeastTheFloor() throws IOException {
    assertFloor(LabelScorer.score(LABELS), 0.99, 0.95);
  }

  @Test
  void unseenLabelsScoreAtLeastTheIssuesTarget() throws IOException {
    assertFloor(LabelScorer.score(UNSEEN), 0.99, 0.97);
  }

  @Test
  void secondUnseenLabelsScoreAtLeastTheIssuesTarget() throws IOException {
    assertFloor(LabelScorer.score(UNSEEN_SECOND), 0.99, 0.97);
  }

  private static void assertFloor(LabelScorer s, double overall, double field) {
    String report = s.report();
    System.out.println(report);
    assertTrue(s.overall() >= overall, report);
    List<String> low = s.byField().entrySet().stream().filter(e -> e.getValue() < field).map(Map.Entry::getKey).toList();
    assertEquals(List.of(), low, report);
  }
}
