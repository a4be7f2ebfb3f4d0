package org.readingroom.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.LiveAnalysis;
import org.readingroom.analysis.PersonSearch;
import org.readingroom.archive.Originals;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.Hit;
import org.readingroom.index.QuerySyntaxException;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult.FacetCount;
import org.readingroom.index.SearchResult;
import org.readingroom.people.Person;
import org.readingroom.threads.MessageThread;

/**
 * The web reading room: server-rendered pages that read without JavaScript (JavaScript draws the
 * charts). Every value from a document reaches the page through a jte template, which HTML-escapes
 * it; handlers only gather what a page shows.
 */
public final class ReadingRoom {

  static final int PAGE_SIZE = 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> FACET_TITLES = new LinkedHashMap<>();

  static {
    FACET_TITLES.put("sender", "Sender");
    FACET_TITLES.put("recipient", "Recipient");
    FACET_TITLES.put("year", "Year");
    FACET_TITLES.put("exemption", "Exemption");
    FACET_TITLES.put("release", "Release");
    FACET_TITLES.put("classification", "Classification");
  }

  private final SearchEngine engine;
  private final Originals originals;
  private final LiveAnalysis analysis;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Clock clock;

  /**
   * The reading room of an archive; {@code originals} (its PDFs and scans) and {@code analysis}
   * (people, threads, duplicates) may be null.
   */
  ReadingRoom(SearchEngine engine, Originals originals, LiveAnalysis analysis, Clock clock) {
    this.engine = engine;
    this.originals = originals;
    this.analysis = analysis;
    this.clock = clock;
  }

  void routes(Javalin app) {
    app.get("/", this::home);
    app.get("/search", this::search);
    app.get("/search/export.{format}", this::export);
    app.get("/documents/{id}", this::document);
    app.get("/person", this::person);
    app.get("/people", this::people);
    app.get("/people/{id}", this::personById);
    app.get("/threads/{id}", this::thread);
    app.get("/documents/{id}/compare/{other}", this::compare);
  }

  /** The archive's analysis (people, threads, duplicates), or null when there is none to read. */
  private ArchiveAnalysis analysis() throws IOException {
    return analysis == null ? null : analysis.current();
  }

  /** A sender or recipient that names a person matches every alias of that person. */
  private SearchRequest byPerson(SearchRequest request) throws IOException {
    ArchiveAnalysis a = analysis();
    return a == null ? request : PersonSearch.expand(request, a.people());
  }

  private void render(Context ctx, String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, model, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  void error(Context ctx, int status, String title, String message) {
    ctx.status(status);
    render(ctx, "error.jte", new Pages.Error(status, title, message));
  }

  private void home(Context ctx) throws IOException {
    ArchiveStats stats = engine.stats();
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (FacetCount c : stats.months()) {
      labels.add(c.value());
      values.add(c.count());
      links.add(Links.search("since", c.value(), "until", c.value(), "kind", "message"));
    }
    Chart timeline = new Chart("Messages per month", labels, List.of(new Chart.Series("messages", values)), links);
    List<String> codes = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<String> codeLinks = new ArrayList<>();
    for (FacetCount c : stats.exemptions()) {
      codes.add(c.value());
      counts.add(c.count());
      codeLinks.add(Links.search("exemption", c.value()));
    }
    Chart exemptions = new Chart("Documents by exemption", codes, List.of(new Chart.Series("documents", counts)),
        codeLinks);
    List<Pages.FacetLink> senders = new ArrayList<>();
    for (FacetCount c : stats.topSenders()) {
      senders.add(new Pages.FacetLink(c.value(), c.count(), Links.person(c.value()), false));
    }
    render(ctx, "home.jte", new Pages.Home(stats, timeline, exemptions, declassifications(),
        senders, ExemptionLegend.of(codes)));
  }

  /** The next documents to be declassified, soonest first. */
  private List<Pages.Declassification> declassifications() throws IOException {
    LocalDate today = LocalDate.now(clock);
    SearchResult r = engine.search(SearchRequest.builder().query("declassify:[" + today + " TO *]").kind("document")
        .sort(SearchRequest.Sort.DECLASSIFY).limit(8).build());
    List<Pages.Declassification> out = new ArrayList<>();
    for (Hit h : r.hits()) {
      if (h.declassifyOn() != null) {
        out.add(new Pages.Declassification(h.declassifyOn(),
            DocumentView.declassifyWhen(LocalDate.parse(h.declassifyOn()), today), h.docId(), h.classification(),
            h.subject()));
      }
    }
    return out;
  }

  private SearchRequest request(Context ctx, int page, int size) throws IOException {
    SearchRequest base = byPerson(SearchParameters.of(ctx, size));
    long offset = (long) (page - 1) * size;
    if (offset > Integer.MAX_VALUE - size) {
      throw new io.javalin.http.BadRequestResponse("page " + page + " is past the end of any archive");
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
    int page = Math.max(1, SearchParameters.integer(ctx, "page", 1));
    SearchResult result;
    try {
      result = engine.search(request(ctx, page, PAGE_SIZE));
    } catch (QuerySyntaxException | io.javalin.http.BadRequestResponse e) {
      ctx.status(400);
      render(ctx, "search.jte", new Pages.Search(links, null, e.getMessage(), 1, 1,
          new Chart("", List.of(), List.of(), List.of()), List.of(), active(links), links.get("sort"),
          links.get("kind")));
      return;
    }
    int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    render(ctx, "search.jte", new Pages.Search(links, result, null, page, pages, histogram(result, links),
        facetGroups(result, links), active(links), links.get("sort"), links.get("kind")));
  }

  /** The hits by year, or by month when they span three years or less; each bar narrows to its period. */
  static Chart histogram(SearchResult result, Links links) {
    List<FacetCount> years = result.facets().getOrDefault("year", List.of());
    boolean byMonth = years.size() <= 3;
    List<FacetCount> periods = byMonth ? result.facets().getOrDefault("month", List.of()) : years;
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    List<String> hrefs = new ArrayList<>();
    for (FacetCount c : periods) {
      labels.add(c.value());
      values.add(c.count());
      hrefs.add(links.with("since", c.value(), "until", c.value()));
    }
    return new Chart(byMonth ? "Hits per month" : "Hits per year", labels,
        List.of(new Chart.Series("hits", values)), hrefs);
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
        values.add(new Pages.FacetLink(c.value(), c.count(),
            active ? links.without(dim.getKey()) : links.with(dim.getKey(), c.value()), active));
      }
      if (dim.getKey().equals("year")) {
        values.sort((a, b) -> b.value().compareTo(a.value()));
      }
      groups.add(new Pages.FacetGroup(dim.getValue(), values));
    }
    return groups;
  }

  private static List<Pages.ActiveFilter> active(Links links) {
    List<Pages.ActiveFilter> out = new ArrayList<>();
    String[][] names = {
      {"from", "from"}, {"to", "to"}, {"sender", "sender"}, {"recipient", "recipient"}, {"since", "since"},
      {"until", "until"}, {"release", "release"}, {"exemption", "exemption"}, {"classification", "classification"},
      {"kind", "kind"}, {"year", "year"}
    };
    for (String[] n : names) {
      if (links.has(n[0])) {
        out.add(new Pages.ActiveFilter(n[1] + ": " + links.get(n[0]), links.without(n[0])));
      }
    }
    return out;
  }

  /** Every hit of the search, streamed as CSV or JSON Lines, a thousand at a time. */
  private void export(Context ctx) throws IOException {
    String format = ctx.pathParam("format");
    if (!format.equals("csv") && !format.equals("jsonl")) {
      error(ctx, 404, "No such download", "Downloads are .csv or .jsonl.");
      return;
    }
    SearchRequest base = byPerson(SearchParameters.of(ctx, SearchRequest.MAX_LIMIT)).toBuilder().facets(false).build();
    engine.search(base.withPage(0, 0)); // a malformed query fails here, before anything is sent
    ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"readingroom-results." + format + "\"");
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    if (format.equals("csv")) {
      w.write("kind,id,docId,date,from,to,subject,snippet\r\n");
    }
    for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
      SearchResult page = engine.search(base.withPage(offset, SearchRequest.MAX_LIMIT));
      for (Hit h : page.hits()) {
        if (format.equals("csv")) {
          w.write(String.join(",", CsvCells.of(h.kind(), h.id(), h.docId(), h.date(), h.from(),
              String.join("; ", h.to()), h.subject(), h.snippet().plain())));
          w.write("\r\n");
        } else {
          w.write(JSON.writeValueAsString(h));
          w.write('\n');
        }
      }
      if (page.hits().size() < SearchRequest.MAX_LIMIT) {
        break;
      }
    }
    w.flush();
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<StoredRelease> stored = engine.release(id);
    if (stored.isEmpty()) {
      error(ctx, 404, "No such document", "The archive holds no document numbered " + id + ".");
      return;
    }
    Optional<Originals.Original> original = originals == null ? Optional.empty() : originals.find(stored.get().key());
    DocumentView view = DocumentView.of(stored.get(), original.map(DocumentView.Published::of).orElse(null),
        LocalDate.now(clock));
    ArchiveAnalysis a = analysis();
    render(ctx, "document.jte", a == null ? view : AnalysisViews.annotate(view, a));
  }

  /** Two copies of a release: the fields, messages and lines that differ. */
  private void compare(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis();
    Optional<StoredRelease> here = engine.release(ctx.pathParam("id"));
    Optional<StoredRelease> there = engine.release(ctx.pathParam("other"));
    if (here.isEmpty() || there.isEmpty()) {
      error(ctx, 404, "No such document", "The archive holds no document numbered "
          + (here.isEmpty() ? ctx.pathParam("id") : ctx.pathParam("other")) + ".");
      return;
    }
    if (a == null) {
      error(ctx, 404, "Not analysed", "This archive has no analysis of its messages yet: run readingroom ingest.");
      return;
    }
    render(ctx, "compare.jte", AnalysisViews.compare(a, here.get(), there.get()));
  }

  private void thread(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis();
    String id = ctx.pathParam("id");
    Optional<MessageThread> t = a == null ? Optional.empty() : a.correspondence().thread(id);
    if (t.isEmpty()) {
      error(ctx, 404, "No such thread", "The archive holds no thread with id " + id + ".");
      return;
    }
    render(ctx, "thread.jte", new AnalysisViews(engine).thread(a, t.get(), LocalDate.now(clock)));
  }

  private void people(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis();
    if (a == null) {
      error(ctx, 404, "Not analysed", "This archive has no analysis of its people yet: run readingroom ingest.");
      return;
    }
    render(ctx, "people.jte", AnalysisViews.people(a, SearchParameters.param(ctx, "q"),
        SearchParameters.integer(ctx, "page", 1)));
  }

  /** A person's page by id; a former id (of a person since merged) leads to the person's id now. */
  private void personById(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis();
    String id = ctx.pathParam("id");
    Person p = a == null ? null : a.people().byId(id).orElse(null);
    if (p == null) {
      error(ctx, 404, "No such person", "The archive knows no person with id " + id + ".");
      return;
    }
    if (!p.id().equals(id)) {
      ctx.redirect(Links.personPage(p.id()), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    List<String> aliases = new ArrayList<>();
    p.aliases().forEach(al -> aliases.add(al.text()));
    SearchResult sent = engine.search(SearchRequest.builder().senders(aliases).kind("message").facets(true)
        .sort(SearchRequest.Sort.DATE).limit(10).build());
    SearchResult received = engine.search(SearchRequest.builder().recipients(aliases).kind("message").facets(true)
        .sort(SearchRequest.Sort.DATE).limit(10).build());
    render(ctx, "person.jte", new Pages.Person(p.id(), p.name(), p.aliases(), a.activity(p), sent.total(),
        received.total(), personTimeline(sent, received),
        correspondents(a, p, sent.facets().get("recipient"), received.facets().get("sender")),
        merged(null, sent.facets().get("exemption"), received.facets().get("exemption"), false),
        sent.hits(), received.hits(), Links.search("from", p.id(), "kind", "message"),
        Links.search("to", p.id(), "kind", "message")));
  }

  /** The names and addresses a person wrote to or heard from, added up by person; the person left out. */
  private static List<Pages.FacetLink> correspondents(ArchiveAnalysis a, Person self, List<FacetCount> x,
      List<FacetCount> y) {
    Map<String, Long> counts = new HashMap<>();
    Map<String, String[]> shown = new HashMap<>();
    for (List<FacetCount> list : List.of(x == null ? List.<FacetCount>of() : x, y == null ? List.<FacetCount>of() : y)) {
      for (FacetCount c : list) {
        Person p = a.people().byAlias(c.value()).orElse(null);
        if (p != null && p.id().equals(self.id())) {
          continue;
        }
        String key = p == null ? "alias:" + c.value() : p.id();
        counts.merge(key, c.count(), Long::sum);
        shown.putIfAbsent(key, p == null ? new String[] {c.value(), Links.person(c.value())}
            : new String[] {p.name(), Links.personPage(p.id())});
      }
    }
    List<Pages.FacetLink> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(12)
        .forEach(e -> out.add(new Pages.FacetLink(shown.get(e.getKey())[0], e.getValue(), shown.get(e.getKey())[1],
            false)));
    return out;
  }

  /**
   * The page of a name as printed: the page of the person it belongs to when the archive has been
   * analysed, else the messages from and to that name exactly.
   */
  private void person(Context ctx) throws IOException {
    String name = SearchParameters.param(ctx, "name");
    if (name == null) {
      error(ctx, 400, "Whose page?", "A person page needs a name: /person?name=...");
      return;
    }
    ArchiveAnalysis a = analysis();
    Optional<Person> p = a == null ? Optional.empty() : a.people().resolve(name);
    if (p.isPresent()) {
      ctx.redirect(Links.personPage(p.get().id()));
      return;
    }
    SearchResult sent = engine.search(SearchRequest.builder().sender(name).kind("message").facets(true)
        .sort(SearchRequest.Sort.DATE).limit(10).build());
    SearchResult received = engine.search(SearchRequest.builder().recipient(name).kind("message").facets(true)
        .sort(SearchRequest.Sort.DATE).limit(10).build());
    if (sent.total() == 0 && received.total() == 0) {
      error(ctx, 404, "No such person", "No message of the archive is from or to " + name + ".");
      return;
    }
    render(ctx, "person.jte", new Pages.Person(null, name, List.of(), null, sent.total(), received.total(), personTimeline(sent, received),
        merged(name, sent.facets().get("recipient"), received.facets().get("sender"), true),
        merged(null, sent.facets().get("exemption"), received.facets().get("exemption"), false),
        sent.hits(), received.hits(), Links.search("sender", name, "kind", "message"),
        Links.search("recipient", name, "kind", "message")));
  }

  /** Messages sent and received per month. */
  private static Chart personTimeline(SearchResult sent, SearchResult received) {
    Map<String, long[]> months = new java.util.TreeMap<>();
    for (FacetCount c : sent.facets().getOrDefault("month", List.of())) {
      months.computeIfAbsent(c.value(), k -> new long[2])[0] = c.count();
    }
    for (FacetCount c : received.facets().getOrDefault("month", List.of())) {
      months.computeIfAbsent(c.value(), k -> new long[2])[1] = c.count();
    }
    List<String> labels = new ArrayList<>(months.keySet());
    List<Long> s = new ArrayList<>();
    List<Long> r = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (Map.Entry<String, long[]> e : months.entrySet()) {
      s.add(e.getValue()[0]);
      r.add(e.getValue()[1]);
      links.add(Links.search("since", e.getKey(), "until", e.getKey(), "kind", "message"));
    }
    return new Chart("Messages per month", labels,
        List.of(new Chart.Series("sent", s), new Chart.Series("received", r)), links);
  }

  /** Two facet counts added up, largest first; {@code self} left out. */
  private static List<Pages.FacetLink> merged(String self, List<FacetCount> a, List<FacetCount> b, boolean people) {
    Map<String, Long> sum = new HashMap<>();
    for (List<FacetCount> list : List.of(a == null ? List.<FacetCount>of() : a, b == null ? List.<FacetCount>of() : b)) {
      for (FacetCount c : list) {
        if (!c.value().equals(self)) {
          sum.merge(c.value(), c.count(), Long::sum);
        }
      }
    }
    List<Pages.FacetLink> out = new ArrayList<>();
    sum.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(12)
        .forEach(e -> out.add(new Pages.FacetLink(e.getKey(), e.getValue(),
            people ? Links.person(e.getKey()) : Links.search("exemption", e.getKey()), false)));
    return out;
  }
}
