package org.readingroom.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of one query's answer: the rank of the first hit that is one of the judged answers
 * (success when it is in the top {@link #SUCCESS_AT}; its reciprocal for the mean reciprocal rank,
 * 0 when none is in the top {@link #DEPTH}), and what the top {@link #DEPTH} shows twice: the same
 * message printed in two documents (a duplicate), or the same document again (the document and one
 * of its messages, each a hit).
 *
 * @param rank the 1-based rank of the first answer in the top {@link #DEPTH}; 0 when none
 * @param duplicates each message shown again from another document, once per repeat, in order
 * @param sameDocument how many hits show a document already shown (and not a duplicate)
 * @param error why the search gave no hits (its status and message), or null
 */
public record RelevanceScore(RelevanceSet.Judged judged, int rank, List<String> duplicates, int sameDocument,
    long total, String error) {
  public static final int SUCCESS_AT = 10;
  public static final int DEPTH = 20;

  public RelevanceScore {
    duplicates = List.copyOf(duplicates);
  }

  /** A hit as both versions of the API give it: its entry id and document number. */
  public record HitRef(String id, String docId) {}

  public static RelevanceScore of(RelevanceSet.Judged judged, List<HitRef> hits, long total, MessageKeys keys) {
    Repeats r = repeats(hits, keys);
    return new RelevanceScore(judged, firstAnswer(judged, hits), r.printedAgain(), r.sameDocument(), total, null);
  }

  /** A search that failed: no answer found, nothing shown twice. */
  public static RelevanceScore failed(RelevanceSet.Judged judged, String error) {
    return new RelevanceScore(judged, 0, List.of(), 0, 0, error);
  }

  static int firstAnswer(RelevanceSet.Judged judged, List<HitRef> hits) {
    for (int i = 0; i < Math.min(DEPTH, hits.size()); i++) {
      if (judged.answeredBy(hits.get(i).id(), hits.get(i).docId())) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * What the top {@link #DEPTH} shows twice.
   *
   * @param printedAgain each message shown again from another document than before, in order
   * @param sameDocument hits of a document already shown, whose message is not already counted
   */
  public record Repeats(List<String> printedAgain, int sameDocument) {}

  public static Repeats repeats(List<HitRef> hits, MessageKeys keys) {
    Map<String, Set<String>> documentsOfMessage = new HashMap<>();
    Set<String> documents = new HashSet<>();
    List<String> again = new ArrayList<>();
    int sameDocument = 0;
    for (HitRef h : hits.subList(0, Math.min(DEPTH, hits.size()))) {
      Set<String> shownIn = documentsOfMessage.computeIfAbsent(keys.of(h.id(), h.docId()), k -> new HashSet<>());
      if (!shownIn.isEmpty() && !shownIn.contains(h.docId())) {
        again.add(keys.of(h.id(), h.docId()));
      } else if (documents.contains(h.docId())) {
        sameDocument++;
      }
      shownIn.add(h.docId());
      documents.add(h.docId());
    }
    return new Repeats(again, sameDocument);
  }

  public boolean success() {
    return rank >= 1 && rank <= SUCCESS_AT;
  }

  public double reciprocalRank() {
    return rank == 0 ? 0 : 1.0 / rank;
  }
}
