package org.readingroom.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;

/**
 * The reading room's links: a search is its query string, and narrowing, widening, sorting and
 * paging are the same query string with one parameter changed. Values are URL-encoded here; the
 * templates HTML-escape the result.
 */
public final class Links {
  /** The parameters of a search page, in a fixed order so that links are stable. */
  static final String[] SEARCH_PARAMETERS = {
    "q", "from", "to", "sender", "recipient", "since", "until", "release", "exemption", "classification", "kind",
    "year", "copies", "values", "sort", "page"
  };

  private final Map<String, String> params;

  Links(Map<String, String> params) {
    this.params = new LinkedHashMap<>(params);
  }

  public String get(String name) {
    return params.get(name);
  }

  public boolean has(String name) {
    String v = params.get(name);
    return v != null && !v.isEmpty();
  }

  /** This search with {@code name} set to {@code value} (and back to its first page). */
  public String with(String name, String value) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.remove("page");
    p.put(name, value);
    return "/search" + query(p);
  }

  /** This search with two parameters set, e.g. a period's first and last day. */
  public String with(String name, String value, String name2, String value2) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.remove("page");
    p.put(name, value);
    p.put(name2, value2);
    return "/search" + query(p);
  }

  /** This search without {@code name}. */
  public String without(String name) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.remove("page");
    p.remove(name);
    if (name.equals("since")) {
      p.remove("until");
    }
    return "/search" + query(p);
  }

  /** This search, page {@code n} (1-based). */
  public String page(int n) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.put("page", Integer.toString(n));
    return "/search" + query(p);
  }

  /** This search's hits as a download. */
  public String export(String format) {
    Map<String, String> p = new LinkedHashMap<>(params);
    p.remove("page");
    return "/search/export." + format + query(p);
  }

  /**
   * The drafted request ({@code appeal} or {@code mdr}) for the documents this search's query finds,
   * when the search is its query alone (a draft reads the query, not the filters); else null.
   */
  public String draft(String kind) {
    if (!has("q")) {
      return null;
    }
    for (String name : SEARCH_PARAMETERS) {
      if (!name.equals("q") && !name.equals("sort") && has(name)) {
        return null;
      }
    }
    return "/withheld/draft?kind=" + encode(kind) + "&q=" + encode(params.get("q"));
  }

  public static String search(String name, String value) {
    return "/search" + query(Map.of(name, value));
  }

  /** A search page for the given name-value pairs. */
  public static String search(String... namesAndValues) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      p.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return "/search" + query(p);
  }

  public static String person(String name) {
    return "/person?name=" + encode(name);
  }

  /** A person's page by the person's id. */
  public static String personPage(String id) {
    return "/people/" + encode(id);
  }

  /** A thread's page; with a message id, that message on it. */
  public static String thread(String threadId, String messageId) {
    return "/threads/" + encode(threadId) + (messageId == null ? "" : "#" + threadAnchor(messageId));
  }

  /** The anchor of a message on its thread's page: its id ({@code m-} and hex digits). */
  public static String threadAnchor(String messageId) {
    return encode(messageId);
  }

  /** Two copies of a release side by side: what one has that the other lacks. */
  public static String compare(String docId, String otherDocId) {
    return document(docId) + "/compare/" + encode(otherDocId);
  }

  public static String document(String docId) {
    return "/documents/" + encode(docId);
  }

  /**
   * A hit's place: a document's page, or a message's card on it; with the query, so the page marks
   * its words.
   */
  public static String hit(Hit hit, String q) {
    String page = document(hit.docId()) + (q == null || q.isBlank() ? "" : "?q=" + encode(q));
    if (hit.kind() != EntryKind.MESSAGE) {
      return page;
    }
    return page + "#message-" + (Integer.parseInt(hit.id().substring(hit.id().lastIndexOf('/') + 1)) + 1);
  }

  /** A message, wherever it stands: its place on its thread's page. */
  public static String messagePage(String messageId) {
    return "/messages/" + encode(messageId);
  }

  /** A message's card on its document's page. */
  public static String message(String docId, int position) {
    return document(docId) + "#message-" + (position + 1);
  }

  static String query(Map<String, String> p) {
    StringJoiner j = new StringJoiner("&", "?", "");
    j.setEmptyValue("");
    for (String name : SEARCH_PARAMETERS) {
      String v = p.get(name);
      if (v != null && !v.isEmpty()) {
        j.add(name + "=" + encode(v));
      }
    }
    return j.toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
