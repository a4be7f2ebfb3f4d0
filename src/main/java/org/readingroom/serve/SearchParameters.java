package org.readingroom.serve;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.readingroom.index.EntryKind;
import org.readingroom.index.SearchRequest;
import org.readingroom.people.People;

/** Reads a search from a request's query string: the CLI's options, as parameters. */
final class SearchParameters {
  private SearchParameters() {}

  static SearchRequest of(Context ctx, int defaultLimit) {
    String sort = param(ctx, "sort");
    SearchRequest.Sort order = sort == null ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.ofLabel(sort);
    if (order == null) {
      throw new BadRequestResponse("sort must be relevance, date or oldest, not '" + sort + "'");
    }
    EntryKind kind = kind(ctx);
    int limit = integer(ctx, "limit", defaultLimit);
    if (limit > SearchRequest.MAX_LIMIT) {
      throw new BadRequestResponse("limit must be at most " + SearchRequest.MAX_LIMIT
          + "; read the next page with 'cursor' (each answer's 'next')");
    }
    String facets = param(ctx, "facets");
    return SearchRequest.builder()
        .query(param(ctx, "q"))
        .from(name(ctx, "from"))
        .to(name(ctx, "to"))
        .sender(name(ctx, "sender"))
        .recipient(name(ctx, "recipient"))
        .since(day(ctx, "since", true))
        .until(day(ctx, "until", false))
        .release(param(ctx, "release"))
        .exemption(param(ctx, "exemption"))
        .classification(param(ctx, "classification"))
        .kind(kind)
        .year(param(ctx, "year"))
        .sort(order)
        .offset(integer(ctx, "offset", 0))
        .limit(limit)
        .after(param(ctx, "cursor"))
        .facets(facets == null || !facets.equals("false"))
        .copies(copies(ctx))
        .facetValues(values(ctx))
        .build();
  }

  /** {@code copies=all} lists every printing of a message; one hit per message otherwise. */
  static SearchRequest.Copies copies(Context ctx) {
    String v = param(ctx, "copies");
    SearchRequest.Copies c = v == null ? SearchRequest.Copies.ONE : SearchRequest.Copies.ofLabel(v);
    if (c == null) {
      throw new BadRequestResponse("copies must be one, documents or all, not '" + v + "'");
    }
    return c;
  }

  /** The facet values a search page's links ask for. */
  static int valuesOf(Links links) {
    try {
      return links.has("values") ? Integer.parseInt(links.get("values")) : SearchRequest.FACET_VALUES;
    } catch (NumberFormatException e) {
      return SearchRequest.FACET_VALUES;
    }
  }

  /** How many values each facet lists: {@code values=50}; the default when not given. */
  static int values(Context ctx) {
    int v = integer(ctx, "values", SearchRequest.FACET_VALUES);
    if (v < 1 || v > SearchRequest.MAX_FACET_VALUES) {
      throw new BadRequestResponse("values must be 1 to " + SearchRequest.MAX_FACET_VALUES + ", not " + v);
    }
    return v;
  }

  /** The {@code kind} asked for; null for both. */
  static EntryKind kind(Context ctx) {
    String kind = param(ctx, "kind");
    if (kind != null && !kind.equals("message") && !kind.equals("document")) {
      throw new BadRequestResponse("kind must be message or document, not '" + kind + "'");
    }
    return kind == null ? null : EntryKind.parse(kind);
  }

  /** A person's id, name or address: at most {@link People#MAX_TYPED} characters, or a 400 that says so. */
  static String name(Context ctx, String parameter) {
    String v = param(ctx, parameter);
    if (v != null && v.length() > People.MAX_TYPED) {
      throw new BadRequestResponse(parameter + " names a person, an id, name or address of at most " + People.MAX_TYPED
          + " characters; this one has " + v.length());
    }
    return v;
  }

  static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  static int integer(Context ctx, String name, int fallback) {
    String v = param(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new BadRequestResponse(name + " must be 0 or more, not " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, not '" + v + "'");
    }
  }

  /** {@code 2011}, {@code 2011-03} or {@code 2011-03-08}: the first or last day it covers. */
  static LocalDate day(Context ctx, String name, boolean first) {
    String v = param(ctx, name);
    return v == null ? null : SearchRequest.parseDay(v, first);
  }
}
