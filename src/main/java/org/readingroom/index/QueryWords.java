package org.readingroom.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The words a reader's query looks for, found again in a text as the index reads it: what a
 * document page marks when a reader comes from a hit. The query is read as search reads it (the
 * lenient reading included), so a prefix, a wildcard or a misspelling marks the words it matched;
 * the words a query excludes are not marked. Offsets are the text's own, so marks fall on the
 * words as printed, whatever the folding.
 */
public final class QueryWords {
  private static final Analyzer ANALYZER = new ReleaseAnalyzer();
  private static final QueryWords NONE = new QueryWords(Set.of(), List.of());

  private final Set<BytesRef> terms;
  private final List<ByteRunAutomaton> patterns;

  private QueryWords(Set<BytesRef> terms, List<ByteRunAutomaton> patterns) {
    this.terms = terms;
    this.patterns = patterns;
  }

  /** The words of {@code query}; none for a blank query or one search would refuse. */
  public static QueryWords of(String query) {
    if (query == null || query.isBlank()) {
      return NONE;
    }
    Query parsed;
    try {
      parsed = new LuceneQueries(ANALYZER).text(query);
    } catch (QuerySyntaxException e) {
      return NONE;
    }
    Set<BytesRef> terms = new HashSet<>();
    List<ByteRunAutomaton> patterns = new ArrayList<>();
    parsed.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return field.equals(IndexFields.TEXT) || field.equals(IndexFields.SUBJECT);
      }

      @Override
      public void consumeTerms(Query query, Term... found) {
        for (Term t : found) {
          terms.add(BytesRef.deepCopyOf(t.bytes()));
        }
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        patterns.add(automaton.get());
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return new QueryWords(terms, patterns);
  }

  public boolean isEmpty() {
    return terms.isEmpty() && patterns.isEmpty();
  }

  /** Where the query's words stand in {@code text}: start and end offsets, in order, never overlapping. */
  public List<int[]> find(String text) {
    List<int[]> spans = new ArrayList<>();
    if (isEmpty() || text == null || text.isEmpty()) {
      return spans;
    }
    try (TokenStream ts = ANALYZER.tokenStream(IndexFields.TEXT, text)) {
      TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int lastEnd = 0;
      while (ts.incrementToken()) {
        if (offset.startOffset() >= lastEnd && matches(term.getBytesRef())) {
          spans.add(new int[] {offset.startOffset(), offset.endOffset()});
          lastEnd = offset.endOffset();
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return spans;
  }

  private boolean matches(BytesRef word) {
    if (terms.contains(word)) {
      return true;
    }
    for (ByteRunAutomaton p : patterns) {
      if (p.run(word.bytes, word.offset, word.length)) {
        return true;
      }
    }
    return false;
  }
}
