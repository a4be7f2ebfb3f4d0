package org.readingroom.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchResult;

/**
 * What {@code /api/search} answers: the engine's result, the cursor of the next page, and what the
 * reader should know about the answer (the archive's analysis unavailable, say: persons were then
 * not widened to their aliases).
 *
 * @param next pass it as {@code cursor} for the page after this one; absent on the last page
 * @param notice what the search read otherwise than the query was typed; absent when nothing
 * @param warnings absent when there is nothing to say
 */
record SearchAnswer(long total, List<Hit> hits, Map<String, List<SearchResult.FacetCount>> facets, double tookMillis,
    @JsonInclude(JsonInclude.Include.NON_NULL) String next,
    @JsonInclude(JsonInclude.Include.NON_NULL) String notice,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

  SearchAnswer {
    warnings = List.copyOf(warnings);
  }

  static SearchAnswer of(SearchResult r, List<String> warnings) {
    return new SearchAnswer(r.total(), r.hits(), r.facets(), r.tookMillis(), r.next(), r.notice(), warnings);
  }
}
