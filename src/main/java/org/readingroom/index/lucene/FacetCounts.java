package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.FACET_MONTH;
import static org.readingroom.index.IndexFields.FACET_YEAR;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.readingroom.index.SearchResult.FacetCount;

/**
 * Facet counts of a search's hits, by dimension: the ten largest values of each, and every value
 * of the periods (years, months) in time order, from the reader's {@link FacetTable}.
 */
final class FacetCounts {

  private static final int FACET_VALUES = org.readingroom.index.SearchRequest.FACET_VALUES;
  /** Facets whose every value is shown, in time order. */
  private static final List<String> PERIODS = List.of(FACET_YEAR, FACET_MONTH);
  /** At most as many periods: months of 83 years. */
  private static final int MAX_PERIODS = 1000;

  private final ReaderCache cache;

  FacetCounts(ReaderCache cache) {
    this.cache = cache;
  }

  /** The counts of what {@code collected} holds, values as printed. */
  Map<String, List<FacetCount>> of(IndexSearcher s, FacetsCollector collected) throws IOException {
    return of(s, collected, FACET_VALUES, null);
  }

  /**
   * The counts of what {@code collected} holds, {@code values} of each dimension; the sender and
   * recipient values by person when {@code persons} is given.
   */
  Map<String, List<FacetCount>> of(IndexSearcher s, FacetsCollector collected, int values, FacetTable.Persons persons)
      throws IOException {
    Map<String, List<FacetCount>> out = cache.of(s.getIndexReader()).facets()
        .count(collected, values, PERIODS, MAX_PERIODS, persons);
    for (String dim : PERIODS) {
      // in time order, and what gives no date (the year "undated") after the dated
      out.get(dim).sort((a, b) -> a.value().equals(LuceneDocuments.UNDATED) ? 1
          : b.value().equals(LuceneDocuments.UNDATED) ? -1 : a.value().compareTo(b.value()));
    }
    return out;
  }

  /** The counts of every entry {@code query} finds. */
  Map<String, List<FacetCount>> of(IndexSearcher s, Query query) throws IOException {
    FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, query, 1, new FacetsCollectorManager());
    return of(s, r.facetsCollector());
  }
}
