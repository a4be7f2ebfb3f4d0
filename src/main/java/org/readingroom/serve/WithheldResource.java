package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.index.EntryKind;
import org.readingroom.index.SearchRequest;
import org.readingroom.text.CsvCells;
import org.readingroom.threads.ThreadMessage;
import org.readingroom.withheld.ExemptionLegend;
import org.readingroom.withheld.ExemptionReport;
import org.readingroom.withheld.ReleasedElsewhere;
import org.readingroom.withheld.RequestDraft;
import org.readingroom.withheld.UnevenExemption;
import org.readingroom.withheld.Withheld;
import org.readingroom.withheld.WithholdingLog;

/**
 * What was withheld: the Withheld page (figures and charts by code, person, month and release;
 * passages one document withholds and another shows, side by side; exemptions applied unevenly),
 * drafted requests (a FOIA appeal, a Mandatory Declassification Review request) as a page and a
 * download, and their API: {@code /api/redactions} (the withholding log, or the passages released
 * elsewhere), {@code /api/analytics/exemptions} and {@code /api/drafts/{kind}}.
 */
final class WithheldResource {

  /** Passages and uneven exemptions a page lists. */
  static final int PAGE = 50;
  /** Characters of a passage a page shows; the API gives it whole. */
  static final int SHOWN = 1_500;
  /** Rows of a report a chart draws (all are in the API). */
  static final int CHART_ROWS = 15;
  /** Documents a draft cites at most: a request longer than that is not read. */
  static final int DRAFT_DOCUMENTS = 200;
  /** Redactions, report rows an API answer gives at most; page with offset. */
  static final int MAX_ROWS = 1_000;

  private final ServedArchive archive;
  private final Renderer renderer;

  WithheldResource(ServedArchive archive, Renderer renderer) {
    this.archive = archive;
    this.renderer = renderer;
  }

  void routes(Javalin app) {
    app.get("/withheld", this::page);
    app.get("/withheld/draft", this::draftPage);
    app.get("/withheld/draft.{format}", this::draftDownload);
    app.get("/api/redactions", this::redactions);
    app.get("/api/analytics/exemptions", this::exemptions);
    app.get("/api/drafts/{kind}", this::draft);
  }

  // --- the page

  private void page(Context ctx) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (renderer.unavailable(ctx, a)) {
      return;
    }
    if (!a.analysed()) {
      renderer.error(ctx, 404, "Not analysed",
          "This archive has no analysis of what it withholds yet: run readingroom ingest, or readingroom analyse.");
      return;
    }
    renderer.render(ctx, "withheld.jte", page(archive.withheld(), archive.today(), code(ctx),
        SearchParameters.integer(ctx, "released", 1), SearchParameters.integer(ctx, "uneven", 1)));
  }

  /** The code a request narrows to ({@code b6} is B6), or null. */
  static String code(Context ctx) {
    String code = SearchParameters.param(ctx, "code");
    if (code != null && code.length() > 16) {
      throw new BadRequestResponse("code is an exemption code such as B6 or 1.4(D), not '" + code.substring(0, 16)
          + "...'");
    }
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }

  static WithheldPage page(WithheldFigures f, LocalDate today, String code, int releasedPage, int unevenPage) {
    ArchiveAnalysis a = f.analysis();
    Withheld w = a.withheld();
    List<ReleasedElsewhere> released = w.releasedElsewhere().stream()
        .filter(r -> code == null || r.codes().contains(code)).toList();
    List<UnevenExemption> uneven = w.unevenExemptions().stream().filter(u -> code == null || u.code().equals(code))
        .toList();
    WithheldPage.Paging rp = paging(released.size(), releasedPage, n -> href(code, n, unevenPage));
    WithheldPage.Paging up = paging(uneven.size(), unevenPage, n -> href(code, releasedPage, n));
    List<WithheldPage.Passage> passages = new ArrayList<>();
    for (ReleasedElsewhere r : slice(released, rp.page())) {
      passages.add(passage(a, r));
    }
    List<WithheldPage.Uneven> unevenRows = new ArrayList<>();
    for (UnevenExemption u : slice(uneven, up.page())) {
      unevenRows.add(uneven(a, u));
    }
    Map<String, Long> unevenByCode = new TreeMap<>(WithheldResource::byKind);
    w.unevenExemptions().forEach(u -> unevenByCode.merge(u.code(), 1L, Long::sum));
    List<Pages.FacetLink> codes = new ArrayList<>();
    unevenByCode.forEach((c, n) -> codes.add(new Pages.FacetLink(c, n, href(c, 1, 1), c.equals(code))));
    ExemptionReport byCode = f.report(ExemptionReport.Dimension.CODE);
    List<WithheldPage.CodeRow> codeRows = new ArrayList<>();
    for (ExemptionReport.Row row : byCode.rows()) {
      codeRows.add(new WithheldPage.CodeRow(row.key(), ExemptionLegend.meaning(row.key()),
          Links.search("exemption", row.key()), row.items(), row.withheld(), row.marked()));
    }
    return new WithheldPage(f.summary(), f.passed(today), passages, rp, unevenRows, up, codeRows, codeChart(byCode),
        personChart(f.report(ExemptionReport.Dimension.PERSON)), monthChart(f.report(ExemptionReport.Dimension.MONTH)),
        releaseChart(f.report(ExemptionReport.Dimension.RELEASE)), code, codes, "/api/redactions?format=csv",
        "/api/redactions?format=jsonl");
  }

  /** B codes first, then 1.4 categories. */
  private static int byKind(String a, String b) {
    boolean ab = a.startsWith("B");
    boolean bb = b.startsWith("B");
    return ab != bb ? (ab ? -1 : 1) : a.compareTo(b);
  }

  private static String href(String code, int released, int uneven) {
    StringBuilder sb = new StringBuilder("/withheld");
    String sep = "?";
    if (code != null) {
      sb.append(sep).append("code=").append(Links.encode(code));
      sep = "&";
    }
    if (released > 1) {
      sb.append(sep).append("released=").append(released);
      sep = "&";
    }
    if (uneven > 1) {
      sb.append(sep).append("uneven=").append(uneven);
    }
    return sb.toString();
  }

  private static WithheldPage.Paging paging(int total, int page, java.util.function.IntFunction<String> href) {
    int pages = Math.max(1, (total + PAGE - 1) / PAGE);
    int p = Math.min(Math.max(1, page), pages);
    return new WithheldPage.Paging(total, p, pages, p > 1 ? href.apply(p - 1) : null,
        p < pages ? href.apply(p + 1) : null);
  }

  private static <T> List<T> slice(List<T> all, int page) {
    int from = (page - 1) * PAGE;
    return all.subList(Math.min(from, all.size()), Math.min(from + PAGE, all.size()));
  }

  /** A passage as the page shows it, both printings linked. */
  static WithheldPage.Passage passage(ArchiveAnalysis a, ReleasedElsewhere r) {
    Withheld w = a.withheld();
    List<WithheldPage.DocumentLink> also = new ArrayList<>();
    for (String key : r.alsoReleasedIn()) {
      also.add(new WithheldPage.DocumentLink(docId(w, key), Links.document(key)));
    }
    return new WithheldPage.Passage(describe(a, r.message()),
        new WithheldPage.DocumentLink(docId(w, r.withheldIn()), Links.message(r.withheldIn(), r.withheldPosition())),
        r.page(), ExemptionLegend.of(r.codes()), r.place() == ReleasedElsewhere.Place.HEADER, cut(r.before()),
        cut(r.text()),
        new WithheldPage.DocumentLink(docId(w, r.releasedIn()), Links.message(r.releasedIn(), r.releasedPosition())),
        also, Links.compare(r.withheldIn(), r.releasedIn()), draftHref("appeal", List.of(r.withheldIn())));
  }

  static WithheldPage.Uneven uneven(ArchiveAnalysis a, UnevenExemption u) {
    ThreadMessage m = a.correspondence().message(u.message()).orElse(null);
    return new WithheldPage.Uneven(describe(a, u.message()), m == null ? null : Links.thread(m.threadId(), m.id()),
        new ExemptionLegend.Entry(u.code(), ExemptionLegend.meaning(u.code())), links(a.withheld(), u.appliedIn()),
        links(a.withheld(), u.notAppliedIn()), draftHref("appeal", u.appliedIn()));
  }

  private static List<WithheldPage.DocumentLink> links(Withheld w, List<String> keys) {
    List<WithheldPage.DocumentLink> out = new ArrayList<>();
    keys.forEach(k -> out.add(new WithheldPage.DocumentLink(docId(w, k), Links.document(k))));
    return out;
  }

  /** A message as a list names it: from whom, when, its subject. */
  static String describe(ArchiveAnalysis a, String messageId) {
    ThreadMessage m = messageId == null ? null : a.correspondence().message(messageId).orElse(null);
    if (m == null) {
      return "a message";
    }
    return (m.from().isEmpty() ? "(sender withheld)" : m.from().get(0)) + ", " + Pages.sent(m.sent())
        + (m.subject() == null ? "" : ": " + m.subject());
  }

  static String docId(Withheld w, String key) {
    return w.document(key).map(d -> d.docId() == null ? d.key() : d.docId()).orElse(key);
  }

  private static String cut(String s) {
    return s == null || s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }

  /** The page of a drafted request for the given documents. */
  static String draftHref(String kind, List<String> documents) {
    StringBuilder sb = new StringBuilder("/withheld/draft?kind=").append(kind);
    documents.stream().limit(DRAFT_DOCUMENTS).forEach(d -> sb.append("&document=").append(Links.encode(d)));
    return sb.toString();
  }

  /**
   * What the page of document {@code key} shows of its withholdings: its passages released
   * elsewhere, its uneven exemptions, by message, and the requests to draft.
   */
  static DocumentWithheld document(ArchiveAnalysis a, String key, int messages, LocalDate today) {
    Withheld w = a.withheld();
    List<DocumentWithheld.Bar> bars = new ArrayList<>();
    for (ReleasedElsewhere r : w.releasedElsewhere(key)) {
      List<WithheldPage.DocumentLink> also = new ArrayList<>();
      r.alsoReleasedIn().forEach(k -> also.add(new WithheldPage.DocumentLink(docId(w, k), Links.document(k))));
      bars.add(new DocumentWithheld.Bar(r.withheldPosition(), r.place() == ReleasedElsewhere.Place.HEADER, r.page(),
          r.codes().isEmpty() ? "withheld" : String.join(" ", r.codes()), cut(r.before()), cut(r.text()),
          new WithheldPage.DocumentLink(docId(w, r.releasedIn()), Links.message(r.releasedIn(), r.releasedPosition())),
          also));
    }
    List<DocumentWithheld.UnevenNote> uneven = new ArrayList<>();
    for (int i = 0; i < messages; i++) {
      ThreadMessage m = a.correspondence().messageAt(key, i).orElse(null);
      if (m == null) {
        continue;
      }
      for (UnevenExemption u : w.unevenExemptions(m.id())) {
        if (u.appliedIn().contains(key)) {
          uneven.add(new DocumentWithheld.UnevenNote(i, u.code(), ExemptionLegend.meaning(u.code()),
              links(w, u.notAppliedIn())));
        }
      }
    }
    boolean passed = w.document(key).map(d -> d.classification() != null && d.classification().declassifyOn() != null
        && d.classification().declassifyOn().compareTo(today.toString()) < 0).orElse(false);
    return new DocumentWithheld(bars, uneven,
        bars.isEmpty() && uneven.isEmpty() ? null : draftHref("appeal", List.of(key)),
        passed ? draftHref("mdr", List.of(key)) : null);
  }

  /** What the home page says of what was withheld; null for an archive not analysed. */
  static HomeWithheld home(ServedArchive archive) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (!a.analysed() || a.problem() != null) {
      return null;
    }
    WithheldFigures f = archive.withheld();
    return new HomeWithheld(f.summary(), f.passed(archive.today()), codeChart(f.report(ExemptionReport.Dimension.CODE)));
  }

  /** What was withheld from the messages of person {@code id}, as sender and as recipient. */
  static PersonWithheld person(WithheldFigures f, String id) {
    ExemptionReport.Row sent = f.personRow(ExemptionReport.Dimension.PERSON, id).orElse(null);
    ExemptionReport.Row received = f.personRow(ExemptionReport.Dimension.RECIPIENT, id).orElse(null);
    List<String> codes = f.report(ExemptionReport.Dimension.PERSON).codes();
    List<String> labels = new ArrayList<>();
    List<Long> inSent = new ArrayList<>();
    List<Long> inReceived = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (String code : codes) {
      long s = sent == null ? 0 : sent.markers().getOrDefault(code, 0L);
      long r = received == null ? 0 : received.markers().getOrDefault(code, 0L);
      if (s + r > 0) {
        labels.add(code);
        inSent.add(s);
        inReceived.add(r);
        links.add(Links.search("exemption", code));
      }
    }
    Chart chart = new Chart("Redactions in their messages by exemption code", labels,
        List.of(new Chart.Series("in messages sent", inSent), new Chart.Series("in messages received", inReceived)),
        links);
    return new PersonWithheld(sent == null ? 0 : sent.items(), sent == null ? 0 : sent.withheld(),
        received == null ? 0 : received.items(), received == null ? 0 : received.withheld(), chart);
  }

  // --- charts, each with its figures as a table

  private static Chart codeChart(ExemptionReport r) {
    List<String> labels = new ArrayList<>();
    List<Long> markers = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (ExemptionReport.Row row : r.rows()) {
      labels.add(row.key());
      markers.add(row.marked());
      links.add(Links.search("exemption", row.key()));
    }
    return new Chart("Redactions by exemption code", labels, List.of(new Chart.Series("redactions", markers)), links);
  }

  /** The persons most withheld from, by messages sent withheld in part and released whole. */
  private static Chart personChart(ExemptionReport r) {
    List<ExemptionReport.Row> rows = r.rows().subList(0, Math.min(CHART_ROWS, r.rows().size()));
    List<String> labels = new ArrayList<>();
    List<String> links = new ArrayList<>();
    rows.forEach(row -> {
      labels.add(row.label());
      links.add(Links.personPage(row.key()));
    });
    return new Chart("Messages sent, withheld in part and released whole, by sender", labels, inPartAndWhole(rows),
        links);
  }

  private static Chart monthChart(ExemptionReport r) {
    List<ExemptionReport.Row> rows = r.rows().stream().filter(row -> !row.key().equals("undated")).toList();
    List<String> labels = new ArrayList<>();
    List<String> links = new ArrayList<>();
    rows.forEach(row -> {
      labels.add(row.key());
      links.add(Links.search("since", row.key(), "until", row.key(), "kind", "message"));
    });
    return new Chart("Messages sent per month, withheld in part and released whole", labels, inPartAndWhole(rows),
        links);
  }

  private static Chart releaseChart(ExemptionReport r) {
    List<String> labels = new ArrayList<>();
    List<String> links = new ArrayList<>();
    r.rows().forEach(row -> {
      labels.add(row.key());
      links.add(row.key().equals("undated") ? Links.search("kind", "document")
          : Links.search("q", "released:" + row.key(), "kind", "document"));
    });
    return new Chart("Documents per release, released in part and otherwise", labels,
        List.of(series("released in part", r.rows(), true), series("in full or unstamped", r.rows(), false)), links);
  }

  private static List<Chart.Series> inPartAndWhole(List<ExemptionReport.Row> rows) {
    return List.of(series("withheld in part", rows, true), series("released whole", rows, false));
  }

  private static Chart.Series series(String name, List<ExemptionReport.Row> rows, boolean withheld) {
    List<Long> values = new ArrayList<>();
    rows.forEach(row -> values.add(withheld ? row.withheld() : row.items() - row.withheld()));
    return new Chart.Series(name, values);
  }

  // --- drafts

  /** The documents a request names: {@code document=} (repeatable), else those the search {@code q} finds. */
  private List<String> selection(Context ctx, boolean required) throws IOException {
    List<String> ids = ctx.queryParams("document").stream().filter(s -> !s.isBlank()).map(String::strip).toList();
    String q = SearchParameters.param(ctx, "q");
    if (!ids.isEmpty()) {
      if (ids.size() > DRAFT_DOCUMENTS) {
        throw new BadRequestResponse("name at most " + DRAFT_DOCUMENTS + " documents, not " + ids.size());
      }
      Set<String> out = new LinkedHashSet<>();
      for (String id : ids) {
        out.add(archive.document(id).key());
      }
      return List.copyOf(out);
    }
    if (q == null) {
      if (required) {
        throw new BadRequestResponse("name the documents: document=ID (repeatable), or q=QUERY for those a search finds");
      }
      return null;
    }
    SearchRequest request = archive.byPerson(SearchRequest.builder().query(q).kind(EntryKind.DOCUMENT).build());
    List<String> out = new ArrayList<>();
    archive.engine().export(request, h -> out.add(h.id()));
    return out;
  }

  private RequestDraft.Draft drafted(Context ctx, String kindLabel) throws IOException {
    RequestDraft.Kind kind = kindLabel == null ? null : RequestDraft.Kind.ofLabel(kindLabel);
    if (kind == null) {
      throw new BadRequestResponse("kind must be appeal (a FOIA appeal) or mdr (Mandatory Declassification Review), not '"
          + (kindLabel == null ? "" : kindLabel) + "'");
    }
    ArchiveAnalysis a = Api.analysed(archive);
    List<String> documents = selection(ctx, true);
    if (documents.size() > DRAFT_DOCUMENTS) {
      throw new BadRequestResponse("the search finds " + documents.size() + " documents; a draft cites at most "
          + DRAFT_DOCUMENTS + ": narrow it");
    }
    return kind == RequestDraft.Kind.APPEAL
        ? RequestDraft.appeal(a.withheld(), a.correspondence(), documents, archive.today())
        : RequestDraft.mdr(a.withheld(), documents, archive.today());
  }

  private void draftPage(Context ctx) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (renderer.unavailable(ctx, a)) {
      return;
    }
    RequestDraft.Draft d = drafted(ctx, SearchParameters.param(ctx, "kind"));
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    renderer.render(ctx, "draft.jte", new DraftPage(d.kind().label(), d.subject(), d.plainText(), d.hasGrounds(),
        "/withheld/draft.txt" + query, "/withheld/draft.md" + query));
  }

  private void draftDownload(Context ctx) throws IOException {
    String format = ctx.pathParam("format");
    if (!format.equals("txt") && !format.equals("md")) {
      renderer.error(ctx, 404, "No such download", "A draft downloads as .txt or .md.");
      return;
    }
    RequestDraft.Draft d = drafted(ctx, SearchParameters.param(ctx, "kind"));
    ctx.header("Content-Disposition", "attachment; filename=\"readingroom-" + d.kind().label() + "." + format + "\"");
    ctx.contentType(format.equals("txt") ? "text/plain; charset=utf-8" : "text/markdown; charset=utf-8");
    ctx.result(format.equals("txt") ? d.plainText() : d.markdown());
  }

  // --- API

  private void draft(Context ctx) throws IOException {
    RequestDraft.Draft d = drafted(ctx, ctx.pathParam("kind"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", d.kind().label());
    out.put("subject", d.subject());
    out.put("hasGrounds", d.hasGrounds());
    out.put("markdown", d.markdown());
    out.put("text", d.plainText());
    ctx.json(out);
  }

  /**
   * The withholding log, one row per redaction (of the documents named or found, else of all); with
   * {@code releasedElsewhere=true}, the passages withheld in one document and shown in another, one
   * per redaction, with both documents and the text.
   */
  private void redactions(Context ctx) throws IOException {
    ArchiveAnalysis a = Api.analysed(archive);
    String flag = SearchParameters.param(ctx, "releasedElsewhere");
    if (flag != null && !flag.equals("true") && !flag.equals("false")) {
      throw new BadRequestResponse("releasedElsewhere must be true or false, not '" + flag + "'");
    }
    String format = SearchParameters.param(ctx, "format");
    if (format != null && !List.of("json", "csv", "jsonl").contains(format)) {
      throw new BadRequestResponse("format must be json, csv or jsonl, not '" + format + "'");
    }
    List<String> documents = selection(ctx, false);
    List<?> rows = "true".equals(flag) ? releasedRows(a, documents)
        : WithholdingLog.of(a.withheld(), a.correspondence(), documents);
    if (format == null || format.equals("json")) {
      int limit = SearchParameters.integer(ctx, "limit", 100);
      int offset = SearchParameters.integer(ctx, "offset", 0);
      if (limit > MAX_ROWS) {
        throw new BadRequestResponse("limit must be at most " + MAX_ROWS + "; page with offset, or download format=csv");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("total", rows.size());
      out.put("offset", offset);
      out.put("limit", limit);
      out.put("redactions", rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size())));
      ctx.json(out);
      return;
    }
    String name = "true".equals(flag) ? "readingroom-released-elsewhere" : "readingroom-withholding-log";
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
    StringBuilder sb = new StringBuilder();
    if (format.equals("jsonl")) {
      ctx.contentType("application/x-ndjson; charset=utf-8");
      for (Object row : rows) {
        sb.append(Api.JSON.writeValueAsString(row)).append('\n');
      }
    } else {
      ctx.contentType("text/csv; charset=utf-8");
      if ("true".equals(flag)) {
        sb.append(String.join(",", RELEASED_COLUMNS)).append("\r\n");
        for (Object row : rows) {
          Map<?, ?> r = (Map<?, ?>) row;
          List<String> cells = new ArrayList<>();
          for (String c : RELEASED_COLUMNS) {
            Object v = r.get(c);
            cells.add(v == null ? "" : v instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList())
                : String.valueOf(v));
          }
          sb.append(String.join(",", CsvCells.of(cells))).append("\r\n");
        }
      } else {
        sb.append(String.join(",", WithholdingLog.COLUMNS)).append("\r\n");
        for (Object row : rows) {
          sb.append(String.join(",", CsvCells.of(WithholdingLog.cells((WithholdingLog.Row) row)))).append("\r\n");
        }
      }
    }
    ctx.result(sb.toString());
  }

  static final List<String> RELEASED_COLUMNS = List.of("document", "docId", "page", "position", "message", "from",
      "sent", "subject", "codes", "place", "before", "text", "releasedIn", "releasedDocId", "releasedPosition",
      "alsoReleasedIn");

  /** The passages released elsewhere, as the API gives them: both documents, where, the codes and the text. */
  private static List<Map<String, Object>> releasedRows(ArchiveAnalysis a, List<String> documents) {
    Set<String> only = documents == null ? null : Set.copyOf(documents);
    Withheld w = a.withheld();
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReleasedElsewhere r : w.releasedElsewhere()) {
      if (only != null && !only.contains(r.withheldIn())) {
        continue;
      }
      ThreadMessage m = a.correspondence().message(r.message()).orElse(null);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document", r.withheldIn());
      row.put("docId", docId(w, r.withheldIn()));
      row.put("page", r.page());
      row.put("position", r.withheldPosition());
      row.put("message", r.message());
      row.put("from", m == null || m.from().isEmpty() ? null : m.from().get(0));
      row.put("sent", m == null || m.sent() == null ? null : m.sent().toString());
      row.put("subject", m == null ? null : m.subject());
      row.put("codes", r.codes());
      row.put("place", r.place().name().toLowerCase(Locale.ROOT));
      row.put("before", r.before());
      row.put("text", r.text());
      row.put("releasedIn", r.releasedIn());
      row.put("releasedDocId", docId(w, r.releasedIn()));
      row.put("releasedPosition", r.releasedPosition());
      row.put("alsoReleasedIn", r.alsoReleasedIn());
      row.put("href", Links.message(r.withheldIn(), r.withheldPosition()));
      row.put("releasedHref", Links.message(r.releasedIn(), r.releasedPosition()));
      out.add(row);
    }
    return out;
  }

  /** What was withheld, counted along one dimension ({@code by}), rows paged. */
  private void exemptions(Context ctx) throws IOException {
    Api.analysed(archive);
    String by = SearchParameters.param(ctx, "by");
    ExemptionReport.Dimension d = ExemptionReport.Dimension.ofLabel(by == null ? "code" : by);
    if (d == null) {
      throw new BadRequestResponse("by must be code, person, recipient, month, release or classification, not '" + by
          + "'");
    }
    int limit = SearchParameters.integer(ctx, "limit", 100);
    int offset = SearchParameters.integer(ctx, "offset", 0);
    if (limit > MAX_ROWS) {
      throw new BadRequestResponse("limit must be at most " + MAX_ROWS + "; page with offset");
    }
    ExemptionReport r = archive.withheld().report(d);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ExemptionReport.Row row : r.rows().subList(Math.min(offset, r.rows().size()),
        Math.min(offset + limit, r.rows().size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", row.key());
      m.put("label", row.label());
      m.put("items", row.items());
      m.put("withheld", row.withheld());
      m.put("share", row.share());
      m.put("markers", new TreeMap<>(row.markers()));
      rows.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("by", d.label());
    out.put("items", r.items());
    out.put("codes", r.codes());
    out.put("total", r.rows().size());
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("rows", rows);
    ctx.json(out);
  }
}
