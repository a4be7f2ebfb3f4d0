package org.readingroom.record;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes parse results as the JSON of ../shared/spec/record.md: the contract's keys in the
 * contract's order, then {@code warnings} when there are any. A failure is {@code {"source": ...,
 * "error": ...}} (with its {@code kind}).
 */
public final class ReleaseRecordJson {

  private static final JsonFactory FACTORY = new JsonFactory();
  /** Each thread's buffer for the text it writes (see {@link #write}). */
  private static final ThreadLocal<char[]> TEXT_CHARS = ThreadLocal.withInitial(() -> new char[1 << 16]);
  private static final int KEEP_CHARS = 1 << 22;

  private ReleaseRecordJson() {}

  /** One result as a line of JSON, newline included. */
  public static byte[] line(ParseResult result) {
    return encoded(result, false).toByteArray();
  }

  /**
   * One result as a line of JSON (newline included), or pretty-printed, in a buffer that {@link
   * ByteArrayOutputStream#writeTo} writes out as it is: {@code parse} writes each record once, and
   * copying it into an array of its exact size first was a large share of the bytes a parse allocated.
   */
  public static ByteArrayOutputStream encoded(ParseResult result, boolean pretty) {
    // sized for the text, the newlines escaped in it and the headers, so that it rarely grows
    int size = result instanceof ReleaseRecord r ? r.text().length() * 9 / 8 + 2048 : 256;
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      write(g, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    out.write('\n');
    return out;
  }

  /**
   * A record as an archive stores it: every key but the text (stored apart), plus each message's
   * offsets into the text. {@link #readStored} reads it back.
   */
  public static byte[] stored(ReleaseRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, record, false, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Reads a record written by {@link #stored}, given its text. */
  public static ReleaseRecord readStored(byte[] json, String text) {
    try {
      return read(Reader.MAPPER.readTree(json), text);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored record cannot be read", e);
    }
  }

  /**
   * Reads a record from its JSON tree as {@link #stored} or {@link #writeWhole} wrote it, given its
   * text.
   *
   * @throws IllegalArgumentException when a value breaks the record's rules (offsets out of order,
   *     an unknown release stamp, a malformed sent time)
   */
  public static ReleaseRecord read(JsonNode n, String text) {
    List<Message> messages = new ArrayList<>();
    for (JsonNode m : n.path("messages")) {
      messages.add(new Message(party(m.get("from")), SentTime.parse(textOrNull(m.get("sent"))), parties(m.get("to")),
          parties(m.get("cc")), textOrNull(m.get("subject")), strings(m.get("attachments")), m.path("page").asInt(1),
          m.path("headerStart").asInt(), m.path("bodyStart").asInt(), m.path("bodyEnd").asInt()));
    }
    List<Redaction> redactions = new ArrayList<>();
    for (JsonNode r : n.path("redactions")) {
      redactions.add(new Redaction(strings(r.get("codes")), r.path("page").asInt(1), r.path("offset").asInt(-1)));
    }
    JsonNode c = n.get("classification");
    Classification classification = c == null || c.isNull() ? null
        : new Classification(textOrNull(c.get("level")), textOrNull(c.get("classifiedBy")),
            textOrNull(c.get("classifiedOn")), strings(c.get("reasons")), textOrNull(c.get("declassifyOn")));
    String release = textOrNull(n.get("release"));
    return new ReleaseRecord(n.path("source").asText(), textOrNull(n.get("docId")), textOrNull(n.get("caseNumber")),
        textOrNull(n.get("releaseDate")), release == null ? null : ReleaseRecord.Release.valueOf(release),
        strings(n.get("exemptions")), strings(n.get("statutes")), classification, n.path("pages").asInt(1),
        messages, redactions, text, strings(n.get("warnings")));
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(v -> out.add(v.asText()));
    }
    return out;
  }

  private static Party party(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    return new Party(textOrNull(n.get("name")), textOrNull(n.get("address")));
  }

  private static List<Party> parties(JsonNode n) {
    List<Party> out = new ArrayList<>();
    if (n != null) {
      n.forEach(p -> out.add(party(p)));
    }
    return out;
  }

  /** One result, pretty-printed, newline included. */
  public static byte[] pretty(ParseResult result) {
    return encoded(result, true).toByteArray();
  }

  /**
   * The tree reader, made on first use: only reading stored records needs it, and building an
   * ObjectMapper loads some hundreds of classes, which every {@code parse} would pay at its start.
   */
  private static final class Reader {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** Writes a result as the contract's JSON object. */
  public static void write(JsonGenerator g, ParseResult result) throws IOException {
    write(g, result, true, false);
  }

  /**
   * Writes every key of a record, its text and each message's and redaction's offsets into it
   * included, into the object {@code g} has open (the caller ends it, after keys of its own):
   * {@link #read} reads it back whole.
   */
  public static void writeWhole(JsonGenerator g, ReleaseRecord record) throws IOException {
    g.writeStringField("source", record.source());
    fields(g, record, true, true);
  }

  private static void write(JsonGenerator g, ParseResult result, boolean withText, boolean withOffsets)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("source", result.source());
    if (result instanceof ParseFailure f) {
      g.writeStringField("error", f.error());
      g.writeStringField("kind", f.kind());
      g.writeEndObject();
      return;
    }
    fields(g, (ReleaseRecord) result, withText, withOffsets);
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, ReleaseRecord r, boolean withText, boolean withOffsets)
      throws IOException {
    g.writeStringField("docId", r.docId());
    g.writeStringField("caseNumber", r.caseNumber());
    g.writeStringField("releaseDate", r.releaseDate());
    g.writeStringField("release", r.release() == null ? null : r.release().name());
    strings(g, "exemptions", r.exemptions());
    strings(g, "statutes", r.statutes());
    classification(g, r.classification());
    g.writeNumberField("pages", r.pages());
    g.writeArrayFieldStart("messages");
    for (Message m : r.messages()) {
      message(g, m, withOffsets);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("redactions");
    for (Redaction red : r.redactions()) {
      g.writeStartObject();
      strings(g, "codes", red.codes());
      g.writeNumberField("page", red.page());
      if (withOffsets) {
        g.writeNumberField("offset", red.offset());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (withText) {
      // from a char array: Jackson reads a String char by char through charAt, bounds-checked
      // each time (a text with one character past Latin-1 is stored as UTF-16), which was half of
      // writing a record; copying the text out first is one bulk copy
      int length = r.text().length();
      char[] text = TEXT_CHARS.get();
      if (text.length < length) {
        text = new char[Math.max(length, text.length * 2)];
        if (text.length <= KEEP_CHARS) { // a huge text's buffer is not kept
          TEXT_CHARS.set(text);
        }
      }
      r.text().getChars(0, length, text, 0);
      g.writeFieldName("text");
      g.writeString(text, 0, length);
    }
    if (!r.warnings().isEmpty()) {
      strings(g, "warnings", r.warnings());
    }
  }

  private static void classification(JsonGenerator g, Classification c) throws IOException {
    if (c == null) {
      g.writeNullField("classification");
      return;
    }
    g.writeObjectFieldStart("classification");
    g.writeStringField("level", c.level());
    g.writeStringField("classifiedBy", c.classifiedBy());
    g.writeStringField("classifiedOn", c.classifiedOn());
    strings(g, "reasons", c.reasons());
    g.writeStringField("declassifyOn", c.declassifyOn());
    g.writeEndObject();
  }

  private static void message(JsonGenerator g, Message m, boolean withOffsets) throws IOException {
    g.writeStartObject();
    g.writeFieldName("from");
    party(g, m.from());
    g.writeStringField("sent", m.sent() == null ? null : m.sent().toString());
    g.writeArrayFieldStart("to");
    for (Party p : m.to()) {
      party(g, p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cc");
    for (Party p : m.cc()) {
      party(g, p);
    }
    g.writeEndArray();
    g.writeStringField("subject", m.subject());
    strings(g, "attachments", m.attachments());
    g.writeNumberField("page", m.page());
    if (withOffsets) {
      g.writeNumberField("headerStart", m.headerStart());
      g.writeNumberField("bodyStart", m.bodyStart());
      g.writeNumberField("bodyEnd", m.bodyEnd());
    }
    g.writeEndObject();
  }

  private static void party(JsonGenerator g, Party p) throws IOException {
    if (p == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("name", p.name());
    g.writeStringField("address", p.address());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
