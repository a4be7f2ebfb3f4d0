package org.readingroom.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readingroom.analysis.ArchiveAnalysis;

/**
 * What the JSON API's handlers share: one JSON mapper, errors as JSON with a status, the analysis a
 * route needs (a 404 that says so where there is none), and the bodies curators send.
 */
final class Api {
  private Api() {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** An error as the API answers it: {@code {"status": 404, "error": "..."}}. */
  static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message == null ? "error" : message);
    ctx.status(status).json(body);
  }

  /**
   * The archive's analysis, or a 404 when it is served without one, a 503 when its files cannot be
   * read.
   */
  static ArchiveAnalysis analysed(ServedArchive archive) throws IOException {
    ArchiveAnalysis a = archive.analysis();
    if (a.problem() != null) {
      throw new HttpResponseException(503, ServedArchive.unavailable(a.problem()));
    }
    if (!a.analysed()) {
      throw new NotFoundResponse("this archive has no analysis of its people and messages: run readingroom ingest");
    }
    return a;
  }

  /**
   * The JSON object a curation request sends. Only as {@code application/json}: a page of another
   * site can post a form to a reading room on localhost, but not with that type (the browser asks
   * first, and this server never says yes), so no web page can curate the archive behind its
   * reader's back.
   */
  static JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpResponseException(415,
          "send the body as Content-Type: application/json, not " + (type == null ? "no type" : "'" + type + "'"));
    }
    try {
      JsonNode n = JSON.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw new BadRequestResponse("the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  /** The body's list of strings {@code field}, or a 400 that says what it must be. */
  static List<String> strings(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || !n.isArray() || n.isEmpty()) {
      throw new BadRequestResponse("the body needs \"" + field + "\": a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : n) {
      if (!x.isTextual()) {
        throw new BadRequestResponse("\"" + field + "\" must hold strings only");
      }
      out.add(x.asText());
    }
    return out;
  }
}
