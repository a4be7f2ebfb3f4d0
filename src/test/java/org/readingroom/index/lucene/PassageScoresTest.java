package org.readingroom.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** {@link PassageScores} gives every passage Lucene's own score, bit for bit. */
class PassageScoresTest {

  @Test
  void sameScoreAsLucenesScorerOnSeededRandomPassages() {
    Random random = new Random(20160129L);
    PassageScorer lucene = new PassageScorer();
    PassageScores ours = new PassageScores();
    String[] words = {"tehran", "research", "reactor", "libya", "benghazi", "mills", "b6", "1.4_d_"};
    for (int round = 0; round < 20_000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(50_000);
      p.setStartOffset(start);
      int matches = round % 100 == 0 ? 1 + random.nextInt(200) : 1 + random.nextInt(12); // some past the pairwise limit
      int vocabulary = 1 + random.nextInt(words.length);
      int[] starts = new int[matches];
      String[] terms = new String[matches];
      int at = start;
      for (int m = 0; m < matches; m++) {
        terms[m] = words[random.nextInt(vocabulary)];
        at += random.nextInt(30);
        starts[m] = at;
        at += terms[m].length();
      }
      p.setEndOffset(at + random.nextInt(200));
      for (int m = 0; m < matches; m++) {
        // the frequency in the document varies between occurrences: Lucene keeps the first's
        p.addMatch(starts[m], starts[m] + terms[m].length(), new BytesRef(terms[m]), 1 + random.nextInt(40));
      }
      int contentLength = p.getEndOffset() + random.nextInt(100_000);
      assertEquals(Float.floatToIntBits(lucene.score(p, contentLength)), Float.floatToIntBits(ours.score(p, contentLength)),
          () -> "passage " + p);
    }
  }
}
