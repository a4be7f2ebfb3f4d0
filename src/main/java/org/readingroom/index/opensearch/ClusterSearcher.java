package org.readingroom.index.opensearch;

import static org.readingroom.index.IndexFields.DATE;
import static org.readingroom.index.IndexFields.DECLASSIFY;
import static org.readingroom.index.IndexFields.DOC_ID;
import static org.readingroom.index.IndexFields.FACETS;
import static org.readingroom.index.IndexFields.FACET_MONTH;
import static org.readingroom.index.IndexFields.FACET_RECIPIENT;
import static org.readingroom.index.IndexFields.FACET_SENDER;
import static org.readingroom.index.IndexFields.FACET_YEAR;
import static org.readingroom.index.IndexFields.ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Groups;
import org.readingroom.index.Hit;
import org.readingroom.index.ReadersQuery;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.index.SearchResult.FacetCount;
import org.readingroom.index.SearchTimeoutException;
import org.readingroom.index.Snippet;

/**
 * Runs a search on the cluster: a page of hits in the request's order (by offset for the first
 * pages, then by point in time and {@code search_after}), the total, facet counts as terms
 * aggregations, and snippets from the unified highlighter, marked with characters no text holds.
 */
final class ClusterSearcher {

  /** Hits read at once when every hit is read (an export, a whole-archive pass). */
  static final int CHUNK = 1000;
  /** How long a point in time is kept between two pages. */
  static final String KEEP_ALIVE = "10m";
  /** Facets whose every value is shown, in time order. */
  private static final List<String> PERIODS = List.of(FACET_YEAR, FACET_MONTH);
  private static final int MAX_PERIODS = 1000;
  /** Person facets are counted from every value a person may print (a person counts once per value). */
  private static final int PERSON_VALUES = 10_000;
  private static final int SNIPPET_LENGTH = 180;
  private static final String OPEN = "\uE000";
  private static final String CLOSE = "\uE001";

  private final Cluster cluster;
  private final String alias;
  /** How long a search may run on the cluster; null: to the end. */
  private final Duration budget;

  ClusterSearcher(Cluster cluster, String alias, Duration budget) {
    this.cluster = cluster;
    this.alias = alias;
    this.budget = budget;
  }

  SearchResult search(SearchRequest request, ObjectNode query, ObjectNode highlighted, long startNanos)
      throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", collapsed(request, query));
    body.put("track_total_hits", true);
    body.set("sort", sort(request.sort()));
    body.put("track_scores", true);
    body.putArray("_source").add(IndexDesign.HIT_SOURCE);
    PageCursor cursor = request.after() == null ? null : PageCursor.read(request.after(), request.sort());
    String endpoint = "/" + alias + "/_search";
    if (cursor != null) {
      String pit = cursor.pit() != null ? cursor.pit() : openPit();
      body.putObject("pit").put("id", pit).put("keep_alive", KEEP_ALIVE);
      body.set("search_after", cursor.after());
      body.put("size", request.limit());
      endpoint = "/_search";
    } else {
      body.put("from", request.offset());
      body.put("size", request.limit());
    }
    if (request.limit() > 0) {
      ObjectNode text = body.putObject("highlight").putObject("fields").putObject(org.readingroom.index.IndexFields.TEXT);
      text.put("type", "unified").put("number_of_fragments", 1).put("fragment_size", SNIPPET_LENGTH)
          .put("no_match_size", SNIPPET_LENGTH).set("highlight_query", highlighted);
      text.putArray("pre_tags").add(OPEN);
      text.putArray("post_tags").add(CLOSE);
    }
    Groups groups = request.groups();
    if (request.facets()) {
      body.set("aggs", facetAggregations(request.facetValues(), !groups.personOfAlias().isEmpty()));
    }
    if (budget != null) {
      body.put("timeout", Math.max(1, budget.toMillis()) + "ms");
    }
    JsonNode answer = cluster.call("POST", endpoint, body);
    if (answer.path("timed_out").asBoolean(false)) {
      throw new SearchTimeoutException(budget);
    }
    long total = answer.path("hits").path("total").path("value").asLong();
    JsonNode found = answer.path("hits").path("hits");
    List<Hit> hits = new ArrayList<>();
    for (JsonNode h : found) {
      hits.add(hit(h, snippet(h), groups));
    }
    Map<String, List<FacetCount>> counts = Map.of();
    if (request.facets()) {
      counts = facets(answer.path("aggregations"), request.facetValues(), groups);
      if (!groups.personOfAlias().isEmpty()) {
        counts = exactPersons(counts, answer.path("aggregations"), (ObjectNode) body.get("query"),
            cursor == null ? endpoint : "/" + alias + "/_search", request.facetValues(), groups);
      }
    }
    boolean more = cursor != null ? hits.size() == request.limit() : request.offset() + hits.size() < total;
    String next = null;
    if (more && !hits.isEmpty()) {
      JsonNode pit = answer.get("pit_id");
      next = new PageCursor(request.sort().label(), pit == null ? null : pit.asText(),
          found.get(found.size() - 1).path("sort")).encode();
    }
    return new SearchResult(total, hits, counts, (System.nanoTime() - startNanos) / 1e6, next);
  }

  /** Every hit of a query, in the request's order, without snippets, from one point in time. */
  void export(SearchRequest request, ObjectNode query, Consumer<Hit> each) throws IOException {
    ObjectNode q = collapsed(request, query);
    scan(q, sort(request.sort()), List.of(IndexDesign.HIT_SOURCE), h -> each.accept(hit(h, NO_SNIPPET, request.groups())));
  }

  private static final Snippet NO_SNIPPET = new Snippet(List.of());

  /** Every entry {@code query} finds, in {@code sort}'s order, a thousand at a time from one point in time. */
  void scan(ObjectNode query, ArrayNode sort, List<String> source, ScanAction each) throws IOException {
    scan(query, sort, body -> {
      body.put("track_scores", true);
      ArrayNode src = body.putArray("_source");
      source.forEach(src::add);
    }, each);
  }

  /**
   * {@link #scan}, each hit carrying {@code fields} from their doc values ({@code
   * hit.fields.NAME[0]}) and no {@code _source}: the cluster then reads neither an entry's stored
   * source nor its text, which for a message entry holds the body.
   */
  void scanValues(ObjectNode query, ArrayNode sort, List<String> fields, ScanAction each) throws IOException {
    scan(query, sort, body -> {
      body.put("_source", false);
      ArrayNode values = body.putArray("docvalue_fields");
      fields.forEach(values::add);
    }, each);
  }

  private void scan(ObjectNode query, ArrayNode sort, java.util.function.Consumer<ObjectNode> select, ScanAction each)
      throws IOException {
    String pit = openPit();
    try {
      JsonNode after = null;
      while (true) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", query);
        body.set("sort", sort);
        body.put("size", CHUNK);
        body.put("track_total_hits", false);
        select.accept(body);
        body.putObject("pit").put("id", pit).put("keep_alive", KEEP_ALIVE);
        if (after != null) {
          body.set("search_after", after);
        }
        JsonNode answer = cluster.call("POST", "/_search", body);
        pit = answer.path("pit_id").asText(pit);
        JsonNode hits = answer.path("hits").path("hits");
        for (JsonNode h : hits) {
          each.accept(h);
        }
        if (hits.size() < CHUNK) {
          return;
        }
        after = hits.get(hits.size() - 1).path("sort");
      }
    } finally {
      closePit(pit);
    }
  }

  /** What a scan does with each hit (its {@code _source}, {@code _id}, {@code sort}). */
  interface ScanAction {
    void accept(JsonNode hit) throws IOException;
  }

  private String openPit() throws IOException {
    return cluster.call("POST", "/" + alias + "/_search/point_in_time", Map.of("keep_alive", KEEP_ALIVE), null, false)
        .path("pit_id").asText();
  }

  private void closePit(String pit) {
    try {
      ObjectNode body = Cluster.JSON.createObjectNode();
      body.putArray("pit_id").add(pit);
      cluster.call("DELETE", "/_search/point_in_time", Map.of(), body, true);
    } catch (IOException e) {
      // it expires on its own
    }
  }

  /**
   * The query, without the printings a search showing one hit per message leaves out, and (unless
   * every document is asked for) the documents another hit stands for.
   */
  private ObjectNode collapsed(SearchRequest request, ObjectNode query) throws IOException {
    if (request.groups().isEmpty() || request.copies() == SearchRequest.Copies.ALL) {
      return query;
    }
    ObjectNode out = Cluster.JSON.createObjectNode();
    ObjectNode bool = out.putObject("bool");
    bool.putArray("must").add(query);
    ObjectNode notShown = bool.putArray("must_not").addObject();
    ObjectNode marked = notShown;
    String number = ReadersQuery.documentNumber(request.query());
    if (number != null) {
      // a document number typed alone finds its document first, even a copy another hit stands for
      ObjectNode inner = notShown.putObject("bool");
      inner.putArray("must_not").addObject().putObject("term")
          .put(DOC_ID, number);
      marked = inner.putArray("must").addObject();
    }
    ArrayNode marks = marked.putObject("terms").putArray(IndexDesign.COPY).add(IndexDesign.PRINTING);
    if (request.copies() != SearchRequest.Copies.DOCUMENTS) {
      marks.add(IndexDesign.SHOWN_ELSEWHERE);
    }
    return out;
  }

  /** The request's order; what gives no date last either way; the entry's id breaks ties. */
  static ArrayNode sort(SearchRequest.Sort order) {
    ArrayNode s = Cluster.JSON.createArrayNode();
    switch (order) {
      case RELEVANCE -> s.addObject().put("_score", "desc");
      case DATE -> s.addObject().putObject(DATE).put("order", "desc").put("missing", "_last");
      case DATE_ASCENDING -> s.addObject().putObject(DATE).put("order", "asc").put("missing", "_last");
      case DECLASSIFY -> s.addObject().putObject(DECLASSIFY).put("order", "asc").put("missing", "_last");
    }
    if (order != SearchRequest.Sort.RELEVANCE) {
      s.addObject().put("_score", "desc");
    }
    s.addObject().put(ID, "asc");
    return s;
  }

  private static ObjectNode facetAggregations(int values, boolean byPerson) {
    ObjectNode aggs = Cluster.JSON.createObjectNode();
    for (String dim : FACETS) {
      boolean party = dim.equals(FACET_SENDER) || dim.equals(FACET_RECIPIENT);
      int size = PERIODS.contains(dim) ? MAX_PERIODS : byPerson && party ? PERSON_VALUES : values;
      ObjectNode terms = aggs.putObject(dim).putObject("terms");
      terms.put("field", IndexDesign.FACET + "." + dim).put("size", size).put("shard_size", Math.max(size, 1000));
      ArrayNode order = terms.putArray("order");
      order.addObject().put("_count", "desc");
      order.addObject().put("_key", "asc");
    }
    return aggs;
  }

  /** The facet counts of an answer's aggregations, in the embedded engine's order and form. */
  static Map<String, List<FacetCount>> facets(JsonNode aggs, int values, Groups groups) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : FACETS) {
      List<FacetCount> counts = new ArrayList<>();
      for (JsonNode b : aggs.path(dim).path("buckets")) {
        counts.add(new FacetCount(b.path("key").asText(), b.path("doc_count").asLong()));
      }
      if (PERIODS.contains(dim)) {
        counts.sort((a, b) -> a.value().equals(Entries.UNDATED) ? 1
            : b.value().equals(Entries.UNDATED) ? -1 : a.value().compareTo(b.value()));
      } else if ((dim.equals(FACET_SENDER) || dim.equals(FACET_RECIPIENT)) && !groups.personOfAlias().isEmpty()) {
        counts = byPerson(counts, values, groups);
      }
      out.put(dim, counts);
    }
    return out;
  }

  /**
   * Values grouped by person: a person's count is the sum of their values' counts (exact for the
   * sender, of which an entry has one; for recipients an entry that names a person twice, by two of
   * their names, counts twice). Values no person holds count as themselves.
   */
  private static List<FacetCount> byPerson(List<FacetCount> counts, int values, Groups groups) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (FacetCount c : counts) {
      String person = groups.personOfAlias().get(c.value());
      String key = person == null ? c.value() : person;
      sums.computeIfAbsent(key, k -> new long[1])[0] += c.count();
      if (person != null) {
        labels.put(key, groups.persons().getOrDefault(person, person));
      }
    }
    List<FacetCount> out = new ArrayList<>();
    sums.forEach((k, v) -> out.add(new FacetCount(k, v[0], labels.get(k))));
    out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return out;
  }

  /** Persons whose exact count is asked again beyond the values shown: sums that may overcount. */
  private static final int PERSON_SLACK = 20;

  /**
   * The sender and recipient facets with each leading person counted exactly: the entries that
   * print any of their names, each once (one more request, a filter per person). The leading
   * persons are those whose summed count ranks within the values shown and some more.
   */
  private Map<String, List<FacetCount>> exactPersons(Map<String, List<FacetCount>> summed, JsonNode aggs,
      ObjectNode query, String endpoint, int values, Groups groups) throws IOException {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", query);
    body.put("size", 0);
    body.put("track_total_hits", false);
    ObjectNode out = body.putObject("aggs");
    boolean any = false;
    for (String dim : List.of(FACET_SENDER, FACET_RECIPIENT)) {
      Map<String, List<String>> aliases = new HashMap<>();
      for (JsonNode b : aggs.path(dim).path("buckets")) {
        String person = groups.personOfAlias().get(b.path("key").asText());
        if (person != null) {
          aliases.computeIfAbsent(person, k -> new ArrayList<>()).add(b.path("key").asText());
        }
      }
      ObjectNode filters = out.putObject(dim).putObject("filters").putObject("filters");
      List<FacetCount> ranked = summed.get(dim);
      for (int i = 0; i < ranked.size() && i < values + PERSON_SLACK; i++) {
        List<String> names = aliases.get(ranked.get(i).value());
        if (names != null) {
          ArrayNode terms = filters.putObject(ranked.get(i).value()).putObject("terms")
              .putArray(IndexDesign.FACET + "." + dim);
          names.forEach(terms::add);
          any = true;
        }
      }
    }
    Map<String, List<FacetCount>> exact = new LinkedHashMap<>(summed);
    JsonNode answer = any ? cluster.call("POST", endpoint, body).path("aggregations") : null;
    for (String dim : List.of(FACET_SENDER, FACET_RECIPIENT)) {
      List<FacetCount> counts = new ArrayList<>();
      for (FacetCount c : summed.get(dim)) {
        JsonNode b = answer == null ? null : answer.path(dim).path("buckets").get(c.value());
        counts.add(b == null ? c : new FacetCount(c.value(), b.path("doc_count").asLong(), c.label()));
      }
      counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      exact.put(dim, counts.size() > values ? new ArrayList<>(counts.subList(0, values)) : counts);
    }
    return exact;
  }

  private static Hit hit(JsonNode h, Snippet snippet, Groups groups) {
    JsonNode fields = h.path("_source").path(IndexDesign.HIT_SOURCE);
    float score = h.path("_score").isNumber() ? (float) h.path("_score").asDouble() : Float.NaN;
    String id = fields.path("id").asText();
    boolean message = EntryKind.MESSAGE.name().equals(fields.path("kind").asText());
    String of = groups.isEmpty() || !message ? null : groups.messageOf(id);
    int printedIn = of == null ? 0 : groups.documentsOf(of);
    return Entries.hit(fields, snippet, score, of, printedIn);
  }

  /** The highlighter's passage as fragments; white space runs kept as one space. */
  private static Snippet snippet(JsonNode h) {
    JsonNode passages = h.path("highlight").path(org.readingroom.index.IndexFields.TEXT);
    if (!passages.isArray() || passages.isEmpty()) {
      return NO_SNIPPET;
    }
    String passage = passages.get(0).asText().replaceAll("\\s+", " ").strip();
    List<Snippet.Fragment> fragments = new ArrayList<>();
    int at = 0;
    while (at < passage.length()) {
      int open = passage.indexOf(OPEN, at);
      if (open < 0) {
        fragments.add(new Snippet.Fragment(passage.substring(at), false));
        break;
      }
      if (open > at) {
        fragments.add(new Snippet.Fragment(passage.substring(at, open), false));
      }
      int close = passage.indexOf(CLOSE, open);
      if (close < 0) {
        close = passage.length();
      }
      fragments.add(new Snippet.Fragment(passage.substring(open + 1, close), true));
      at = close + 1;
    }
    return new Snippet(fragments);
  }
}
