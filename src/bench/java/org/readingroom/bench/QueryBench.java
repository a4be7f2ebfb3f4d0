package org.readingroom.bench;

import java.io.IOException;
import java.util.List;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;

/**
 * Query latency in-process, as ../shared/tools/baselines/fts5.py measures it: each query of the
 * list as a phrase, top 20 with snippets, here also with facet counts; warm-up rounds first.
 */
public final class QueryBench {
  private QueryBench() {}

  public record Report(Latencies latencies, List<String> hitCounts) {}

  public static Report run(SearchEngine engine, List<String> queries, int warmup, int rounds) throws IOException {
    for (int r = 0; r < warmup; r++) {
      for (String q : queries) {
        engine.search(request(q));
      }
    }
    Latencies latencies = new Latencies();
    List<String> counts = new java.util.ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (String q : queries) {
        long start = System.nanoTime();
        SearchResult result = engine.search(request(q));
        latencies.add((System.nanoTime() - start) / 1e6);
        if (r == 0) {
          counts.add("\"" + q + "\"=" + result.total());
        }
      }
    }
    return new Report(latencies, counts);
  }

  static SearchRequest request(String query) {
    return SearchRequest.of("\"" + query.replace("\"", "") + "\"").withFacets(true).withPage(0, 20);
  }
}
