package org.readingroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.PersonSearch;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.index.SearchEngine;
import org.readingroom.people.People;
import org.readingroom.people.PeopleOverrides;
import org.readingroom.people.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code readingroom search}: the archive, from the command line. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches an archive. QUERY: words (all required), \"phrases\", \"a b\"~5 (within 5 words),",
      "AND/OR/NOT, field:value (from, to, cc, subject, text, attachment, docId, release, exemption,",
      "classification, year, sent:[2011-01 TO 2011-06]...), word~ (fuzzy, for OCR errors), prefix*.",
      "Exit code: 0 on success, 1 when the archive cannot be read, 2 for a malformed query or option."
    })
final class SearchCommand implements Callable<Integer> {

  enum Format {
    table,
    json,
    jsonl
  }

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;

  @Mixin SearchFilters filters;

  @Option(names = "--limit", defaultValue = "20", description = "Hits to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip, for the next page.")
  int offset;

  @Option(names = "--facets", description = "Also count hits by sender, recipient, year, exemption, release, classification.")
  boolean facets;

  @Option(names = "--format", defaultValue = "table", description = "table (default), json or jsonl (one hit per line).")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (limit < 0 || limit > SearchRequest.MAX_LIMIT || offset < 0) {
      root.err.println("readingroom: --limit must be 0.." + SearchRequest.MAX_LIMIT + " and --offset 0 or more");
      return 2;
    }
    SearchRequest request = filters.builder().offset(offset).limit(limit).facets(facets).build();
    SearchResult result;
    try (SearchEngine engine = engines.openForReading(archive.layout())) {
      result = engine.search(byPerson(request));
    }
    OutputStream out = root.out;
    switch (format) {
      case json -> {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        out.write(mapper.writeValueAsBytes(result));
        out.write('\n');
      }
      case jsonl -> {
        ObjectMapper mapper = new ObjectMapper();
        for (Hit h : result.hits()) {
          out.write(mapper.writeValueAsBytes(h));
          out.write('\n');
        }
      }
      case table -> out.write(table(result, request).getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
    return 0;
  }

  /**
   * A sender or recipient that names a person (an id, or a name or address printed for them), in
   * --from, --to or the query's from:, to: and recipient:, matches all their aliases. The persons are
   * read only for a search that may name one.
   */
  private SearchRequest byPerson(SearchRequest request) throws IOException {
    if (!Files.exists(archive.layout().people())) {
      return request; // no analysis: printings and names as printed
    }
    if (request.copies() == SearchRequest.Copies.ALL && !request.facets()) {
      if (!PersonSearch.namesAnyone(request)) {
        return request;
      }
      // nothing to group: the persons alone, without reading the messages
      People people = People.of(Person.read(archive.layout().people()),
          PeopleOverrides.read(archive.layout().peopleOverrides()));
      return PersonSearch.expand(request, people);
    }
    return PersonSearch.expand(request, ArchiveAnalysis.load(archive.layout()));
  }

  private String table(SearchResult result, SearchRequest request) {
    StringBuilder sb = new StringBuilder();
    boolean colour = root.terminal();
    int shown = result.hits().size();
    sb.append(String.format(Locale.ROOT, "%s of %d hits (%.1f ms)%n",
        shown == 0 ? "none" : (request.offset() + 1) + "-" + (request.offset() + shown), result.total(),
        result.tookMillis()));
    for (Hit h : result.hits()) {
      sb.append(String.format(Locale.ROOT, "%-14s %-16s %-28s %s%n", h.id(), h.date() == null ? "-" : h.date(),
          cut(h.from() == null ? "-" : h.from(), 28), h.subject() == null ? "" : h.subject()));
      String snippet = h.snippet().render(String.valueOf(Terminal.MATCH_START), String.valueOf(Terminal.MATCH_END));
      if (!snippet.isEmpty()) {
        sb.append("    ").append(snippet).append('\n');
      }
    }
    for (Map.Entry<String, List<SearchResult.FacetCount>> f : result.facets().entrySet()) {
      if (f.getValue().isEmpty()) {
        continue;
      }
      sb.append(f.getKey()).append(": ").append(f.getValue().stream()
          .map(c -> c.shown() + " (" + c.count() + ")").collect(Collectors.joining(", "))).append('\n');
    }
    // the documents' text, made safe for the terminal; then the matches marked
    return Terminal.safe(sb.toString(), colour ? "\u001b[1;33m" : "«", colour ? "\u001b[0m" : "»");
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
