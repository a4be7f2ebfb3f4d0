package org.readingroom.index.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The entries of one reader marked in a bit set per segment (the printings a search that shows one
 * hit per message leaves out), as a query to exclude them.
 */
final class HiddenEntries extends Query {

  private final List<FixedBitSet> bits;

  HiddenEntries(List<FixedBitSet> bits) {
    this.bits = bits;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        FixedBitSet set = context.ord < bits.size() ? bits.get(context.ord) : null;
        if (set == null || set.cardinality() == 0) {
          return null;
        }
        return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(set, set.cardinality()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "hidden printings";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HiddenEntries h && h.bits == bits;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(bits);
  }
}
