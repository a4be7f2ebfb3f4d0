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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a reading room serves in a day, for {@code --mix}: searches (the query file's phrases, with
 * facets, some by date or a person), documents (page and API), people (list, a person's page, the
 * API's search for a name), in a fixed round; and a burst of connections opened at once, each with
 * a client of its own.
 */
final class MixedLoad {
  private MixedLoad() {}

  /** The round of requests: the ids come from the server itself. */
  static List<URI> round(String baseUrl, List<String> queries) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    JsonNode docs = json.readTree(get(http, baseUrl + "/api/search?kind=document&limit=60&facets=false&sort=date"));
    JsonNode people = json.readTree(get(http, baseUrl + "/api/people?limit=30"));
    List<String> docIds = new ArrayList<>();
    docs.get("hits").forEach(h -> docIds.add(h.get("id").asText()));
    List<String> personIds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    people.get("persons").forEach(p -> {
      personIds.add(p.get("id").asText());
      names.add(p.get("name").asText());
    });
    List<URI> out = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      String q = enc("\"" + queries.get(i) + "\"");
      out.add(URI.create(baseUrl + "/api/search?limit=20&q=" + q));
      if (i % 3 == 0) {
        out.add(URI.create(baseUrl + "/search?q=" + q + "&sort=date"));
      }
      if (i % 4 == 1 && !names.isEmpty()) {
        out.add(URI.create(baseUrl + "/api/search?limit=20&facets=false&from=" + enc(names.get(i % names.size()))));
      }
      if (!docIds.isEmpty()) {
        String d = docIds.get(i % docIds.size());
        out.add(URI.create(baseUrl + (i % 2 == 0 ? "/api/documents/" : "/documents/") + d));
      }
      if (!personIds.isEmpty() && i % 2 == 1) {
        out.add(URI.create(baseUrl + "/people/" + personIds.get(i % personIds.size())));
      }
      if (i % 5 == 2 && !names.isEmpty()) {
        out.add(URI.create(baseUrl + "/api/people?q=" + enc(names.get(i % names.size()).split("[ ,]")[0])));
      }
      if (i % 10 == 4) {
        out.add(URI.create(baseUrl + "/people"));
      }
    }
    return out;
  }

  /** {@code connections} clients, each on its own connection, all sending at once: latencies and errors. */
  static HttpBench.Report burst(List<URI> uris, int connections) throws InterruptedException {
    Latencies latencies = new Latencies();
    AtomicLong errors = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      URI uri = uris.get(c % uris.size());
      Thread t = new Thread(() -> {
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        try {
          go.await();
          long t0 = System.nanoTime();
          HttpResponse<byte[]> r = own.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          latencies.add((System.nanoTime() - t0) / 1e6);
          if (r.statusCode() != 200) {
            errors.incrementAndGet();
          }
        } catch (IOException e) {
          errors.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "burst-" + c);
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    return new HttpBench.Report(latencies, connections, errors.get(), (System.nanoTime() - start) / 1e9);
  }

  private static String get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
