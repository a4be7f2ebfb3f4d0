package org.readingroom.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.analysis.ArchiveAnalysis;
import org.readingroom.analysis.LiveAnalysis;
import org.readingroom.analysis.PeopleCuration;
import org.readingroom.archive.StoredRelease;
import org.readingroom.duplicates.CopyDifference;
import org.readingroom.duplicates.DuplicateCluster;
import org.readingroom.index.SearchEngine;
import org.readingroom.people.Person;
import org.readingroom.people.UnknownPersonException;
import org.readingroom.threads.MessageThread;
import org.readingroom.threads.ThreadMessage;

/**
 * The API over an archive's analysis: people (and curators' merges, splits, renames), messages,
 * threads, a document's messages and its near-duplicates. Each handler reads the current analysis
 * ({@link LiveAnalysis}), so an ingest or a curator's change shows at the next request.
 */
final class AnalysisRoutes {

  /** Aliases a person in a list shows; a person's own page shows all. */
  private static final int LISTED_ALIASES = 10;

  private final SearchEngine engine;
  private final LiveAnalysis analysis;
  private final PeopleCuration curation;

  AnalysisRoutes(SearchEngine engine, LiveAnalysis analysis, PeopleCuration curation) {
    this.engine = engine;
    this.analysis = analysis;
    this.curation = curation;
  }

  void routes(Javalin app) {
    app.get("/api/people", this::people);
    app.get("/api/people/{id}", this::person);
    app.post("/api/people/merge", this::merge);
    app.post("/api/people/{id}/split", this::split);
    app.post("/api/people/{id}/rename", this::rename);
    app.get("/api/messages/{id}", this::message);
    app.get("/api/threads/{id}", this::thread);
    app.get("/api/documents/{id}/messages", this::documentMessages);
    app.get("/api/documents/{id}/duplicates", this::duplicates);
    app.exception(UnknownPersonException.class, (e, ctx) -> ApiServer.error(ctx, 404, e.getMessage()));
  }

  private void people(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis.current();
    int limit = SearchParameters.integer(ctx, "limit", 50);
    int offset = SearchParameters.integer(ctx, "offset", 0);
    if (limit > 1000) {
      throw new BadRequestResponse("limit must be at most 1000; page with offset");
    }
    String q = SearchParameters.param(ctx, "q");
    List<Person> ranked = a.mostActive();
    if (q != null) {
      ranked = matching(a, q);
    }
    List<PersonView> page = new ArrayList<>();
    for (int i = offset; i < Math.min(ranked.size(), offset + limit); i++) {
      page.add(PersonView.of(ranked.get(i), a, LISTED_ALIASES));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", ranked.size());
    out.put("persons", page);
    ctx.json(out);
  }

  /** Persons whose name or an alias holds {@code q} (any case), most active first; the person {@code q} names first. */
  static List<Person> matching(ArchiveAnalysis a, String q) {
    String needle = q.toLowerCase(java.util.Locale.ROOT);
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
      boolean hit = p.name().toLowerCase(java.util.Locale.ROOT).contains(needle)
          || p.aliases().stream().anyMatch(al -> al.text().toLowerCase(java.util.Locale.ROOT).contains(needle));
      if (hit) {
        out.add(p);
      }
    }
    return out;
  }

  private void person(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis.current();
    String id = ctx.pathParam("id");
    Person p = a.people().resolve(id).orElseThrow(() -> new UnknownPersonException(id));
    ctx.json(PersonView.of(p, a, Integer.MAX_VALUE));
  }

  private void merge(Context ctx) throws IOException {
    List<String> ids = strings(body(ctx), "ids");
    Person merged = curation.merge(ids);
    ctx.json(PersonView.of(merged, analysis.current(), Integer.MAX_VALUE));
  }

  private void split(Context ctx) throws IOException {
    List<String> aliases = strings(body(ctx), "aliases");
    Person split = curation.split(ctx.pathParam("id"), aliases);
    ctx.json(PersonView.of(split, analysis.current(), Integer.MAX_VALUE));
  }

  private void rename(Context ctx) throws IOException {
    JsonNode name = body(ctx).get("name");
    if (name == null || !name.isTextual()) {
      throw new BadRequestResponse("the body needs \"name\": a string");
    }
    Person renamed = curation.rename(ctx.pathParam("id"), name.asText());
    ctx.json(PersonView.of(renamed, analysis.current(), Integer.MAX_VALUE));
  }

  private void message(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis.current();
    String id = ctx.pathParam("id");
    ThreadMessage m = a.correspondence().message(id)
        .orElseThrow(() -> new NotFoundResponse("no message with id '" + id + "'"));
    ctx.json(MessageView.of(m, a));
  }

  private void thread(Context ctx) throws IOException {
    ArchiveAnalysis a = analysis.current();
    String id = ctx.pathParam("id");
    MessageThread t = a.correspondence().thread(id)
        .orElseThrow(() -> new NotFoundResponse("no thread with id '" + id + "'"));
    List<MessageView> messages = new ArrayList<>();
    for (String m : t.messageIds()) {
      a.correspondence().message(m).ifPresent(x -> messages.add(MessageView.of(x, a)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", t.id());
    out.put("subject", t.subject());
    out.put("documents", t.documents());
    out.put("messages", messages);
    ctx.json(out);
  }

  /** Where each message of a document stands in the archive: its message id and thread, by position. */
  private void documentMessages(Context ctx) throws IOException {
    StoredRelease stored = document(ctx);
    ArchiveAnalysis a = analysis.current();
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < stored.record().messages().size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("position", i);
      ThreadMessage m = a.correspondence().messageAt(stored.key(), i).orElse(null);
      row.put("message", m == null ? null : m.id());
      row.put("thread", m == null ? null : m.threadId());
      row.put("appearances", m == null ? 0 : m.appearances().size());
      out.add(row);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("document", stored.key());
    body.put("messages", out);
    ctx.json(body);
  }

  /** The document's near-duplicates, each with how it differs from this document. */
  private void duplicates(Context ctx) throws IOException {
    StoredRelease stored = document(ctx);
    ArchiveAnalysis a = analysis.current();
    DuplicateCluster cluster = a.duplicates().of(stored.key()).orElse(null);
    List<Map<String, Object>> copies = new ArrayList<>();
    if (cluster != null) {
      for (DuplicateCluster.Copy copy : cluster.copies()) {
        if (copy.document().equals(stored.key())) {
          continue;
        }
        StoredRelease other = engine.release(copy.document()).orElse(null);
        if (other == null) {
          continue; // left the archive since the analysis
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", copy.document());
        row.put("similarityToFirst", copy.similarity());
        row.put("difference", CopyDifference.between(stored, other, a.correspondence()));
        copies.add(row);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("document", stored.key());
    body.put("cluster", cluster == null ? null : cluster.id());
    body.put("copies", copies);
    ctx.json(body);
  }

  private StoredRelease document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    return engine.release(id).orElseThrow(() -> new NotFoundResponse("no document with id '" + id + "'"));
  }

  /**
   * The JSON object a curation request sends. Only as {@code application/json}: a page of another
   * site can post a form to a reading room on localhost, but not with that type (the browser asks
   * first, and this server never says yes), so no web page can curate the archive behind its
   * reader's back.
   */
  private static JsonNode body(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new io.javalin.http.HttpResponseException(415,
          "send the body as Content-Type: application/json, not " + (type == null ? "no type" : "'" + type + "'"));
    }
    try {
      JsonNode n = ApiServer.JSON.readTree(ctx.body());
      if (n == null || !n.isObject()) {
        throw new BadRequestResponse("the body must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  private static List<String> strings(JsonNode body, String field) {
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
