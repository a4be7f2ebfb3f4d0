package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.TEXT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.readingroom.index.Snippet;

/**
 * The snippets of a page of hits: Lucene's unified highlighter, from the postings' offsets, with
 * passages cut at line ends near {@link #SNIPPET_LENGTH} characters, phrases highlighted strictly,
 * and each entry's text read from doc values ({@link StoredTexts}).
 */
final class Snippets {

  /** Words of context a snippet aims at, in characters. */
  private static final int SNIPPET_LENGTH = 180;

  private final Analyzer analyzer;
  private final ReaderCache cache;

  Snippets(Analyzer analyzer, ReaderCache cache) {
    this.analyzer = analyzer;
    this.cache = cache;
  }

  /** One snippet per entry of {@code docIds}, in their order; empty where nothing matched or could be shown. */
  Snippet[] of(IndexSearcher s, Query query, int[] docIds) throws IOException {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new SnippetFormatter())
        .withScorer(new PassageScores())
        .withMaxNoHighlightPassages(1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new LineBreakIterator(), SNIPPET_LENGTH, 0.5f))
        .withHighlightPhrasesStrictly(true)
        .withPassageRelevancyOverSpeed(false)
        .withMaxLength(Integer.MAX_VALUE - 1);
    Object[] found = new Highlighter(builder).snippets(query, docIds);
    Snippet[] out = new Snippet[docIds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = found[i] instanceof Snippet sn ? sn : new Snippet(List.of());
    }
    return out;
  }

  /** The highlighter, asked for {@link Snippet}s rather than strings, reading texts from doc values. */
  private final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    Object[] snippets(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {TEXT}, query, docIds, new int[] {1}).get(TEXT);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      StoredTexts texts = new StoredTexts(getIndexSearcher().getIndexReader(), cache);
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        out.add(new CharSequence[] {texts.text(doc)});
      }
      return out;
    }

    /** Snippets come from the postings' offsets: no need to look the field up in every segment. */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }
  }
}
