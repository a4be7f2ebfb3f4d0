package org.readingroom.index;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param notice what the search read otherwise than the query was typed, in words for the reader
 *     ({@link ReadersQuery}); null when it read it as typed
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double tookMillis,
    String next, @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets)); // dimensions in their order
  }

  public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double tookMillis, String next) {
    this(total, hits, facets, tookMillis, next, null);
  }

  /** The same result, saying what the search read otherwise than typed. */
  public SearchResult withNotice(String newNotice) {
    return new SearchResult(total, hits, facets, tookMillis, next, newNotice);
  }

  /**
   * A value of a facet dimension and how many hits hold it.
   *
   * @param label what a reader reads for it when the value is an id (a person's name); null when
   *     the value reads as it is
   */
  public record FacetCount(String value, long count, @JsonInclude(JsonInclude.Include.NON_NULL) String label) {
    public FacetCount(String value, long count) {
      this(value, count, null);
    }

    /** The label, or the value when it reads as it is. */
    public String shown() {
      return label == null ? value : label;
    }
  }
}
