package org.readingroom.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A search: a query in the query syntax (words, "phrases", "a b"~5, AND/OR/NOT, field:value,
 * fuzzy~, prefix*) narrowed by filters. Null filters do not narrow.
 *
 * @param from sender (name or address words)
 * @param to recipient, To or Cc
 * @param since first day, inclusive
 * @param until last day, inclusive
 * @param release {@code PART} or {@code FULL}
 * @param exemption an exemption code the release stamp lists, e.g. {@code B6}
 * @param kind {@code message} or {@code document}
 * @param senders senders exactly as the sender facet names them (a party's name as printed, else
 *     its address): when not empty, the sender is one of them. A person's aliases.
 * @param recipients the same for a recipient (To or Cc) and the recipient facet
 */
public record SearchRequest(
    String query,
    String from,
    String to,
    LocalDate since,
    LocalDate until,
    String release,
    String exemption,
    String kind,
    String year,
    Sort sort,
    int offset,
    int limit,
    boolean facets,
    List<String> senders,
    List<String> recipients) {

  /** The most hits one page may hold. */
  public static final int MAX_LIMIT = 1000;

  public enum Sort {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more: " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ": " + limit);
    }
    if (kind != null && !kind.equals("message") && !kind.equals("document")) {
      throw new IllegalArgumentException("kind must be message or document: " + kind);
    }
    sort = sort == null ? Sort.RELEVANCE : sort;
    senders = senders == null ? List.of() : List.copyOf(senders);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /** A search without sender and recipient lists: the filters {@code from} and {@code to} match words. */
  public SearchRequest(String query, String from, String to, LocalDate since, LocalDate until, String release,
      String exemption, String kind, String year, Sort sort, int offset, int limit, boolean facets) {
    this(query, from, to, since, until, release, exemption, kind, year, sort, offset, limit, facets, List.of(),
        List.of());
  }

  /**
   * A day as typed on a command line or in a URL: {@code 2011}, {@code 2011-03} or {@code
   * 2011-03-08}, read as the first (or last) day it covers.
   *
   * @throws QuerySyntaxException when it is not such a date
   */
  public static LocalDate parseDay(String typed, boolean first) {
    String t = typed.strip();
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(t);
        return first ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new QuerySyntaxException("not a date: '" + typed + "' (use 2011, 2011-03 or 2011-03-08)");
    }
  }

  /** Everything, first page. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 0, 20, false);
  }

  public SearchRequest withFacets(boolean on) {
    return new SearchRequest(query, from, to, since, until, release, exemption, kind, year, sort, offset, limit, on,
        senders, recipients);
  }

  public SearchRequest withPage(int newOffset, int newLimit) {
    return new SearchRequest(query, from, to, since, until, release, exemption, kind, year, sort, newOffset, newLimit,
        facets, senders, recipients);
  }

  public SearchRequest withKind(String newKind) {
    return new SearchRequest(query, from, to, since, until, release, exemption, newKind, year, sort, offset, limit,
        facets, senders, recipients);
  }

  /**
   * The same search with its sender and recipient filters as lists of exact facet values (a
   * person's aliases, for instance) instead of words; a null list keeps that filter as it was.
   */
  public SearchRequest withParties(List<String> newSenders, List<String> newRecipients) {
    return new SearchRequest(query, newSenders == null ? from : null, newRecipients == null ? to : null, since,
        until, release, exemption, kind, year, sort, offset, limit, facets,
        newSenders == null ? senders : newSenders, newRecipients == null ? recipients : newRecipients);
  }
}
