package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.DATE;
import static org.readingroom.index.IndexFields.DECLASSIFY;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.index.Snippet;

/**
 * Runs a search on a searcher: the top entries in the request's order, the total, the facet counts
 * when asked, and a page of hits, each with its fields (from doc values) and its snippet.
 */
final class LuceneSearcher {

  private final FacetCounts facets;
  private final Snippets snippets;

  LuceneSearcher(FacetCounts facets, Snippets snippets) {
    this.facets = facets;
    this.snippets = snippets;
  }

  /**
   * @param query what the request finds, filters included
   * @param highlighted what snippets mark: the user's words alone
   */
  SearchResult search(IndexSearcher s, SearchRequest request, Query query, Query highlighted, long startNanos)
      throws IOException {
    int n = Math.max(1, request.offset() + request.limit());
    Sort sort = sort(request.sort());
    TopDocs top;
    Map<String, List<SearchResult.FacetCount>> counts = Map.of();
    long total;
    if (request.facets()) {
      FacetsCollectorManager.FacetsResult r = sort == null
          ? FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager())
          : FacetsCollectorManager.search(s, query, n, sort, new FacetsCollectorManager());
      top = r.topDocs();
      counts = facets.of(s, r.facetsCollector());
      total = 0;
      for (FacetsCollector.MatchingDocs m : r.facetsCollector().getMatchingDocs()) {
        total += m.totalHits;
      }
    } else {
      top = sort == null
          ? s.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, true))
          : s.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE, true));
      total = top.totalHits.value;
    }
    return new SearchResult(total, hits(s, request, highlighted, top), counts, (System.nanoTime() - startNanos) / 1e6);
  }

  /** Null for relevance, Lucene's own order. */
  private static Sort sort(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> null;
      case DATE -> new Sort(new SortField(DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
      case DATE_ASCENDING -> new Sort(new SortField(DATE, SortField.Type.LONG, false), SortField.FIELD_SCORE);
      case DECLASSIFY -> new Sort(new SortField(DECLASSIFY, SortField.Type.LONG, false), SortField.FIELD_SCORE);
    };
  }

  private List<Hit> hits(IndexSearcher s, SearchRequest request, Query highlighted, TopDocs top) throws IOException {
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(request.offset(), all.length);
    int count = all.length - from;
    if (request.limit() == 0 || count <= 0) {
      return List.of();
    }
    int[] docIds = new int[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = all[from + i].doc;
    }
    Snippet[] marked = snippets.of(s, highlighted, docIds);
    HitFields[] fields = HitFields.read(s.getIndexReader(), docIds);
    List<Hit> hits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      HitFields f = fields[i];
      hits.add(new Hit(f.kind(), f.id(), f.docId(), f.date(), f.from(), f.to(), f.subject(), marked[i],
          f.kind() == EntryKind.MESSAGE ? f.page() : null, all[from + i].score, f.classification(), f.declassifyOn()));
    }
    return hits;
  }
}
