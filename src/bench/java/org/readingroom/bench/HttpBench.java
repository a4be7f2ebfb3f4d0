package org.readingroom.bench;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load over HTTP: {@code clients} threads, each sending the next query of the list to {@code
 * /api/search} as soon as its last answer is read, for a fixed time. Reports latency percentiles
 * (client side, whole body read), requests per second and errors (any status but 200).
 */
public final class HttpBench {
  private HttpBench() {}

  public record Report(Latencies latencies, long requests, long errors, double seconds) {
    public double perSecond() {
      return requests / seconds;
    }
  }

  public static Report run(String baseUrl, List<String> queries, int clients, Duration duration, Duration warmup)
      throws InterruptedException {
    List<URI> uris = new ArrayList<>();
    for (String q : queries) {
      uris.add(URI.create(baseUrl + "/api/search?limit=20&q="
          + URLEncoder.encode("\"" + q + "\"", StandardCharsets.UTF_8)));
    }
    return run(uris, clients, duration, warmup);
  }

  /** The same load over any round of requests ({@link MixedLoad#round}, say). */
  public static Report run(List<URI> uris, int clients, Duration duration, Duration warmup)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    phase(http, uris, clients, warmup, new Latencies(), new AtomicLong(), new AtomicLong());
    Latencies latencies = new Latencies();
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    phase(http, uris, clients, duration, latencies, requests, errors);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Report(latencies, requests.get(), errors.get(), seconds);
  }

  private static void phase(HttpClient http, List<URI> uris, int clients, Duration duration, Latencies latencies,
      AtomicLong requests, AtomicLong errors) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      Thread t = new Thread(() -> {
        int i = offset;
        while (System.nanoTime() < end) {
          URI uri = uris.get(i++ % uris.size());
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            latencies.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          requests.incrementAndGet();
        }
      }, "http-client-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }
}
