package org.readingroom.index.opensearch;

import static org.readingroom.index.IndexFields.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The index's settings and mappings: explicit, the embedded engine's analysis in OpenSearch's
 * terms. Text is read by the UAX#29 tokenizer with the e-mail and URL rule (tokens up to 255
 * characters), lower-cased and ASCII-folded, as {@code index.ReleaseAnalyzer} reads it; in the text
 * and the subjects exemption codes are kept whole by a character filter that folds {@code 1.4(D)}
 * to {@code 1.4_D_} as {@code index.CodeFolding} does (same length: offsets, and so highlights,
 * stay on the printed text). Keyword fields hold their values as the embedded engine indexes them.
 * Dates are longs in the embedded engine's units (minutes, days), so a translated range is the same
 * range. What a hit shows and a document's record are kept in the source, not indexed.
 */
final class IndexDesign {
  private IndexDesign() {}

  /** The analyzer of text and subjects. */
  static final String RELEASE_TEXT = "release_text";
  /** The analyzer of names, addresses and attachments (no code folding, as in the embedded engine). */
  static final String RELEASE_WORDS = "release_words";
  /** Facet values, as keywords under one object: {@code facet.sender}. */
  static final String FACET = "facet";
  /** What a hit shows: kept in the source only. */
  static final String HIT_SOURCE = "hit";
  /** A message's body length: which printing of a message is its fullest. */
  static final String BODY_LENGTH = "bodyLength";
  /**
   * What a search that shows one hit per message leaves out, marked by the analysis ({@link
   * CopyMarks}): {@link #PRINTING} on a printing of a message shown fuller from another entry,
   * {@link #SHOWN_ELSEWHERE} on a document whose top message is shown from another document.
   */
  static final String COPY = "copy";
  static final String PRINTING = "printing";
  static final String SHOWN_ELSEWHERE = "shown-elsewhere";

  static ObjectNode settingsAndMappings(int shards, int replicas) {
    ObjectNode root = Cluster.JSON.createObjectNode();
    ObjectNode index = root.putObject("settings").putObject("index");
    index.put("number_of_shards", shards).put("number_of_replicas", replicas);
    index.put("max_result_window", org.readingroom.index.SearchRequest.MAX_WINDOW);
    ObjectNode analysis = index.putObject("analysis");
    analysis.putObject("char_filter").putObject("exemption_codes")
        .put("type", "pattern_replace")
        // CodeFolding: 1.4 or B1..B9 (not inside a longer word or number), then (A)..(H)
        .put("pattern", "(?<![\\p{L}\\p{N}])(1\\.4|B\\d)\\(([A-Ha-h])\\)")
        .put("replacement", "$1_$2_");
    analysis.putObject("tokenizer").putObject("uax_email")
        .put("type", "uax_url_email").put("max_token_length", 255);
    ObjectNode analyzers = analysis.putObject("analyzer");
    ObjectNode text = analyzers.putObject(RELEASE_TEXT).put("type", "custom").put("tokenizer", "uax_email");
    text.putArray("char_filter").add("exemption_codes");
    text.putArray("filter").add("lowercase").add("asciifolding");
    analyzers.putObject(RELEASE_WORDS).put("type", "custom").put("tokenizer", "uax_email")
        .putArray("filter").add("lowercase").add("asciifolding");

    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "strict");
    ObjectNode p = mappings.putObject("properties");
    for (String k : List.of(KIND, ID, DOC_KEY, SOURCE, HASH)) {
      keyword(p, k);
    }
    for (String k : KEYWORDS) {
      keyword(p, k);
    }
    ObjectNode body = p.putObject(TEXT).put("type", "text").put("analyzer", RELEASE_TEXT)
        .put("index_options", "offsets");
    body.put("search_analyzer", RELEASE_TEXT);
    p.putObject(SUBJECT).put("type", "text").put("analyzer", RELEASE_TEXT);
    for (String f : List.of(FROM, TO, CC, RECIPIENT, ATTACHMENT)) {
      p.putObject(f).put("type", "text").put("analyzer", RELEASE_WORDS);
    }
    for (String f : List.of(DATE, RELEASED, DECLASSIFY)) {
      p.putObject(f).put("type", "long");
    }
    p.putObject(POSITION).put("type", "integer");
    p.putObject(BODY_LENGTH).put("type", "integer");
    keyword(p, COPY);
    ObjectNode facets = p.putObject(FACET).putObject("properties");
    for (String dim : FACETS) {
      keyword(facets, dim);
    }
    p.putObject(HIT_SOURCE).put("type", "object").put("enabled", false);
    p.putObject(RECORD).put("type", "object").put("enabled", false);
    p.putObject(ORIGINAL).put("type", "text").put("index", false);
    return root;
  }

  private static void keyword(ObjectNode properties, String field) {
    properties.putObject(field).put("type", "keyword");
  }
}
