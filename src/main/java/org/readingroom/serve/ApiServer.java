package org.readingroom.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readingroom.analysis.LiveAnalysis;
import org.readingroom.analysis.PeopleCuration;
import org.readingroom.index.QuerySyntaxException;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.StoredRelease;
import org.readingroom.ingest.ArchiveLayout;
import org.readingroom.parse.ReleaseRecordJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON REST API over an archive, on Javalin (Jetty). Handlers are a few lines that call the
 * engine; errors are JSON with a status: 400 for a malformed query or parameter, 404 for an unknown
 * id or route, 500 (logged, without internals) for anything else.
 */
public final class ApiServer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  static final ObjectMapper JSON = new ObjectMapper();

  private final SearchEngine engine;
  /** People, messages, threads and duplicates; null for a server of the search engine alone. */
  private final LiveAnalysis analysis;
  private final String openApi = openApi();

  private ApiServer(SearchEngine engine, LiveAnalysis analysis) {
    this.engine = engine;
    this.analysis = analysis;
  }

  /** A server for {@code engine}, not yet started. */
  public static Javalin create(SearchEngine engine) {
    return create(engine, null);
  }

  /**
   * A server for {@code engine} and the archive's analysis (people, messages, threads,
   * duplicates), whose curation changes are kept in {@code archive}; not yet started.
   */
  public static Javalin create(SearchEngine engine, ArchiveLayout archive) {
    ApiServer api = new ApiServer(engine, archive == null ? null : new LiveAnalysis(archive));
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(JSON, false));
      config.http.maxRequestSize = 64 * 1024;
    });
    api.routes(app);
    if (archive != null) {
      new AnalysisRoutes(engine, api.analysis, new PeopleCuration(archive)).routes(app);
    }
    return app;
  }

  void routes(Javalin app) {
    app.get("/api/search", ctx -> ctx.json(engine.search(byPerson(SearchParameters.of(ctx, 20)))));
    app.get("/api/documents/{id}", this::document);
    app.get("/api/stats", ctx -> ctx.json(engine.stats()));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} failed", ctx.path(), e);
      error(ctx, 500, "the server failed on this request");
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "no such page: " + ctx.path());
      }
    });
  }

  /** A sender or recipient that names a person matches every alias of that person. */
  private SearchRequest byPerson(SearchRequest request) throws IOException {
    return analysis == null ? request : analysis.current().people().expand(request);
  }

  private void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    StoredRelease stored = engine.release(id)
        .orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'"));
    ObjectNode out = JSON.createObjectNode();
    out.put("key", stored.key());
    out.set("record", JSON.readTree(ReleaseRecordJson.line(stored.record())));
    ctx.json(out);
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
