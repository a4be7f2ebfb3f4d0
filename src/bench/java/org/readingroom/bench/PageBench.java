package org.readingroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-side time of each kind of reading-room page, as the server reports it in its
 * Server-Timing header: home, search (each query, and narrowed by a facet), documents (those the
 * queries find), person pages (the most active persons, or the busiest senders as printed when the
 * archive has no analysis), and with an analysis the people list and the threads of those documents.
 * Pages are requested one at a time.
 */
public final class PageBench {
  private PageBench() {}

  private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Per kind of page: the server-side latencies. */
  public static Map<String, Latencies> run(String base, List<String> queries, int warmup, int rounds)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, List<String>> pages = pages(http, base, queries);
    for (int r = 0; r < warmup; r++) {
      for (List<String> urls : pages.values()) {
        for (String u : urls) {
          get(http, base + u);
        }
      }
    }
    Map<String, Latencies> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> kind : pages.entrySet()) {
      Latencies l = new Latencies();
      for (int r = 0; r < rounds; r++) {
        for (String u : kind.getValue()) {
          HttpResponse<byte[]> response = get(http, base + u);
          if (response.statusCode() != 200) {
            throw new IOException(u + " answered " + response.statusCode());
          }
          Matcher m = DURATION.matcher(response.headers().firstValue("Server-Timing").orElse(""));
          if (m.find()) {
            l.add(Double.parseDouble(m.group(1)));
          }
        }
      }
      out.put(kind.getKey(), l);
    }
    return out;
  }

  /** The pages to request, found through the API: what the queries hit, who sends most. */
  private static Map<String, List<String>> pages(HttpClient http, String base, List<String> queries)
      throws IOException, InterruptedException {
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put("home", List.of("/"));
    List<String> searches = new ArrayList<>();
    Set<String> documents = new LinkedHashSet<>();
    for (String q : queries) {
      String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
      searches.add("/search?q=" + encoded);
      JsonNode r = JSON.readTree(get(http, base + "/api/search?limit=5&q=" + encoded).body());
      for (JsonNode hit : r.path("hits")) {
        documents.add(hit.path("docId").asText());
      }
      JsonNode sender = r.path("facets").path("sender").path(0).path("value");
      if (!sender.isMissingNode()) {
        searches.add("/search?q=" + encoded + "&sender=" + URLEncoder.encode(sender.asText(), StandardCharsets.UTF_8));
      }
    }
    pages.put("search", searches);
    List<String> docs = new ArrayList<>();
    for (String d : documents) {
      docs.add("/documents/" + URLEncoder.encode(d, StandardCharsets.UTF_8));
    }
    pages.put("document", docs);
    List<String> people = new ArrayList<>();
    HttpResponse<byte[]> persons = get(http, base + "/api/people?limit=10");
    if (persons.statusCode() == 200) {
      for (JsonNode p : JSON.readTree(persons.body()).path("persons")) {
        people.add("/people/" + URLEncoder.encode(p.path("id").asText(), StandardCharsets.UTF_8));
      }
    } else {
      JsonNode stats = JSON.readTree(get(http, base + "/api/stats").body());
      for (JsonNode s : stats.path("topSenders")) {
        people.add("/person?name=" + URLEncoder.encode(s.path("value").asText(), StandardCharsets.UTF_8));
      }
    }
    pages.put("person", people);
    if (persons.statusCode() == 200) {
      // a broad search too: one letter matches nearly every person
      pages.put("people", List.of("/people", "/people?q=mills", "/people?q=a", "/people?page=3"));
      Set<String> threads = new LinkedHashSet<>();
      for (String d : documents) {
        JsonNode m = JSON.readTree(get(http, base + "/api/documents/" + URLEncoder.encode(d, StandardCharsets.UTF_8)
            + "/messages").body());
        for (JsonNode row : m.path("messages")) {
          if (row.hasNonNull("thread")) {
            threads.add("/threads/" + URLEncoder.encode(row.path("thread").asText(), StandardCharsets.UTF_8));
          }
        }
      }
      pages.put("thread", new ArrayList<>(threads));
    }
    return pages;
  }

  private static HttpResponse<byte[]> get(HttpClient http, String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
