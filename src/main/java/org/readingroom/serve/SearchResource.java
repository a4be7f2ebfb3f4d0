package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.export.ExportFormat;
import org.readingroom.export.ExportProgress;
import org.readingroom.export.Exporter;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Groups;
import org.readingroom.index.QuerySyntaxException;
import org.readingroom.index.ReadersQuery;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult.FacetCount;
import org.readingroom.index.SearchResult;

/**
 * Search: the search page (hits, facets that narrow, a histogram over time, paging), its downloads
 * (JSON Lines, CSV, SQLite, mbox: {@link Exporter}), {@code /api/search} and {@code /api/export}. A
 * person named as sender or recipient matches every alias of theirs.
 */
final class SearchResource {

  static final int PAGE_SIZE = 20;
  /** The values a facet lists when a reader asks for more. */
  static final int MORE_VALUES = 50;
  private static final Map<String, String> FACET_TITLES = new LinkedHashMap<>();

  static {
    FACET_TITLES.put("sender", "Sender");
    FACET_TITLES.put("recipient", "Recipient");
    FACET_TITLES.put("year", "Year");
    FACET_TITLES.put("exemption", "Exemption");
    FACET_TITLES.put("release", "Release");
    FACET_TITLES.put("classification", "Classification");
  }

  private final ServedArchive archive;
  private final Renderer renderer;

  SearchResource(ServedArchive archive, Renderer renderer) {
    this.archive = archive;
    this.renderer = renderer;
  }

  void routes(Javalin app) {
    app.get("/api/search", ctx -> ctx.json(SearchAnswer.of(archive.engine().search(archive.byPerson(
        SearchParameters.of(ctx, 20))), archive.warnings())));
    app.get("/search", this::search);
    app.get("/search/export.{format}", ctx -> export(ctx, false));
    app.get("/api/export.{format}", ctx -> export(ctx, true));
  }

  private SearchRequest request(Context ctx, int page, int size) throws IOException {
    SearchRequest base = archive.byPerson(SearchParameters.of(ctx, size));
    long offset = (long) (page - 1) * size;
    if (offset + size > SearchRequest.MAX_WINDOW) {
      throw new BadRequestResponse("page " + page + " is past the end of what search pages show (page "
          + SearchRequest.MAX_WINDOW / size + "): narrow the search, or read deeper with the API's cursor");
    }
    return base.toBuilder().offset((int) offset).limit(size).facets(true).build();
  }

  private static Links links(Context ctx) {
    Map<String, String> params = new HashMap<>();
    for (String name : Links.SEARCH_PARAMETERS) {
      String v = SearchParameters.param(ctx, name);
      if (v != null) {
        params.put(name, v);
      }
    }
    return new Links(params);
  }

  private void search(Context ctx) throws IOException {
    Links links = links(ctx);
    String jump = documentNumberAlone(links);
    if (jump != null && archive.engine().release(jump).isPresent()) {
      // a document number typed alone opens that document; its search is one link away
      ctx.redirect(Links.document(jump));
      return;
    }
    int page = Math.max(1, SearchParameters.integer(ctx, "page", 1));
    SearchResult result;
    try {
      result = archive.engine().search(request(ctx, page, PAGE_SIZE));
    } catch (QuerySyntaxException | BadRequestResponse e) {
      ctx.status(400);
      renderer.render(ctx, "search.jte", new SearchPage(links, null, e.getMessage(), 1, 1,
          new Chart("", List.of(), List.of(), List.of()), List.of(), active(links, archive.analysis().groups()), order(links), kind(links),
          notice(), form(links)));
      return;
    }
    // pages deeper than an offset may reach are read with the API's cursor, not by page number
    int pages = (int) Math.min(SearchRequest.MAX_WINDOW / PAGE_SIZE, Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    renderer.render(ctx, "search.jte", new SearchPage(links, result, null, page, pages, histogram(result, links),
        facetGroups(result, links), active(links, archive.analysis().groups()), order(links), kind(links),
        notice(result), form(links)));
  }

  /** How many persons the form suggests for from and to. */
  static final int SUGGESTED_PERSONS = 300;

  /** The search form, filled in with the page's parameters. */
  private SearchForm form(Links links) throws IOException {
    List<String> persons = new ArrayList<>();
    ArchiveAnalysis a = archive.analysis();
    a.mostActive().stream().limit(SUGGESTED_PERSONS).forEach(p -> persons.add(p.name()));
    ArchiveStats stats = archive.engine().stats();
    return new SearchForm(links, persons, stats.exemptions().stream().map(FacetCount::value).toList(),
        stats.releases().stream().map(FacetCount::value).toList());
  }

  /** The document number a page's query is when it is one typed alone, with no filter; else null. */
  static String documentNumberAlone(Links links) {
    String q = links.get("q");
    String number = ReadersQuery.documentNumber(q);
    if (number == null) {
      return null;
    }
    for (String name : Links.SEARCH_PARAMETERS) {
      if (!name.equals("q") && !name.equals("sort") && links.has(name)) {
        return null;
      }
    }
    return number;
  }

  /** What the page says above the hits: the archive's analysis unavailable; null when all is well. */
  private String notice() throws IOException {
    return notice(null);
  }

  /** The same, and how the query was read when it was read otherwise than typed. */
  private String notice(SearchResult result) throws IOException {
    List<String> notes = new ArrayList<>(archive.warnings());
    if (result != null && result.notice() != null) {
      notes.add(0, "Your query was read leniently: " + result.notice());
    }
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  /** The order the page's links ask for; relevance when they ask for none (or for one there is not). */
  private static SearchRequest.Sort order(Links links) {
    SearchRequest.Sort sort = links.has("sort") ? SearchRequest.Sort.ofLabel(links.get("sort")) : null;
    return sort == null ? SearchRequest.Sort.RELEVANCE : sort;
  }

  /** The kind of entries the page's links ask for; null for both (or for a kind there is not). */
  private static EntryKind kind(Links links) {
    String kind = links.get("kind");
    return "message".equals(kind) ? EntryKind.MESSAGE : "document".equals(kind) ? EntryKind.DOCUMENT : null;
  }

  /**
   * The hits by year, or by month when they span three years or less, on a continuous axis (a
   * period without hits is an empty bar); each bar narrows to its period. What gives no date is
   * not on the axis: the year facet counts it apart.
   */
  static Chart histogram(SearchResult result, Links links) {
    List<FacetCount> years = dated(result.facets().getOrDefault("year", List.of()));
    boolean byMonth = years.size() <= 3;
    List<FacetCount> periods = byMonth ? dated(result.facets().getOrDefault("month", List.of())) : years;
    Map<String, Long> counts = new java.util.TreeMap<>();
    periods.forEach(c -> counts.put(c.value(), c.count()));
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    List<String> hrefs = new ArrayList<>();
    if (!counts.isEmpty()) {
      String first = counts.keySet().iterator().next();
      String last = ((java.util.TreeMap<String, Long>) counts).lastKey();
      for (String p = first; p.compareTo(last) <= 0; p = nextPeriod(p)) {
        labels.add(p);
        values.add(counts.getOrDefault(p, 0L));
        hrefs.add(links.with("since", p, "until", p));
      }
    }
    return new Chart(byMonth ? "Hits per month" : "Hits per year", labels,
        List.of(new Chart.Series("hits", values)), hrefs);
  }

  /** The periods that are dates: the year facet's "undated" left out. */
  private static List<FacetCount> dated(List<FacetCount> periods) {
    return periods.stream().filter(c -> Character.isDigit(c.value().charAt(0))).toList();
  }

  /** The period after {@code p}: {@code 2011} then {@code 2012}, {@code 2011-12} then {@code 2012-01}. */
  static String nextPeriod(String p) {
    if (p.length() == 4) {
      return Integer.toString(Integer.parseInt(p) + 1);
    }
    return java.time.YearMonth.parse(p).plusMonths(1).toString();
  }

  private static List<Pages.FacetGroup> facetGroups(SearchResult result, Links links) {
    List<Pages.FacetGroup> groups = new ArrayList<>();
    for (Map.Entry<String, String> dim : FACET_TITLES.entrySet()) {
      List<FacetCount> counts = result.facets().getOrDefault(dim.getKey(), List.of());
      if (counts.isEmpty()) {
        continue;
      }
      List<Pages.FacetLink> values = new ArrayList<>();
      for (FacetCount c : counts) {
        boolean active = c.value().equals(links.get(dim.getKey()));
        values.add(new Pages.FacetLink(c.shown(), c.count(),
            active ? links.without(dim.getKey()) : links.with(dim.getKey(), c.value()), active));
      }
      if (dim.getKey().equals("year")) {
        // newest first; what gives no date last
        values.sort((a, b) -> !Character.isDigit(a.value().charAt(0)) ? 1 : !Character.isDigit(b.value().charAt(0)) ? -1
            : b.value().compareTo(a.value()));
      }
      String more = counts.size() >= SearchParameters.valuesOf(links) && SearchParameters.valuesOf(links) < MORE_VALUES
          ? links.with("values", Integer.toString(MORE_VALUES)) : null;
      groups.add(new Pages.FacetGroup(dim.getValue(), values, more));
    }
    return groups;
  }

  /** The filters in force, a person's by name. */
  private static List<Pages.ActiveFilter> active(Links links, Groups groups) {
    List<Pages.ActiveFilter> out = new ArrayList<>();
    String[] names = {
      "from", "to", "sender", "recipient", "since", "until", "release", "exemption", "classification", "kind", "year"
    };
    for (String n : names) {
      if (links.has(n)) {
        out.add(new Pages.ActiveFilter(n + ": " + groups.persons().getOrDefault(links.get(n), links.get(n)),
            links.without(n)));
      }
    }
    return out;
  }

  /**
   * Every hit of the search, streamed in a format of {@link ExportFormat} by the {@link Exporter}
   * that the command line's {@code export} runs too: the page's downloads and {@code
   * /api/export.{format}} alike. A malformed query or a search past its budget is answered before
   * anything is sent (an HTML page for the pages, JSON for the API).
   */
  private void export(Context ctx, boolean api) throws IOException {
    ExportFormat format = ExportFormat.of(ctx.pathParam("format"));
    if (format == null) {
      String why = "Downloads are .jsonl, .csv, .sqlite or .mbox.";
      if (api) {
        Api.error(ctx, 404, why);
      } else {
        renderer.error(ctx, 404, "No such download", why);
      }
      return;
    }
    SearchRequest search = SearchParameters.of(ctx, SearchRequest.MAX_LIMIT);
    Exporter exporter = new Exporter(archive.engine(), archive.analysis()).permalinksOn(ctx.scheme() + "://" + ctx.host());
    exporter.check(search); // a malformed query fails here, before anything is sent
    ctx.contentType(format.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"readingroom-results." + format.extension() + "\"");
    exporter.export(search, format, ctx.outputStream(), ExportProgress.SILENT);
  }
}
