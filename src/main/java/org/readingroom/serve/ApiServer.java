package org.readingroom.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.StoredRelease;
import org.readingroom.parse.ReleaseRecordJson;

/**
 * The JSON REST API over an archive, under {@code /api}. Handlers are a few lines that call the
 * engine; {@link Server} turns errors into JSON with a status: 400 for a malformed query or
 * parameter, 404 for an unknown id or route, 500 (logged, without internals) for anything else.
 */
public final class ApiServer {

  static final ObjectMapper JSON = new ObjectMapper();

  private final SearchEngine engine;
  private final String openApi = openApi();

  ApiServer(SearchEngine engine) {
    this.engine = engine;
  }

  void routes(io.javalin.Javalin app) {
    app.get("/api/search", ctx -> ctx.json(engine.search(SearchParameters.of(ctx, 20))));
    app.get("/api/documents/{id}", this::document);
    app.get("/api/stats", ctx -> ctx.json(engine.stats()));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
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
