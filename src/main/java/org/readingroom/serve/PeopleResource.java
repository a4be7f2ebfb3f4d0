package org.readingroom.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.Curator;
import org.readingroom.analysis.PeopleCuration;
import org.readingroom.analysis.PersonActivity;
import org.readingroom.archive.CurationLog;
import org.readingroom.archive.OverridesFile;
import org.readingroom.index.EntryKind;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult.FacetCount;
import org.readingroom.index.SearchResult;
import org.readingroom.people.Alias;
import org.readingroom.people.People;
import org.readingroom.people.Person;
import org.readingroom.people.UnknownPersonException;

/**
 * People: the people list, a person's page (by id; or a name as printed, which leads to its person
 * once the archive is analysed), and the API of persons and of curators' merges, splits and renames.
 */
final class PeopleResource {

  static final int PEOPLE_PAGE = 50;
  /** Aliases a person in a list shows; a person's own page shows all. */
  private static final int LISTED_ALIASES = 10;

  private final ServedArchive archive;
  private final Renderer renderer;
  /** Null when the engine is served without its archive. */
  private final PeopleCuration curation;
  private final Guard guard;

  PeopleResource(ServedArchive archive, Renderer renderer, PeopleCuration curation, Guard guard) {
    this.archive = archive;
    this.renderer = renderer;
    this.curation = curation;
    this.guard = guard;
  }

  void routes(Javalin app) {
    app.get("/people", this::peoplePage);
    app.get("/people/{id}", this::personPage);
    app.get("/person", this::namePage);
    app.get("/api/people", this::people);
    app.get("/api/people/changes", this::changes); // before {id}, which would take it for one
    app.get("/api/people/{id}", this::person);
    app.post("/api/people/merge", this::merge);
    app.post("/api/people/{id}/split", this::split);
    app.post("/api/people/{id}/rename", this::rename);
    app.post("/api/people/undo", this::undo);
    app.post("/people/undo", this::undoForm);
    app.exception(UnknownPersonException.class, (e, ctx) -> Api.error(ctx, 404, e.getMessage()));
  }

  /** Persons whose name or an alias holds {@code q} (any case), most active first; the person {@code q} names first. */
  static List<Person> matching(ArchiveAnalysis a, String q) {
    if (q.length() > People.MAX_TYPED) {
      throw new BadRequestResponse("q names a person, an id, name or address of at most " + People.MAX_TYPED
          + " characters; this one has " + q.length());
    }
    String needle = q.toLowerCase(Locale.ROOT);
    List<Person> out = new ArrayList<>();
    // the person the words name first, then every other whose name or an alias holds them (a list's
    // contains() here made a one-letter search over 10,000 persons take a second)
    Person named = a.people().resolve(q).orElse(null);
    if (named != null) {
      out.add(named);
    }
    for (Person p : a.mostActive()) {
      if (named != null && p.id().equals(named.id())) {
        continue;
      }
      boolean hit = p.name().toLowerCase(Locale.ROOT).contains(needle)
          || p.aliases().stream().anyMatch(al -> al.text().toLowerCase(Locale.ROOT).contains(needle));
      if (hit) {
        out.add(p);
      }
    }
    return out;
  }

  // --- pages

  private void peoplePage(Context ctx) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (renderer.unavailable(ctx, a)) {
      return;
    }
    if (!a.analysed()) {
      renderer.error(ctx, 404, "Not analysed", "This archive has no analysis of its people yet: run readingroom ingest.");
      return;
    }
    renderer.render(ctx, "people.jte", peoplePage(a, SearchParameters.param(ctx, "q"),
        SearchParameters.integer(ctx, "page", 1)));
  }

  /** Page {@code page} of the people, most active first, or of those {@code q} names. */
  static PeoplePage peoplePage(ArchiveAnalysis a, String q, int page) {
    List<Person> ranked = q == null ? a.mostActive() : matching(a, q);
    int pages = Math.max(1, (ranked.size() + PEOPLE_PAGE - 1) / PEOPLE_PAGE);
    int p = Math.min(Math.max(1, page), pages);
    List<PeoplePage.Row> rows = new ArrayList<>();
    for (int i = (p - 1) * PEOPLE_PAGE; i < Math.min(ranked.size(), p * PEOPLE_PAGE); i++) {
      Person person = ranked.get(i);
      PersonActivity act = a.activity(person);
      List<String> aliases = new ArrayList<>();
      for (Alias alias : person.aliases().subList(0, Math.min(6, person.aliases().size()))) {
        aliases.add(alias.text());
      }
      rows.add(new PeoplePage.Row(person.name(), Links.personPage(person.id()), act.messages(), act.sent(),
          act.received(), person.aliases().size(), aliases));
    }
    String base = "/people?" + (q == null ? "" : "q=" + Links.encode(q) + "&") + "page=";
    return new PeoplePage(q, ranked.size(), p, pages, rows, p > 1 ? base + (p - 1) : null,
        p < pages ? base + (p + 1) : null);
  }

  /** A person's page by id; a former id (of a person since merged) leads to the person's id now. */
  private void personPage(Context ctx) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (renderer.unavailable(ctx, a)) {
      return;
    }
    String id = ctx.pathParam("id");
    Person p = a.people().byId(id).orElse(null);
    if (p == null) {
      renderer.error(ctx, 404, "No such person", "The archive knows no person with id " + id + ".");
      return;
    }
    if (!p.id().equals(id)) {
      ctx.redirect(Links.personPage(p.id()), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    List<String> aliases = new ArrayList<>();
    p.aliases().forEach(al -> aliases.add(al.text()));
    SearchResult sent = archive.engine().search(SearchRequest.builder().groups(a.groups()).senders(aliases).kind(EntryKind.MESSAGE).facets(true)
        .sort(SearchRequest.Sort.DATE).limit(10).build());
    SearchResult received = archive.engine().search(SearchRequest.builder().groups(a.groups()).recipients(aliases).kind(EntryKind.MESSAGE)
        .facets(true).sort(SearchRequest.Sort.DATE).limit(10).build());
    renderer.render(ctx, "person.jte", Map.of("page", new PersonPage(p.id(), p.name(), p.aliases(), a.activity(p),
        sent.total(), received.total(), timeline(sent, received),
        correspondents(a, p, sent.facets().get("recipient"), received.facets().get("sender")),
        merged(null, sent.facets().get("exemption"), received.facets().get("exemption"), false),
        sent.hits(), received.hits(), Links.search("from", p.id(), "kind", "message"),
        Links.search("to", p.id(), "kind", "message"), lastChange(p)),
        "withheld", WithheldViews.person(archive.withheld(), p.id())));
  }

  /** The latest change in effect that touched {@code p}, as the person's page tells it; null for none. */
  private PersonPage.Change lastChange(Person p) throws IOException {
    if (curation == null) {
      return null;
    }
    CurationLog.Entry e = curation.latestTouching(p).orElse(null);
    if (e == null) {
      return null;
    }
    OverridesFile.Entry o = e.override();
    String what = switch (e.op()) {
      case "merge" -> "merged " + String.join(" + ", o.aliases());
      case "split" -> "split off " + String.join("; ", o.aliases());
      case "rename" -> "renamed " + o.alias() + " to " + o.name();
      default -> e.op();
    };
    return new PersonPage.Change(e.change(), what, e.at(), e.by());
  }

  /**
   * The page of a name as printed: the page of the person it belongs to when the archive has been
   * analysed, else the messages from and to that name exactly.
   */
  private void namePage(Context ctx) throws IOException {
    String name = SearchParameters.param(ctx, "name");
    if (name == null) {
      renderer.error(ctx, 400, "Whose page?", "A person page needs a name: /person?name=...");
      return;
    }
    Optional<Person> p = archive.analysis().people().resolve(name);
    if (p.isPresent()) {
      ctx.redirect(Links.personPage(p.get().id()));
      return;
    }
    SearchResult sent = archive.engine().search(SearchRequest.builder().sender(name).kind(EntryKind.MESSAGE).facets(true)
        .sort(SearchRequest.Sort.DATE).limit(10).build());
    SearchResult received = archive.engine().search(SearchRequest.builder().recipient(name).kind(EntryKind.MESSAGE)
        .facets(true).sort(SearchRequest.Sort.DATE).limit(10).build());
    if (sent.total() == 0 && received.total() == 0) {
      renderer.error(ctx, 404, "No such person", "No message of the archive is from or to " + name + ".");
      return;
    }
    renderer.render(ctx, "person.jte", new PersonPage(null, name, List.of(), null, sent.total(), received.total(),
        timeline(sent, received),
        merged(name, sent.facets().get("recipient"), received.facets().get("sender"), true),
        merged(null, sent.facets().get("exemption"), received.facets().get("exemption"), false),
        sent.hits(), received.hits(), Links.search("sender", name, "kind", "message"),
        Links.search("recipient", name, "kind", "message"), null));
  }

  /** A month of a person's messages. */
  private static final class Month {
    long sent;
    long received;
  }

  /** Messages sent and received per month. */
  private static Chart timeline(SearchResult sent, SearchResult received) {
    Map<String, Month> months = new TreeMap<>();
    for (FacetCount c : sent.facets().getOrDefault("month", List.of())) {
      months.computeIfAbsent(c.value(), k -> new Month()).sent = c.count();
    }
    for (FacetCount c : received.facets().getOrDefault("month", List.of())) {
      months.computeIfAbsent(c.value(), k -> new Month()).received = c.count();
    }
    List<String> labels = new ArrayList<>(months.keySet());
    List<Long> s = new ArrayList<>();
    List<Long> r = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (Map.Entry<String, Month> e : months.entrySet()) {
      s.add(e.getValue().sent);
      r.add(e.getValue().received);
      links.add(Links.search("since", e.getKey(), "until", e.getKey(), "kind", "message"));
    }
    return new Chart("Messages per month", labels,
        List.of(new Chart.Series("sent", s), new Chart.Series("received", r)), links);
  }

  /** The names and addresses a person wrote to or heard from, added up by person; the person left out. */
  private static List<Pages.FacetLink> correspondents(ArchiveAnalysis a, Person self, List<FacetCount> x,
      List<FacetCount> y) {
    Map<String, Long> counts = new HashMap<>();
    Map<String, Pages.FacetLink> shown = new HashMap<>();
    for (List<FacetCount> list : List.of(orNone(x), orNone(y))) {
      for (FacetCount c : list) {
        Person p = a.people().byAlias(c.value()).orElse(null);
        if (p != null && p.id().equals(self.id())) {
          continue;
        }
        String key = p == null ? "alias:" + c.value() : p.id();
        counts.merge(key, c.count(), Long::sum);
        shown.putIfAbsent(key, p == null ? new Pages.FacetLink(c.value(), 0, Links.person(c.value()), false)
            : new Pages.FacetLink(p.name(), 0, Links.personPage(p.id()), false));
      }
    }
    List<Pages.FacetLink> out = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(12)
        .forEach(e -> out.add(new Pages.FacetLink(shown.get(e.getKey()).value(), e.getValue(),
            shown.get(e.getKey()).href(), false)));
    return out;
  }

  /** Two facet counts added up, largest first; {@code self} left out. */
  private static List<Pages.FacetLink> merged(String self, List<FacetCount> a, List<FacetCount> b, boolean people) {
    Map<String, Long> sum = new HashMap<>();
    for (List<FacetCount> list : List.of(orNone(a), orNone(b))) {
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

  private static List<FacetCount> orNone(List<FacetCount> counts) {
    return counts == null ? List.of() : counts;
  }

  // --- API

  private void people(Context ctx) throws IOException {
    ArchiveAnalysis a = Api.analysed(archive);
    int limit = SearchParameters.integer(ctx, "limit", 50);
    int offset = SearchParameters.integer(ctx, "offset", 0);
    if (limit > 1000) {
      throw new BadRequestResponse("limit must be at most 1000; page with offset");
    }
    String q = SearchParameters.param(ctx, "q");
    List<Person> ranked = q == null ? a.mostActive() : matching(a, q);
    List<PersonView> page = new ArrayList<>();
    for (int i = offset; i < Math.min(ranked.size(), offset + limit); i++) {
      page.add(PersonView.of(ranked.get(i), a, LISTED_ALIASES));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", ranked.size());
    out.put("persons", page);
    ctx.json(out);
  }

  private void person(Context ctx) throws IOException {
    ArchiveAnalysis a = Api.analysed(archive);
    String id = ctx.pathParam("id");
    Person p = a.people().resolve(id).orElseThrow(() -> new UnknownPersonException(id));
    ctx.json(PersonView.of(p, a, Integer.MAX_VALUE));
  }

  private PeopleCuration curation() throws IOException {
    Api.analysed(archive);
    return curation;
  }

  private void merge(Context ctx) throws IOException {
    Curator who = guard.curator(ctx);
    PeopleCuration c = curation();
    answer(ctx, c.merge(Api.strings(Api.body(ctx), "ids"), who));
  }

  private void split(Context ctx) throws IOException {
    Curator who = guard.curator(ctx);
    PeopleCuration c = curation();
    answer(ctx, c.split(ctx.pathParam("id"), Api.strings(Api.body(ctx), "aliases"), who));
  }

  private void rename(Context ctx) throws IOException {
    Curator who = guard.curator(ctx);
    PeopleCuration c = curation();
    JsonNode name = Api.body(ctx).get("name");
    if (name == null || !name.isTextual()) {
      throw new BadRequestResponse("the body needs \"name\": a string");
    }
    answer(ctx, c.rename(ctx.pathParam("id"), name.asText(), who));
  }

  /** Undoes change {@code change} of the body, or the latest in effect when the body names none. */
  private void undo(Context ctx) throws IOException {
    Curator who = guard.curator(ctx);
    PeopleCuration c = curation();
    JsonNode change = Api.body(ctx).get("change");
    if (change != null && !change.isNull() && !change.canConvertToInt()) {
      throw new BadRequestResponse("\"change\" must be a change's number");
    }
    answer(ctx, c.undo(change == null || change.isNull() ? null : change.asInt(), who));
  }

  /** The changes in effect, newest first, as the curation log recorded them. */
  private void changes(Context ctx) throws IOException {
    ctx.json(Map.of("changes", curation().inEffect()));
  }

  /** The person page's undo button: the token in the form, then back to the person's page. */
  private void undoForm(Context ctx) throws IOException {
    Curator who = guard.curator(ctx, ctx.formParam("token"));
    Integer number;
    try {
      number = Integer.valueOf(String.valueOf(ctx.formParam("change")));
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("the form names no change to undo");
    }
    curation().undo(number, who);
    String person = ctx.formParam("person");
    Optional<Person> p = person == null ? Optional.empty() : archive.analysis().people().resolve(person);
    ctx.redirect(p.map(x -> Links.personPage(x.id())).orElse("/people"), HttpStatus.SEE_OTHER);
  }

  /** The person a change made or left, with the change's number. */
  private void answer(Context ctx, PeopleCuration.Outcome outcome) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("change", outcome.change());
    out.put("person", outcome.person() == null ? null : PersonView.of(outcome.person(), archive.analysis(),
        Integer.MAX_VALUE));
    ctx.json(out);
  }
}
