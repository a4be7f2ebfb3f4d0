package org.readingroom.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total number of hits, and (when asked) facet counts by dimension.
 *
 * @param total every hit of the query, not only this page's
 * @param tookMillis time spent in the engine
 * @param next the cursor of the page after this one ({@link SearchRequest#after()}); null when
 *     this page holds the last hit
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double tookMillis,
    String next) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // dimensions in their order
  }

  /** A value of a facet dimension and how many hits hold it. */
  public record FacetCount(String value, long count) {}
}
