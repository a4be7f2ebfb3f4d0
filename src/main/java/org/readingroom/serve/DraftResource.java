package org.readingroom.serve;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.index.EntryKind;
import org.readingroom.index.SearchRequest;
import org.readingroom.withheld.RequestDraft;

/**
 * Drafted requests: a FOIA appeal or a Mandatory Declassification Review request for the documents
 * a request names or a search finds, as a page to edit ({@code /withheld/draft}), a download
 * ({@code /withheld/draft.txt}, {@code .md}) and {@code /api/drafts/{kind}}. Not legal advice: the
 * page and every draft say so.
 */
final class DraftResource {

  /** Documents a draft cites at most: a request longer than that is not read. */
  static final int DRAFT_DOCUMENTS = 200;

  private final ServedArchive archive;
  private final Renderer renderer;

  DraftResource(ServedArchive archive, Renderer renderer) {
    this.archive = archive;
    this.renderer = renderer;
  }

  void routes(Javalin app) {
    app.get("/withheld/draft", this::draftPage);
    app.get("/withheld/draft.{format}", this::draftDownload);
    app.get("/api/drafts/{kind}", this::draft);
  }

  /** The page of a drafted request for the given documents. */
  static String draftHref(String kind, List<String> documents) {
    StringBuilder sb = new StringBuilder("/withheld/draft?kind=").append(kind);
    documents.stream().limit(DRAFT_DOCUMENTS).forEach(d -> sb.append("&document=").append(Links.encode(d)));
    return sb.toString();
  }

  /** The documents a request names: {@code document=} (repeatable), else those the search {@code q} finds. */
  static List<String> selection(ServedArchive archive, Context ctx, boolean required) throws IOException {
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
    SearchRequest request = archive.byPerson(SearchRequest.builder().query(q).kind(EntryKind.DOCUMENT)
        .copies(SearchRequest.Copies.DOCUMENTS).build()); // every document found, a copy as much as another
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
    List<String> documents = selection(archive, ctx, true);
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
}
