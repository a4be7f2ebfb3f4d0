package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult.FacetCount;
import org.readingroom.index.SearchResult;
import org.readingroom.people.Person;
import org.readingroom.withheld.ExemptionLegend;

/**
 * The archive as a whole: the home page (what it holds, over time, who wrote most, what was
 * withheld, what is next to be declassified), {@code /api/stats}, and the API's own description.
 */
final class HomeResource {
  /** How many persons "who wrote most" lists. */
  static final int TOP_SENDERS = 10;


  private final ServedArchive archive;
  private final Renderer renderer;
  private final String openApi = openApi();

  HomeResource(ServedArchive archive, Renderer renderer) {
    this.archive = archive;
    this.renderer = renderer;
  }

  void routes(Javalin app) {
    app.get("/", this::home);
    app.get("/api/stats", ctx -> ctx.json(archive.engine().stats()));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
  }

  private void home(Context ctx) throws IOException {
    ArchiveStats stats = archive.engine().stats();
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
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("page", new HomePage(stats, timeline, exemptions, declassifications(), senders(stats),
        archive.analysis().analysed(), ExemptionLegend.of(codes)));
    parameters.put("withheld", WithheldViews.home(archive));
    renderer.render(ctx, "home.jte", parameters);
  }

  /** Who sent most: persons by messages sent (as the People page counts), or names as printed before analysis. */
  private List<Pages.FacetLink> senders(ArchiveStats stats) throws IOException {
    List<Pages.FacetLink> senders = new ArrayList<>();
    ArchiveAnalysis a = archive.analysis();
    if (a.analysed()) {
      a.mostActive().stream()
          .filter(p -> a.activity(p).sent() > 0)
          .sorted(Comparator.comparingLong((Person p) -> a.activity(p).sent()).reversed())
          .limit(TOP_SENDERS)
          .forEach(p -> senders.add(new Pages.FacetLink(p.name(), a.activity(p).sent(), Links.personPage(p.id()), false)));
      return senders;
    }
    for (FacetCount c : stats.topSenders()) {
      senders.add(new Pages.FacetLink(c.value(), c.count(), Links.person(c.value()), false));
    }
    return senders;
  }

  /** The next documents to be declassified, soonest first. */
  private List<HomePage.Declassification> declassifications() throws IOException {
    LocalDate today = archive.today();
    SearchResult r = archive.engine().search(SearchRequest.builder().query("declassify:[" + today + " TO *]")
        .kind(EntryKind.DOCUMENT).sort(SearchRequest.Sort.DECLASSIFY).limit(8).build());
    List<HomePage.Declassification> out = new ArrayList<>();
    for (Hit h : r.hits()) {
      if (h.declassifyOn() != null) {
        out.add(new HomePage.Declassification(h.declassifyOn(),
            DocumentPage.declassifyWhen(LocalDate.parse(h.declassifyOn()), today), h.docId(), h.classification(),
            h.subject()));
      }
    }
    return out;
  }

  private static String openApi() {
    try (InputStream in = HomeResource.class.getResourceAsStream("openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.json is missing from the jar", e);
    }
  }
}
