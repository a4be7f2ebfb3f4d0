package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.withheld.DeclassificationCalendar;

/**
 * The declassification calendar: a page that sorts and filters every classification block, {@code
 * /api/declassification}, and {@code /declassification.ics}, an iCalendar feed a reader subscribes
 * to (one event per declassify-on date).
 */
final class DeclassificationResource {

  /** Blocks a page lists. */
  static final int PAGE = 100;
  static final int MAX_ROWS = 1_000;
  private static final List<String> SORTS = List.of("date", "-date", "document", "released");

  private final ServedArchive archive;
  private final Renderer renderer;

  DeclassificationResource(ServedArchive archive, Renderer renderer) {
    this.archive = archive;
    this.renderer = renderer;
  }

  void routes(Javalin app) {
    app.get("/declassification", this::page);
    app.get("/declassification.ics", this::ics);
    app.get("/api/declassification", this::api);
  }

  /** What a request asks of the calendar. */
  private record Filter(String status, int within, String level, String year, String sort) {

    static Filter of(Context ctx) {
      String status = SearchParameters.param(ctx, "status");
      int within = SearchParameters.integer(ctx, "dueWithin", -1);
      if (status == null) {
        status = within >= 0 ? "due" : "all";
      }
      if (!List.of("all", "passed", "due").contains(status)) {
        throw new BadRequestResponse("status must be all, passed or due, not '" + status + "'");
      }
      String sort = SearchParameters.param(ctx, "sort");
      if (sort != null && !SORTS.contains(sort)) {
        throw new BadRequestResponse("sort must be date, -date, document or released, not '" + sort + "'");
      }
      String year = SearchParameters.param(ctx, "year");
      if (year != null && !year.matches("\\d{4}")) {
        throw new BadRequestResponse("year must be a year such as 2025, not '" + year + "'");
      }
      String level = SearchParameters.param(ctx, "level");
      if (level != null && level.length() > 40) {
        throw new BadRequestResponse("level is a classification level such as CONFIDENTIAL");
      }
      return new Filter(status, within < 0 ? 90 : within, level == null ? null : level.toUpperCase(Locale.ROOT), year,
          sort == null ? "date" : sort);
    }

    boolean keeps(DeclassificationCalendar.Entry e, LocalDate today) {
      if (status.equals("passed") && !e.passed(today)) {
        return false;
      }
      if (status.equals("due") && (e.declassifyOn() == null || e.passed(today) || e.daysFrom(today) > within)) {
        return false;
      }
      if (level != null && !level.equals(levelOf(e))) {
        return false;
      }
      return year == null || (e.declassifyOn() != null && year.equals(Integer.toString(e.declassifyOn().getYear())));
    }

    Comparator<DeclassificationCalendar.Entry> order() {
      Comparator<DeclassificationCalendar.Entry> byDate = Comparator.comparing(DeclassificationCalendar.Entry::declassifyOn,
          Comparator.nullsLast(Comparator.naturalOrder()));
      return switch (sort) {
        case "-date" -> Comparator.comparing(DeclassificationCalendar.Entry::declassifyOn,
            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(DeclassificationCalendar.Entry::docId);
        case "document" -> Comparator.comparing(DeclassificationCalendar.Entry::docId);
        case "released" -> Comparator.comparing(DeclassificationCalendar.Entry::releaseDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byDate)
            .thenComparing(DeclassificationCalendar.Entry::docId);
        default -> byDate.thenComparing(DeclassificationCalendar.Entry::docId);
      };
    }

    String href(String status, String level, String year, String sort, int page) {
      StringBuilder sb = new StringBuilder("/declassification?status=").append(status);
      if (status.equals("due")) {
        sb.append("&dueWithin=").append(within);
      }
      if (level != null) {
        sb.append("&level=").append(Links.encode(level));
      }
      if (year != null) {
        sb.append("&year=").append(year);
      }
      if (!sort.equals("date")) {
        sb.append("&sort=").append(Links.encode(sort));
      }
      if (page > 1) {
        sb.append("&page=").append(page);
      }
      return sb.toString();
    }
  }

  static String levelOf(DeclassificationCalendar.Entry e) {
    return e.level() == null ? "CLASSIFIED" : e.level();
  }

  private List<DeclassificationCalendar.Entry> selected(Filter f, LocalDate today) throws IOException {
    return archive.withheld().calendar().entries().stream().filter(e -> f.keeps(e, today)).sorted(f.order()).toList();
  }

  private void page(Context ctx) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (renderer.unavailable(ctx, a)) {
      return;
    }
    if (!a.analysed()) {
      renderer.error(ctx, 404, "Not analysed",
          "This archive has no analysis of its classification blocks yet: run readingroom ingest, or readingroom analyse.");
      return;
    }
    Filter f = Filter.of(ctx);
    LocalDate today = archive.today();
    List<DeclassificationCalendar.Entry> all = archive.withheld().calendar().entries();
    List<DeclassificationCalendar.Entry> chosen = selected(f, today);
    int pages = Math.max(1, (chosen.size() + PAGE - 1) / PAGE);
    int p = Math.min(Math.max(1, SearchParameters.integer(ctx, "page", 1)), pages);
    List<DeclassificationPage.Row> rows = new ArrayList<>();
    List<String> passedHere = new ArrayList<>();
    for (DeclassificationCalendar.Entry e : chosen.subList((p - 1) * PAGE, Math.min(p * PAGE, chosen.size()))) {
      boolean passed = e.passed(today);
      if (passed) {
        passedHere.add(e.documentKey());
      }
      rows.add(new DeclassificationPage.Row(e.declassifyOn() == null ? "not readable" : e.declassifyOn().toString(),
          e.declassifyOn() == null ? "" : DocumentPage.declassifyWhen(e.declassifyOn(), today), passed, e.docId(),
          Links.document(e.documentKey()), levelOf(e), e.classifiedBy(), String.join(", ", e.reasons()),
          e.releaseDate(), passed ? DraftResource.draftHref("mdr", List.of(e.documentKey())) : null));
    }
    Map<String, Long> levels = new TreeMap<>();
    Map<String, Long> years = new TreeMap<>();
    for (DeclassificationCalendar.Entry e : all) {
      levels.merge(levelOf(e), 1L, Long::sum);
      if (e.declassifyOn() != null) {
        years.merge(Integer.toString(e.declassifyOn().getYear()), 1L, Long::sum);
      }
    }
    List<Pages.FacetLink> levelLinks = new ArrayList<>();
    levels.forEach((l, n) -> levelLinks.add(new Pages.FacetLink(l, n,
        f.href(f.status(), l.equals(f.level()) ? null : l, f.year(), f.sort(), 1), l.equals(f.level()))));
    List<Pages.FacetLink> yearLinks = new ArrayList<>();
    years.forEach((y, n) -> yearLinks.add(new Pages.FacetLink(y, n,
        f.href(f.status(), f.level(), y.equals(f.year()) ? null : y, f.sort(), 1), y.equals(f.year()))));
    List<Pages.FacetLink> sortLinks = new ArrayList<>();
    for (String s : SORTS) {
      sortLinks.add(new Pages.FacetLink(s, 0, f.href(f.status(), f.level(), f.year(), s, 1), s.equals(f.sort())));
    }
    long passed = all.stream().filter(e -> e.passed(today)).count();
    renderer.render(ctx, "declassification.jte", new DeclassificationPage(today.toString(), all.size(), passed, rows,
        new WithheldPage.Paging(chosen.size(), p, pages,
            p > 1 ? f.href(f.status(), f.level(), f.year(), f.sort(), p - 1) : null,
            p < pages ? f.href(f.status(), f.level(), f.year(), f.sort(), p + 1) : null),
        f.status(), f.within(), f.level(), f.year(), f.sort(), levelLinks, yearLinks, sortLinks, "/declassification.ics",
        "/api" + f.href(f.status(), f.level(), f.year(), f.sort(), 1),
        passedHere.isEmpty() ? null : DraftResource.draftHref("mdr", passedHere)));
  }

  private void api(Context ctx) throws IOException {
    Api.analysed(archive);
    Filter f = Filter.of(ctx);
    LocalDate today = archive.today();
    int limit = SearchParameters.integer(ctx, "limit", 100);
    int offset = SearchParameters.integer(ctx, "offset", 0);
    if (limit > MAX_ROWS) {
      throw new BadRequestResponse("limit must be at most " + MAX_ROWS + "; page with offset");
    }
    List<DeclassificationCalendar.Entry> chosen = selected(f, today);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (DeclassificationCalendar.Entry e : chosen.subList(Math.min(offset, chosen.size()),
        Math.min(offset + limit, chosen.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("document", e.documentKey());
      m.put("docId", e.docId());
      m.put("level", e.level());
      m.put("classifiedBy", e.classifiedBy());
      m.put("classifiedOn", e.classifiedOn());
      m.put("reasons", e.reasons());
      m.put("declassifyOn", e.declassifyOn() == null ? null : e.declassifyOn().toString());
      m.put("daysFrom", e.daysFrom(today));
      m.put("passed", e.passed(today));
      m.put("releaseDate", e.releaseDate());
      m.put("href", Links.document(e.documentKey()));
      entries.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("today", today.toString());
    out.put("total", chosen.size());
    out.put("passed", chosen.stream().filter(e -> e.passed(today)).count());
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("entries", entries);
    ctx.json(out);
  }

  /** The calendar as iCalendar, its links to this server as the reader reached it. */
  private void ics(Context ctx) throws IOException {
    Api.analysed(archive);
    String host = ctx.host();
    String base = (ctx.scheme() == null ? "http" : ctx.scheme()) + "://" + (host == null ? "127.0.0.1" : host);
    ctx.header("Content-Disposition", "inline; filename=\"declassification.ics\"");
    ctx.contentType("text/calendar; charset=utf-8").result(archive.withheld().calendar().ics(base, archive.today()));
  }
}
