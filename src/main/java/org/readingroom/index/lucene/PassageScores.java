package org.readingroom.index.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, to the bit, without its cost: {@link PassageScorer#score} numbers a
 * passage's distinct terms in a new {@code BytesRefHash}, which allocates and clears a 32 KB block
 * for every candidate passage (every line holding a match). Here the few terms of a passage are
 * compared in place. The sum runs over the distinct terms in the order they first occur, with each
 * term's frequency in the document taken at its first occurrence, as Lucene's does, so every
 * passage gets the same float and the same passage wins.
 */
final class PassageScores extends PassageScorer {

  /** Above this many matches in one passage, terms are counted in a map rather than pairwise. */
  private static final int PAIRWISE = 32;

  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    int[] freqsInPassage = n <= PAIRWISE ? pairwise(terms, n) : counted(terms, n);
    double score = 0d;
    for (int i = 0; i < n; i++) {
      if (freqsInPassage[i] > 0) { // i is a term's first occurrence
        score += tf(freqsInPassage[i], passage.getLength()) * weight(contentLength, freqsInDoc[i]);
      }
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }

  /** At each term's first occurrence, how often the passage holds it; 0 at later occurrences. */
  private static int[] pairwise(BytesRef[] terms, int n) {
    int[] freqs = new int[n];
    boolean[] counted = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (counted[i]) {
        continue;
      }
      int freq = 1;
      for (int j = i + 1; j < n; j++) {
        if (!counted[j] && terms[j].bytesEquals(terms[i])) {
          counted[j] = true;
          freq++;
        }
      }
      freqs[i] = freq;
    }
    return freqs;
  }

  private static int[] counted(BytesRef[] terms, int n) {
    int[] freqs = new int[n];
    Map<BytesRef, Integer> first = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer seen = first.putIfAbsent(terms[i], i);
      freqs[seen == null ? i : seen]++;
    }
    return freqs;
  }
}
