package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.DATE;
import static org.readingroom.index.IndexFields.DECLASSIFY;
import static org.readingroom.index.IndexFields.DOC_ID;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TermQuery;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.ReadersQuery;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.index.SearchTimeoutException;
import org.readingroom.index.Snippet;

/**
 * Runs a search on a searcher: the top entries in the request's order, the total, the facet counts
 * when asked, and a page of hits, each with its fields (from doc values) and its snippet. A page
 * gathers {@code offset + limit} hits (at most {@link SearchRequest#MAX_WINDOW}), or {@code limit}
 * after a cursor, never more.
 */
final class LuceneSearcher {

  /** Hits an export reads at once from doc values. */
  private static final int EXPORT_CHUNK = 1000;

  private final FacetCounts facets;
  private final Snippets snippets;
  private final ReaderCache cache;

  LuceneSearcher(FacetCounts facets, Snippets snippets, ReaderCache cache) {
    this.facets = facets;
    this.snippets = snippets;
    this.cache = cache;
  }

  /**
   * The query with the printings a search that shows one hit per message leaves out taken out,
   * and the reader's groups; the query as it is without an analysis or with every copy asked for.
   */
  private Query collapsed(IndexSearcher s, SearchRequest request, Query query, GroupState groups) {
    if (groups == null || request.copies() == SearchRequest.Copies.ALL) {
      return query;
    }
    Query hidden = new HiddenEntries(request.copies() == SearchRequest.Copies.DOCUMENTS ? groups.hiddenPrintings : groups.hidden);
    String number = ReadersQuery.documentNumber(request.query());
    if (number != null) {
      // a document number typed alone finds its document first, even a copy another hit stands for
      hidden = new BooleanQuery.Builder()
          .add(hidden, BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(DOC_ID, number)), BooleanClause.Occur.MUST_NOT)
          .build();
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(hidden, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * Makes what a search of {@code s}'s reader under the request's analysis needs once ({@link
   * GroupState}): done before a search's time budget starts, since it is the reader's cost, paid by
   * the first search after an ingest or an analysis, not the query's.
   */
  void prepare(IndexSearcher s, SearchRequest request) throws IOException {
    groups(s, request);
  }

  private GroupState groups(IndexSearcher s, SearchRequest request) throws IOException {
    return request.groups().isEmpty() ? null : cache.groups(s.getIndexReader(), request.groups());
  }

  /**
   * @param query what the request finds, filters included
   * @param highlighted what snippets mark: the user's words alone
   */
  SearchResult search(IndexSearcher s, SearchRequest request, Query found, Query highlighted, long startNanos)
      throws IOException {
    GroupState groups = groups(s, request);
    Query query = collapsed(s, request, found, groups);
    ScoreDoc after = request.after() == null ? null : Cursor.read(request.after(), request.sort());
    int n = Math.max(1, request.offset() + request.limit());
    Sort sort = sort(request.sort());
    TopDocs top;
    Map<String, List<SearchResult.FacetCount>> counts = Map.of();
    long total;
    if (request.facets()) {
      FacetsCollectorManager.FacetsResult r = sort == null
          ? FacetsCollectorManager.searchAfter(s, after, query, n, new FacetsCollectorManager())
          : FacetsCollectorManager.searchAfter(s, after, query, n, sort, new FacetsCollectorManager());
      top = r.topDocs();
      counts = facets.of(s, r.facetsCollector(), request.facetValues(), groups == null ? null : groups.persons);
      total = 0;
      for (FacetsCollector.MatchingDocs m : r.facetsCollector().getMatchingDocs()) {
        total += m.totalHits;
      }
    } else {
      top = sort == null
          ? s.search(query, new TopScoreDocCollectorManager(n, after, Integer.MAX_VALUE, true))
          : s.search(query, new TopFieldCollectorManager(sort, n, (FieldDoc) after, Integer.MAX_VALUE, true));
      total = top.totalHits.value;
    }
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(request.offset(), all.length);
    List<Hit> hits = hits(s, request, highlighted, all, from, groups);
    boolean more = request.after() != null ? hits.size() == request.limit()
        : request.offset() + hits.size() < total;
    String next = more && !hits.isEmpty() ? Cursor.after(all[all.length - 1], request.sort()) : null;
    return new SearchResult(total, hits, counts, (System.nanoTime() - startNanos) / 1e6, next);
  }

  /**
   * Every hit of {@code query} in the request's order, without snippets, from one reading of the
   * index: the matching entries are gathered once (as many as match, at most the index's size),
   * then their fields are read a thousand at a time.
   */
  void export(IndexSearcher s, SearchRequest request, Query found, Duration budget, Consumer<Hit> each)
      throws IOException {
    GroupState groups = groups(s, request);
    Query query = collapsed(s, request, found, groups);
    int n = Math.max(1, s.count(query));
    Sort sort = sort(request.sort());
    ScoreDoc[] all = (sort == null
        ? s.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false))
        : s.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE, false))).scoreDocs;
    if (s.timedOut()) {
      throw new SearchTimeoutException(budget); // before the first hit is sent: the answer can still say so
    }
    for (int start = 0; start < all.length; start += EXPORT_CHUNK) {
      int count = Math.min(EXPORT_CHUNK, all.length - start);
      int[] docIds = new int[count];
      for (int i = 0; i < count; i++) {
        docIds[i] = all[start + i].doc;
      }
      HitFields[] fields = HitFields.read(s.getIndexReader(), docIds);
      for (int i = 0; i < count; i++) {
        each.accept(hit(fields[i], NO_SNIPPET, all[start + i].score, groups));
      }
    }
  }

  private static final Snippet NO_SNIPPET = new Snippet(List.of());

  /** Null for relevance, Lucene's own order. What gives no date comes last in either direction. */
  static Sort sort(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> null;
      case DATE -> new Sort(lastWhenMissing(DATE, true), SortField.FIELD_SCORE);
      case DATE_ASCENDING -> new Sort(lastWhenMissing(DATE, false), SortField.FIELD_SCORE);
      case DECLASSIFY -> new Sort(lastWhenMissing(DECLASSIFY, false), SortField.FIELD_SCORE);
    };
  }

  private static SortField lastWhenMissing(String field, boolean descending) {
    SortField f = new SortField(field, SortField.Type.LONG, descending);
    f.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
    return f;
  }

  private List<Hit> hits(IndexSearcher s, SearchRequest request, Query highlighted, ScoreDoc[] all, int from,
      GroupState groups) throws IOException {
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
      hits.add(hit(fields[i], marked[i], all[from + i].score, groups));
    }
    return hits;
  }

  private static Hit hit(HitFields f, Snippet snippet, float score, GroupState groups) {
    String message = groups == null || f.kind() != EntryKind.MESSAGE ? null
        : groups.groups.messageOf(f.id());
    int printedIn = message == null ? 0 : groups.groups.documentsOf(message);
    return new Hit(f.kind(), f.id(), f.docId(), f.date(), f.from(), f.to(), f.subject(), snippet,
        f.kind() == EntryKind.MESSAGE ? f.page() : null, score, f.classification(), f.declassifyOn(), f.cc(),
        f.release(), f.exemptions(), message, printedIn);
  }
}
