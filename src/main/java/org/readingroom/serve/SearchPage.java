package org.readingroom.serve;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;

/**
 * The search page: a page of hits, the facets that narrow them, a histogram over time, the filters
 * in force, the order and the kind of entries shown (null for both).
 */
public record SearchPage(Links links, SearchResult result, String error, int page, int pages, Chart histogram,
    List<Pages.FacetGroup> facets, List<Pages.ActiveFilter> active, SearchRequest.Sort sort, EntryKind kind,
    String notice, SearchForm form) {
  public List<Hit> hits() {
    return result == null ? List.of() : result.hits();
  }

  public long total() {
    return result == null ? 0 : result.total();
  }

  /** The pages around this one (around the last, for a page past the end): never empty. */
  public List<Integer> pageWindow() {
    int around = Math.min(page, pages);
    int from = Math.max(1, around - 4);
    int to = Math.min(pages, around + 4);
    List<Integer> out = new ArrayList<>();
    for (int p = from; p <= to; p++) {
      out.add(p);
    }
    return out;
  }
}
