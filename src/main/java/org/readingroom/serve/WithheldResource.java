package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.text.CsvCells;
import org.readingroom.threads.ThreadMessage;
import org.readingroom.withheld.ExemptionReport;
import org.readingroom.withheld.ReleasedElsewhere;
import org.readingroom.withheld.Withheld;
import org.readingroom.withheld.WithholdingLog;

/**
 * What was withheld: the Withheld page (figures and charts by code, person, month and release;
 * passages one document withholds and another shows, side by side; exemptions printed unevenly;
 * its model is {@link WithheldViews}) and its API: {@code /api/redactions} (the withholding log, or
 * the passages released elsewhere) and {@code /api/analytics/exemptions}. Drafted requests are
 * {@link DraftResource}'s.
 */
final class WithheldResource {

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
    app.get("/api/redactions", this::redactions);
    app.get("/api/analytics/exemptions", this::exemptions);
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
    renderer.render(ctx, "withheld.jte", WithheldViews.page(archive.withheld(), archive.today(), code(ctx),
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

  // --- API

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
    List<String> documents = DraftResource.selection(archive, ctx, false);
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
      row.put("docId", WithheldViews.docId(w, r.withheldIn()));
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
      row.put("releasedDocId", WithheldViews.docId(w, r.releasedIn()));
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
