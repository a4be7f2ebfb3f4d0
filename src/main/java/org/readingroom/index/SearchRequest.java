package org.readingroom.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * A search: a query in the query syntax (words, "phrases", "a b"~5, AND/OR/NOT, field:value,
 * fuzzy~, prefix*) narrowed by filters. Null filters do not narrow. Build one with {@link #builder()}.
 *
 * @param from sender (name or address words)
 * @param to recipient, To or Cc (name or address words)
 * @param sender sender exactly as a facet names it ({@code Mills, Cheryl D})
 * @param recipient recipient (To or Cc) exactly as a facet names it
 * @param since first day, inclusive
 * @param until last day, inclusive
 * @param release {@code PART} or {@code FULL}
 * @param exemption an exemption code the release stamp lists, e.g. {@code B6}
 * @param kind messages or documents only; null for both
 * @param senders senders exactly as the sender facet names them (a party's name as printed, else
 *     its address): when not empty, the sender is one of them. A person's aliases.
 * @param recipients the same for a recipient (To or Cc) and the recipient facet
 * @param personAliases the persons the query names in {@code from:}, {@code to:} or {@code
 *     recipient:}: each name as typed (see {@link NamedPersons}) with every alias of the person it
 *     names, which such a field then matches exactly too (as {@code senders} does); a name not
 *     here matches words
 * @param after where the page starts: the {@link SearchResult#next()} of the page before, an
 *     opaque cursor of the engine's (null for the first page); a request with one has offset 0
 * @param copies whether a message printed in several documents is one hit (its fullest printing)
 *     or a hit per printing; either way only with {@code groups} to say which printings are one
 * @param groups what the archive's analysis says of the entries (messages, persons); {@link
 *     Groups#NONE} when there is none: printings and names as printed
 * @param facetValues how many values each facet lists (the periods list all)
 */
public record SearchRequest(
    String query,
    String from,
    String to,
    String sender,
    String recipient,
    LocalDate since,
    LocalDate until,
    String release,
    String exemption,
    String classification,
    EntryKind kind,
    String year,
    Sort sort,
    int offset,
    int limit,
    boolean facets,
    List<String> senders,
    List<String> recipients,
    Map<String, List<String>> personAliases,
    String after,
    Copies copies,
    Groups groups,
    int facetValues) {

  /** The most hits one page may hold. */
  public static final int MAX_LIMIT = 1000;

  /**
   * The deepest a page may end by offset ({@code offset + limit}): an engine gathers that many
   * hits to skip the first {@code offset}, so a deeper page is read by cursor ({@link #after()}),
   * which costs one page whatever its depth.
   */
  public static final int MAX_WINDOW = 10_000;

  /** The values a facet lists unless a request asks for more. */
  public static final int FACET_VALUES = 10;

  /** The most values a facet may list. */
  public static final int MAX_FACET_VALUES = 500;

  /** Whether a message printed in several documents is one hit or one per printing. */
  public enum Copies {
    /**
     * One hit per message: its fullest printing; and a document whose top message is shown from
     * another document is left out as a copy ({@link Groups#documentsShownElsewhere}).
     */
    ONE,
    /**
     * One hit per message, as {@link #ONE}, but every document: what exports of documents read
     * (a JSON Lines export of the whole archive is the whole archive).
     */
    DOCUMENTS,
    /** A hit per printing. */
    ALL;

    /** As links, the API and the command line write it: {@code one}, {@code documents}, {@code all}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The choice a reader named; null when it is none. */
    public static Copies ofLabel(String label) {
      for (Copies c : values()) {
        if (c.label().equals(label)) {
          return c;
        }
      }
      return null;
    }
  }

  public enum Sort {
    RELEVANCE("relevance"),
    /** Newest first. */
    DATE("date"),
    /** Oldest first. */
    DATE_ASCENDING("oldest"),
    /** Soonest declassify-on date first. */
    DECLASSIFY("declassify");

    /** The orders a reader picks from (the declassification order is the home page's own). */
    public static final List<Sort> READER_ORDERS = List.of(RELEVANCE, DATE, DATE_ASCENDING);

    private final String label;

    Sort(String label) {
      this.label = label;
    }

    /** As links and the API write it: {@code relevance}, {@code date}, {@code oldest}. */
    public String label() {
      return label;
    }

    /** The reader's order with this label, or null when it is none. */
    public static Sort ofLabel(String label) {
      for (Sort s : READER_ORDERS) {
        if (s.label.equals(label)) {
          return s;
        }
      }
      return null;
    }
  }

  public SearchRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more: " + offset);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ": " + limit);
    }
    if ((long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException("offset + limit must be at most " + MAX_WINDOW + " (here " + ((long) offset + limit)
          + "); read deeper pages with the cursor: pass each answer's 'next' as 'cursor'");
    }
    if (after != null && offset != 0) {
      throw new IllegalArgumentException("a page read by cursor starts where the cursor says: give no offset with it");
    }
    sort = sort == null ? Sort.RELEVANCE : sort;
    senders = senders == null ? List.of() : List.copyOf(senders);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    personAliases = personAliases == null ? Map.of() : Map.copyOf(personAliases);
    copies = copies == null ? Copies.ONE : copies;
    groups = groups == null ? Groups.NONE : groups;
    facetValues = facetValues <= 0 ? FACET_VALUES : facetValues;
    if (facetValues > MAX_FACET_VALUES) {
      throw new IllegalArgumentException("a facet lists at most " + MAX_FACET_VALUES + " values: " + facetValues);
    }
  }

  /** Everything, first page of 20, no facets. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.query = query;
    b.from = from;
    b.to = to;
    b.sender = sender;
    b.recipient = recipient;
    b.since = since;
    b.until = until;
    b.release = release;
    b.exemption = exemption;
    b.classification = classification;
    b.kind = kind;
    b.year = year;
    b.sort = sort;
    b.offset = offset;
    b.limit = limit;
    b.facets = facets;
    b.senders = senders;
    b.recipients = recipients;
    b.personAliases = personAliases;
    b.after = after;
    b.copies = copies;
    b.groups = groups;
    b.facetValues = facetValues;
    return b;
  }

  /**
   * The same search with its sender and recipient filters as lists of exact facet values (a
   * person's aliases, for instance) instead of words; a null list keeps that filter as it was.
   */
  public SearchRequest withParties(List<String> newSenders, List<String> newRecipients) {
    Builder b = toBuilder();
    if (newSenders != null) {
      b.from(null).senders(newSenders);
    }
    if (newRecipients != null) {
      b.to(null).recipients(newRecipients);
    }
    return b.build();
  }

  public SearchRequest withFacets(boolean on) {
    return toBuilder().facets(on).build();
  }

  public SearchRequest withPage(int newOffset, int newLimit) {
    return toBuilder().offset(newOffset).limit(newLimit).after(null).build();
  }

  /** The page of {@code newLimit} hits after the cursor {@code next} (null: the first page). */
  public SearchRequest after(String next, int newLimit) {
    return toBuilder().offset(0).limit(newLimit).after(next).build();
  }

  public SearchRequest withKind(EntryKind newKind) {
    return toBuilder().kind(newKind).build();
  }

  /** Builds a {@link SearchRequest}; unset filters do not narrow. */
  public static final class Builder {
    private String query;
    private String from;
    private String to;
    private String sender;
    private String recipient;
    private LocalDate since;
    private LocalDate until;
    private String release;
    private String exemption;
    private String classification;
    private EntryKind kind;
    private String year;
    private Sort sort = Sort.RELEVANCE;
    private int offset;
    private int limit = 20;
    private boolean facets;
    private List<String> senders = List.of();
    private List<String> recipients = List.of();
    private Map<String, List<String>> personAliases = Map.of();
    private String after;
    private Copies copies = Copies.ONE;
    private Groups groups = Groups.NONE;
    private int facetValues = FACET_VALUES;

    public Builder query(String v) {
      query = v;
      return this;
    }

    public Builder from(String v) {
      from = v;
      return this;
    }

    public Builder to(String v) {
      to = v;
      return this;
    }

    public Builder sender(String v) {
      sender = v;
      return this;
    }

    public Builder recipient(String v) {
      recipient = v;
      return this;
    }

    public Builder since(LocalDate v) {
      since = v;
      return this;
    }

    public Builder until(LocalDate v) {
      until = v;
      return this;
    }

    public Builder release(String v) {
      release = v;
      return this;
    }

    public Builder exemption(String v) {
      exemption = v;
      return this;
    }

    public Builder classification(String v) {
      classification = v;
      return this;
    }

    public Builder kind(EntryKind v) {
      kind = v;
      return this;
    }

    public Builder year(String v) {
      year = v;
      return this;
    }

    public Builder sort(Sort v) {
      sort = v;
      return this;
    }

    public Builder offset(int v) {
      offset = v;
      return this;
    }

    public Builder limit(int v) {
      limit = v;
      return this;
    }

    public Builder facets(boolean v) {
      facets = v;
      return this;
    }

    /** Any of these senders, exactly as the sender facet names them (a person's aliases). */
    public Builder senders(List<String> v) {
      senders = v;
      return this;
    }

    /** Any of these recipients, exactly as the recipient facet names them. */
    public Builder recipients(List<String> v) {
      recipients = v;
      return this;
    }

    /** The aliases of each person the query names in from:, to: or recipient:, by the name as typed. */
    public Builder personAliases(Map<String, List<String>> v) {
      personAliases = v;
      return this;
    }

    /** The cursor the page starts after: a {@link SearchResult#next()}; null for the first page. */
    /** One hit per message (the default), or one per printing. */
    public Builder copies(Copies v) {
      copies = v;
      return this;
    }

    /** What the archive's analysis says of the entries: messages, persons. */
    public Builder groups(Groups v) {
      groups = v;
      return this;
    }

    /** How many values each facet lists. */
    public Builder facetValues(int v) {
      facetValues = v;
      return this;
    }

    public Builder after(String v) {
      after = v;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(query, from, to, sender, recipient, since, until, release, exemption, classification,
          kind, year, sort, offset, limit, facets, senders, recipients, personAliases, after, copies, groups, facetValues);
    }
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
}
