package org.readingroom.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.index.opensearch.OpenSearchConfig;
import org.readingroom.index.opensearch.OpenSearchEngine;
import org.readingroom.source.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code scripts/bench}: query latency, in-process or over HTTP; or reading PDFs (--pdf); or the
 * thread finder alone (--thread-rounds). The benchmarks live apart from the production jar, in
 * {@code target/readingroom-bench.jar}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures query latency over an archive. Without --url: in-process, each query of FILE as a",
      "phrase, top 20 with snippets and facets (warm-up rounds first). With --url: over HTTP against a",
      "running 'readingroom serve', CLIENTS concurrent clients for SECONDS. scripts/bench-archive runs",
      "both next to the baselines.",
      "With --pdf PAGES: pages/s of reading PDFs, from their text layer and by OCR, on release pages of",
      "the sample release printed as PDFs and as 300 dpi scans (scripts/bench-pdf).",
      "With --relevance FILE: a relevance test set scored through the HTTP API (docs/relevance.md).",
      "With --thread-rounds N: the thread finder alone over an embedded --archive, N rounds."
    })
public final class BenchMain implements Callable<Integer> {

  private final PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--archive", paramLabel = "DIR", defaultValue = ArchiveLayout.DEFAULT,
      description = "The archive folder, for in-process queries (default: ${DEFAULT-VALUE}).")
  Path archive;

  @Option(names = "--opensearch-url", paramLabel = "URL[,URL...]",
      description = "In-process queries on this OpenSearch cluster rather than the archive's embedded index.")
  String openSearchUrl;

  @Option(names = "--opensearch-index", paramLabel = "NAME",
      description = "With --opensearch-url: the archive's name in the cluster (default: readingroom- and the"
          + " archive folder's name).")
  String openSearchIndex;

  @Option(names = "--queries", paramLabel = "FILE", description = "One query per line (needed unless --pdf).")
  Path queries;

  @Option(names = "--pdf", paramLabel = "PAGES", defaultValue = "0",
      description = "Measure reading PDFs instead: PAGES release pages through the text-layer path.")
  int pdfPages;

  @Option(names = "--ocr-pages", paramLabel = "PAGES", defaultValue = "12",
      description = "With --pdf: pages through the OCR path (default ${DEFAULT-VALUE}; OCR is slow).")
  int ocrPages;

  @Option(names = "--rounds", defaultValue = "20", description = "Measured rounds in-process (default ${DEFAULT-VALUE}).")
  int rounds;

  // enough rounds that the JIT has compiled the search, as in a server that runs warm; fewer leave
  // it still compiling on two cores (docs/benchmarks.md has the figures)
  @Option(names = "--warmup", defaultValue = "1000",
      description = "Warm-up rounds in-process, until the JIT has compiled the search (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--url", description = "A running server, e.g. http://127.0.0.1:8080.")
  String url;

  @Option(names = "--clients", defaultValue = "16", description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds over HTTP (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--pages", description = "With --url: the server-side time of each kind of reading-room page instead.")
  boolean pages;

  @Option(names = "--mix", description = {"With --url: a reader's mix instead of searches alone: searches (API and page,",
      "some by person), documents (API and page), people (list, person pages, API)."})
  boolean mix;

  @Option(names = "--relevance", paramLabel = "FILE", description = {"Score a relevance test set instead",
      "(src/test/resources/relevance/queries.json): each query through /api/search of --url, or of a server",
      "of --archive started from --jar; success@10, MRR and messages shown twice in the top 20."})
  Path relevance;

  @Option(names = "--check-duplicates", paramLabel = "FILE", description = {"With --relevance: also each line",
      "of FILE (as typed and as a phrase) must show no message twice in its top 20; exit 1 if one does."})
  Path checkDuplicates;

  @Option(names = "--jar", paramLabel = "JAR", description = {"With --relevance and no --url: the readingroom jar",
      "whose server is started on --archive (default: this build's), so that another version can be scored."})
  Path jar;

  @Option(names = "--thread-rounds", paramLabel = "N", defaultValue = "0", description = {"Time the thread finder",
      "instead: every record of the embedded --archive read into it, with the persons of its people.json, then",
      "its messages and threads found N times, each round's seconds printed (the first rounds compile)."})
  int threadRounds;

  @Option(names = "--burst", paramLabel = "N", defaultValue = "0",
      description = "With --url --mix: then N connections opened at once, one request each.")
  int burst;

  @Override
  public Integer call() throws Exception {
    if (pdfPages > 0) {
      return PdfBench.run(pdfPages, Math.max(0, ocrPages), Batch.defaultThreads(), err) ? 0 : 1;
    }
    if (relevance != null) {
      return relevance();
    }
    if (threadRounds > 0) {
      ThreadBench.run(new ArchiveLayout(archive), threadRounds, err);
      return 0;
    }
    if (queries == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--queries FILE (or --pdf PAGES) is needed");
    }
    List<String> qs = Files.readAllLines(queries, StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (url != null && pages) {
      for (var e : PageBench.run(url.replaceAll("/+$", ""), qs, 3, rounds).entrySet()) {
        err.printf(Locale.ROOT, "page %-8s server-side %s%n", e.getKey(), e.getValue());
      }
      return 0;
    }
    if (url != null && mix) {
      java.util.List<java.net.URI> round = MixedLoad.round(url.replaceAll("/+$", ""), qs);
      HttpBench.Report r = HttpBench.run(round, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(5));
      err.printf(Locale.ROOT, "http mix (%d kinds of request in a round of %d): clients=%d %s requests=%d"
          + " requests_per_s=%.0f errors=%d%n", 9, round.size(), clients, r.latencies(), r.requests(), r.perSecond(),
          r.errors());
      long errors = r.errors();
      if (burst > 0) {
        HttpBench.Report b = MixedLoad.burst(round, burst);
        err.printf(Locale.ROOT, "burst: connections=%d %s errors=%d seconds=%.2f%n", burst, b.latencies(), b.errors(),
            b.seconds());
        errors += b.errors();
      }
      return errors == 0 ? 0 : 1;
    }
    if (url != null) {
      HttpBench.Report r = HttpBench.run(url.replaceAll("/+$", ""), qs, clients, Duration.ofSeconds(seconds),
          Duration.ofSeconds(5));
      err.printf(Locale.ROOT, "http: clients=%d %s requests=%d requests_per_s=%.0f errors=%d%n", clients,
          r.latencies(), r.requests(), r.perSecond(), r.errors());
      return r.errors() == 0 ? 0 : 1;
    }
    try (SearchEngine engine = openSearchUrl == null ? LuceneEngine.openForReading(new ArchiveLayout(archive).index())
        : OpenSearchEngine.openForReading(new OpenSearchConfig(OpenSearchConfig.urls(openSearchUrl), null, null, null,
            null, openSearchIndex == null ? OpenSearchConfig.aliasFor(archive) : openSearchIndex, 1, 1))) {
      QueryBench.Report r = QueryBench.run(engine, qs, warmup, rounds);
      err.printf(Locale.ROOT, "in-process: %s%nhits: %s%n", r.latencies(), String.join(" ", r.hitCounts()));
    }
    return 0;
  }

  private int relevance() throws Exception {
    RelevanceSet set = RelevanceSet.read(relevance);
    MessageKeys keys = MessageKeys.read(new ArchiveLayout(archive).messages());
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "relevance: %d judged queries of %s; archive %s (%d printings known as messages)%n",
        set.queries().size(), relevance, archive, keys.size());
    if (url != null) {
      return relevance(url, set, keys, out);
    }
    Path served = jar != null ? jar
        : Path.of(ArchiveLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (ServerProcess server = ServerProcess.start(served, archive, 300)) {
      out.printf(Locale.ROOT, "server: %s of %s%n", server.url(), served);
      return relevance(server.url(), set, keys, out);
    }
  }

  private int relevance(String base, RelevanceSet set, MessageKeys keys, PrintWriter out) throws Exception {
    RelevanceBench bench = new RelevanceBench(base, keys);
    RelevanceBench.print(bench.score(set), out);
    if (checkDuplicates == null) {
      return 0;
    }
    List<String> qs = Files.readAllLines(checkDuplicates, StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return bench.checkDuplicates(qs, out) == 0 ? 0 : 1;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }
}
