package org.readingroom.index;

import java.util.List;
import java.util.Map;

/**
 * The names of the index's fields, in one place for the indexer, the searcher and the API. Two
 * kinds of entries share the index: a release document and each of its messages.
 */
public final class IndexFields {
  private IndexFields() {}

  /** {@code document} or {@code message}. */
  public static final String KIND = "kind";
  /** The entry's id: a document's key; a message's key and position, {@code C05787433/2}. */
  public static final String ID = "id";
  /** The key of the release document an entry belongs to (its docId, else a content hash). */
  public static final String DOC_KEY = "docKey";
  public static final String DOC_ID = "docId";
  public static final String CASE = "case";
  public static final String SOURCE = "source";
  public static final String HASH = "hash";
  /** Release date, epoch days. */
  public static final String RELEASED = "released";
  public static final String RELEASE = "release";
  public static final String EXEMPTION = "exemption";
  public static final String STATUTE = "statute";
  public static final String REDACTION = "redaction";
  public static final String CLASSIFICATION = "classification";
  /** Declassify-on date, epoch days. */
  public static final String DECLASSIFY = "declassify";
  /** Clean text of a document, body of a message: analysed, stored, offsets for snippets. */
  public static final String TEXT = "text";
  public static final String SUBJECT = "subject";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String CC = "cc";
  /** To and Cc together. */
  public static final String RECIPIENT = "recipient";
  public static final String ATTACHMENT = "attachment";
  /** When: a message's sent time, a document's top message (else its release date); epoch minutes. */
  public static final String DATE = "date";
  /** The sent value as the parser normalised it (a date, or a date and time). */
  public static final String SENT = "sent";
  public static final String POSITION = "position";
  public static final String PAGE = "page";
  public static final String PAGES = "pages";
  /** The stored record of a document (JSON, without its text). */
  public static final String RECORD = "record";
  /** A document's clean text as doc values (UTF-8): read for snippets and pages without decompression. */
  public static final String TEXT_VALUE = "textValue";
  /** Where a message's body starts and ends in its document's text (doc values). */
  public static final String BODY_START = "bodyStart";
  public static final String BODY_END = "bodyEnd";
  /** What a hit shows (kind, ids, date, sender, recipients, subject, page), packed as doc values. */
  public static final String HIT = "hit";

  /** Facet dimensions. */
  public static final String FACET_SENDER = "sender";
  public static final String FACET_RECIPIENT = "recipient";
  public static final String FACET_YEAR = "year";
  public static final String FACET_EXEMPTION = "exemption";
  public static final String FACET_RELEASE = "release";
  public static final String FACET_CLASSIFICATION = "classification";
  public static final List<String> FACETS =
      List.of(FACET_SENDER, FACET_RECIPIENT, FACET_YEAR, FACET_EXEMPTION, FACET_RELEASE, FACET_CLASSIFICATION);

  /** Fields a query names as {@code field:value}: what users type, mapped to index fields. */
  public static final Map<String, String> QUERY_ALIASES = Map.ofEntries(
      Map.entry("text", TEXT), Map.entry("body", TEXT),
      Map.entry("subject", SUBJECT),
      Map.entry("from", FROM), Map.entry("to", TO), Map.entry("cc", CC), Map.entry("recipient", RECIPIENT),
      Map.entry("attachment", ATTACHMENT), Map.entry("attachments", ATTACHMENT),
      Map.entry("docid", DOC_ID), Map.entry("doc", DOC_ID), Map.entry("case", CASE),
      Map.entry("release", RELEASE), Map.entry("exemption", EXEMPTION), Map.entry("statute", STATUTE),
      Map.entry("redaction", REDACTION),
      Map.entry("classification", CLASSIFICATION), Map.entry("level", CLASSIFICATION),
      Map.entry("kind", KIND),
      Map.entry("date", DATE), Map.entry("sent", DATE), Map.entry("released", RELEASED),
      Map.entry("declassify", DECLASSIFY), Map.entry("year", FACET_YEAR + "Value"));

  /** The year as a searchable keyword ({@code year:2011}). */
  public static final String YEAR = FACET_YEAR + "Value";

  /** Keyword fields: matched exactly, in upper case. */
  public static final List<String> KEYWORDS =
      List.of(KIND, DOC_ID, CASE, RELEASE, EXEMPTION, STATUTE, REDACTION, CLASSIFICATION, YEAR);

  /** Date fields and their unit. */
  public static final List<String> MINUTE_DATES = List.of(DATE);
  public static final List<String> DAY_DATES = List.of(RELEASED, DECLASSIFY);
}
