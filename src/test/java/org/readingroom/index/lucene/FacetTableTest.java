package org.readingroom.index.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.readingroom.index.SearchResult;

/**
 * {@link FacetTable} counts what Lucene's {@link SortedSetDocValuesFacetCounts} counts, value for
 * value and in the same order (ties included), over an index of several segments where entries
 * carry several values of a dimension, one, or none.
 */
class FacetTableTest {

  private static final List<String> DIMS = List.of("sender", "recipient", "year", "exemption", "never");

  @Test
  void sameCountsAndOrderAsLucenesOnSeededRandomIndexes() throws IOException {
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      FacetsConfig config = new FacetsConfig();
      DIMS.forEach(d -> config.setMultiValued(d, true));
      try (Directory dir = new ByteBuffersDirectory()) {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
          int docs = 500 + random.nextInt(1500);
          for (int i = 0; i < docs; i++) {
            Document d = new Document();
            d.add(new StringField("group", "g" + random.nextInt(7), Field.Store.NO));
            d.add(new StringField("all", "yes", Field.Store.NO));
            add(d, random, "sender", 60, 2); // many ties among few counts
            add(d, random, "recipient", 300, 6);
            add(d, random, "year", 8, 1);
            add(d, random, "exemption", 5, 3);
            w.addDocument(config.build(d));
            if (random.nextInt(300) == 0) {
              w.commit(); // another segment
            }
          }
          w.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          assertTrue(reader.leaves().size() > 1 || seed > 3, "several segments");
          DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
          FacetTable table = new FacetTable(state, DIMS);
          IndexSearcher searcher = new IndexSearcher(reader);
          List<Query> queries = new ArrayList<>();
          queries.add(new MatchAllDocsQuery());
          queries.add(new TermQuery(new Term("group", "nothing")));
          for (int g = 0; g < 7; g++) {
            queries.add(new TermQuery(new Term("group", "g" + g)));
          }
          queries.add(new BooleanQuery.Builder()
              .add(new TermQuery(new Term("group", "g1")), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term("group", "g2")), BooleanClause.Occur.SHOULD).build());
          for (Query q : queries) {
            FacetsCollector fc = FacetsCollectorManager.search(searcher, q, 1, new FacetsCollectorManager()).facetsCollector();
            for (int topN : new int[] {1, 3, 10, 1000}) {
              Map<String, List<SearchResult.FacetCount>> ours = table.count(fc, topN, List.of("year"), 1000);
              SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, fc);
              for (String dim : DIMS) {
                assertEquals(lucenes(lucene, dim, dim.equals("year") ? 1000 : topN), ours.get(dim),
                    "seed " + seed + ", " + q + ", top " + topN + ", " + dim);
              }
            }
          }
        }
      }
    }
  }

  private static void add(Document d, Random random, String dim, int values, int most) {
    int n = random.nextInt(most + 1);
    for (int i = 0; i < n; i++) {
      d.add(new SortedSetDocValuesFacetField(dim, dim + " " + random.nextInt(values)));
    }
  }

  private static List<SearchResult.FacetCount> lucenes(SortedSetDocValuesFacetCounts counts, String dim, int n)
      throws IOException {
    FacetResult r;
    try {
      r = counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // never indexed
    }
    List<SearchResult.FacetCount> out = new ArrayList<>();
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        out.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
      }
    }
    return out;
  }
}
