package org.readingroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scripts/bench --relevance FILE}: each judged query of a {@link RelevanceSet} sent to a
 * server's {@code /api/search} as the reader typed it (top {@link RelevanceScore#DEPTH}, the
 * server's defaults otherwise), scored (success@10, reciprocal rank, messages shown twice), per
 * query and overall, then the failures with why they were judged so. Through the HTTP API, which
 * every version of the server speaks, so that one scorer scores any version's archive. Also the
 * duplicate check: a list of queries in whose top 20 no message may be shown twice.
 */
public final class RelevanceBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final MessageKeys keys;

  public RelevanceBench(String base, MessageKeys keys) {
    this.base = base.replaceAll("/+$", "");
    this.keys = keys;
  }

  /** What the search answered: its hits in order and its total, or why it failed. */
  record Answer(List<RelevanceScore.HitRef> hits, long total, String error) {}

  /** The overall figures of a run. */
  public record Summary(int queries, int successes, double mrr, int duplicates, int queriesWithDuplicates,
      int sameDocument) {
    public static Summary of(List<RelevanceScore> scores) {
      int ok = 0;
      int dups = 0;
      int withDups = 0;
      int same = 0;
      double rr = 0;
      for (RelevanceScore s : scores) {
        ok += s.success() ? 1 : 0;
        rr += s.reciprocalRank();
        dups += s.duplicates().size();
        withDups += s.duplicates().isEmpty() ? 0 : 1;
        same += s.sameDocument();
      }
      return new Summary(scores.size(), ok, scores.isEmpty() ? 0 : rr / scores.size(), dups, withDups, same);
    }

    public double successRate() {
      return queries == 0 ? 0 : (double) successes / queries;
    }
  }

  public List<RelevanceScore> score(RelevanceSet set) throws IOException, InterruptedException {
    List<RelevanceScore> scores = new ArrayList<>();
    for (RelevanceSet.Judged j : set.queries()) {
      Answer a = search(j.query());
      scores.add(a.error() != null ? RelevanceScore.failed(j, a.error()) : RelevanceScore.of(j, a.hits(), a.total(), keys));
    }
    return scores;
  }

  /** Prints each query's scores, the overall figures and the failing queries; returns the figures. */
  public static Summary print(List<RelevanceScore> scores, PrintWriter out) {
    out.printf(Locale.ROOT, "%-14s %-7s %4s %5s %4s %4s %7s  %s%n", "query", "kind", "rank", "RR", "dups", "doc2",
        "total", "typed");
    for (RelevanceScore s : scores) {
      out.printf(Locale.ROOT, "%-14s %-7s %4s %5.2f %4d %4d %7d  %s%n", s.judged().id(), s.judged().kind(),
          s.rank() == 0 ? "-" : Integer.toString(s.rank()), s.reciprocalRank(), s.duplicates().size(), s.sameDocument(),
          s.total(), s.judged().query());
    }
    Summary sum = Summary.of(scores);
    out.printf(Locale.ROOT, "overall: queries=%d success@10=%.3f (%d) MRR=%.3f duplicates_in_top20=%d (in %d queries)"
        + " same_document_again=%d%n", sum.queries(), sum.successRate(), sum.successes(), sum.mrr(), sum.duplicates(),
        sum.queriesWithDuplicates(), sum.sameDocument());
    List<RelevanceScore> failing = scores.stream().filter(s -> !s.success()).toList();
    out.printf(Locale.ROOT, "failing (no answer in the top %d): %d%n", RelevanceScore.SUCCESS_AT, failing.size());
    for (RelevanceScore s : failing) {
      out.printf(Locale.ROOT, "  %s  %s  -> %s%n    answers %s: %s%n", s.judged().id(), s.judged().query(),
          s.error() != null ? "error: " + s.error() : s.rank() == 0 ? "none in the top 20" : "first at " + s.rank(),
          String.join(" ", s.judged().answers()), s.judged().note());
    }
    return sum;
  }

  /**
   * The duplicate check: each query (as typed, and as the phrase the latency bench sends) must show
   * no message twice in its top 20. Prints each one that does; returns how many did.
   */
  public int checkDuplicates(List<String> queries, PrintWriter out) throws IOException, InterruptedException {
    int failed = 0;
    for (String q : queries) {
      for (String typed : List.of(q, "\"" + q.replace("\"", "") + "\"")) {
        Answer a = search(typed);
        List<String> again = a.error() != null ? List.of() : RelevanceScore.repeats(a.hits(), keys).printedAgain();
        if (a.error() != null || !again.isEmpty()) {
          failed++;
          out.printf(Locale.ROOT, "  duplicates: %s -> %s%n", typed,
              a.error() != null ? "error: " + a.error() : again.size() + " shown again: " + String.join(" ", again));
        }
      }
    }
    out.printf(Locale.ROOT, "duplicate check: %d searches (%d queries, as typed and as phrases), %d with a message "
        + "shown twice in the top %d (or failed)%n", 2 * queries.size(), queries.size(), failed, RelevanceScore.DEPTH);
    return failed;
  }

  Answer search(String query) throws IOException, InterruptedException {
    URI uri = URI.create(base + "/api/search?facets=false&limit=" + RelevanceScore.DEPTH + "&q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpResponse<String> r;
    try {
      r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return new Answer(List.of(), 0, "no answer in 120 s");
    }
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      return new Answer(List.of(), 0, r.statusCode() + " (not JSON)");
    }
    if (r.statusCode() != 200) {
      String why = body.path("error").asText(body.toString());
      return new Answer(List.of(), 0, r.statusCode() + " " + why);
    }
    List<RelevanceScore.HitRef> hits = new ArrayList<>();
    for (JsonNode h : body.path("hits")) {
      hits.add(new RelevanceScore.HitRef(h.path("id").asText(), h.path("docId").asText()));
    }
    return new Answer(hits, body.path("total").asLong(), null);
  }
}
