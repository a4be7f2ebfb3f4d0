package org.readingroom.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.readingroom.analysis.LiveAnalysis;
import org.readingroom.analysis.PeopleCuration;
import org.readingroom.analysis.PersonSearch;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.Originals;
import org.readingroom.archive.StoredRelease;
import org.readingroom.extract.OriginalPages;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.record.ReleaseRecordJson;

/**
 * The JSON REST API over an archive, under {@code /api}. Handlers are a few lines that call the
 * engine; {@link Server} turns errors into JSON with a status: 400 for a malformed query or
 * parameter, 404 for an unknown id or route, 500 (logged, without internals) for anything else. A
 * document read from a PDF or a scan also offers its original and its pages as images ({@link
 * Originals}).
 */
public final class ApiServer {

  static final ObjectMapper JSON = new ObjectMapper();

  private final SearchEngine engine;
  /** Null for a server of the search engine alone (then every original is a 404). */
  private final Originals originals;
  private final OriginalPages pages;
  /** People, messages, threads and duplicates; null for a server of the search engine alone. */
  private final LiveAnalysis analysis;
  private final PeopleCuration curation;
  private final String openApi = openApi();

  /**
   * The API of an archive: {@code archive} gives the originals, the analysis and where curators'
   * changes are kept; null for the search engine alone.
   */
  ApiServer(SearchEngine engine, ArchiveLayout archive, LiveAnalysis analysis) {
    this.engine = engine;
    this.originals = archive == null ? null : new Originals(archive);
    this.pages = originals == null ? null : new OriginalPages(originals);
    this.analysis = analysis;
    this.curation = archive == null ? null : new PeopleCuration(archive);
  }

  void routes(Javalin app) {
    app.get("/api/search", ctx -> ctx.json(engine.search(byPerson(SearchParameters.of(ctx, 20)))));
    app.get("/api/documents/{id}", this::document);
    app.get("/api/documents/{id}/original", this::original);
    app.get("/api/documents/{id}/pages/{page}", this::pageImage);
    app.get("/api/stats", ctx -> ctx.json(engine.stats()));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    if (analysis != null) {
      new AnalysisRoutes(engine, analysis, curation).routes(app);
    }
  }

  private StoredRelease stored(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    return engine.release(id).orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'"));
  }

  /** A sender or recipient that names a person matches every alias of that person. */
  private SearchRequest byPerson(SearchRequest request) throws IOException {
    return analysis == null ? request : PersonSearch.expand(request, analysis.current().people());
  }

  private void document(Context ctx) throws IOException {
    StoredRelease stored = stored(ctx);
    ObjectNode out = JSON.createObjectNode();
    out.put("key", stored.key());
    out.set("record", JSON.readTree(ReleaseRecordJson.line(stored.record())));
    Optional<Originals.Original> original = original(stored);
    if (original.isPresent()) {
      ObjectNode o = out.putObject("original");
      o.put("contentType", original.get().contentType());
      o.put("pages", original.get().pages());
      o.put("url", "/api/documents/" + stored.key() + "/original");
      o.put("pageImageUrl", "/api/documents/" + stored.key() + "/pages/{page}");
    } else {
      out.putNull("original");
    }
    ctx.json(out);
  }

  private Optional<Originals.Original> original(StoredRelease stored) throws IOException {
    return originals == null ? Optional.empty() : originals.find(stored.key());
  }

  private Originals.Original requireOriginal(StoredRelease stored) throws IOException {
    return original(stored).orElseThrow(() -> new NotFoundResponse(
        "document '" + stored.key() + "' has no original: it was ingested as text, not from a PDF or a scan"));
  }

  /** The PDF or scan a document was read from, as it was published. */
  private void original(Context ctx) throws IOException {
    Originals.Original original = requireOriginal(stored(ctx));
    ctx.header("Content-Disposition", "inline; filename=\"" + original.file().getFileName() + "\"");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(original.contentType()).result(Files.newInputStream(original.file()));
  }

  /** One page of the original as a PNG image. */
  private void pageImage(Context ctx) throws IOException, InterruptedException {
    String raw = ctx.pathParam("page");
    int page;
    try {
      page = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("page must be a page number from 1, not '" + raw + "'");
    }
    if (page < 1) {
      throw new BadRequestResponse("page must be a page number from 1, not " + page);
    }
    StoredRelease stored = stored(ctx);
    Originals.Original original = requireOriginal(stored);
    if (page > original.pages()) {
      throw new NotFoundResponse("document '" + stored.key() + "' has " + original.pages() + " pages, no page " + page);
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType("image/png").result(pages.png(original, page));
  }

  static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message == null ? "error" : message);
    ctx.status(status).json(body);
  }

  private static String openApi() {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.json is missing from the jar", e);
    }
  }
}
