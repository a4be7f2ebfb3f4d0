package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.FACETS;
import static org.readingroom.index.IndexFields.KIND;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Groups;

/**
 * What is computed once per reader, and kept until a commit brings a new one: the facet table (a
 * pass over the index) and, per segment, which entries are releases (a message's release is the
 * next release entry after it).
 */
final class ReaderCache {

  /** What one reader gave. */
  record State(IndexReader reader, FacetTable facets, List<FixedBitSet> releases) {}

  private final FacetsConfig facetsConfig;
  private volatile State current;
  private volatile GroupState grouped;

  ReaderCache(FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
  }

  /** The state of {@code reader}, computed on first demand (once, whatever the threads asking). */
  State of(IndexReader reader) throws IOException {
    State state = current;
    if (state != null && state.reader() == reader) {
      return state;
    }
    synchronized (this) {
      state = current;
      if (state == null || state.reader() != reader) {
        state = new State(reader, FacetTable.of(reader, facetsConfig, FACETS), releases(reader));
        current = state;
      }
      return state;
    }
  }

  /**
   * What {@code reader}'s entries are under {@code groups}, computed on first demand for each new
   * reader or analysis (the last one kept).
   */
  GroupState groups(IndexReader reader, Groups groups) throws IOException {
    GroupState g = grouped;
    if (g != null && g.reader == reader && g.groups == groups) {
      return g;
    }
    State state = of(reader);
    synchronized (this) {
      g = grouped;
      if (g == null || g.reader != reader || g.groups != groups) {
        g = GroupState.of(reader, groups, state.facets());
        grouped = g;
      }
      return g;
    }
  }

  private static List<FixedBitSet> releases(IndexReader reader) throws IOException {
    List<FixedBitSet> releases = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
      PostingsEnum postings = leaf.reader().postings(new Term(KIND, EntryKind.DOCUMENT.name()));
      if (postings != null) {
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          bits.set(d);
        }
      }
      releases.add(bits);
    }
    return releases;
  }
}
