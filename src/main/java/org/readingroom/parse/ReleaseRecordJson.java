package org.readingroom.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes parse results as the JSON of ../shared/spec/record.md: the contract's keys in the
 * contract's order, then {@code warnings} when there are any. A failure is {@code {"source": ...,
 * "error": ...}} (with its {@code kind}).
 */
public final class ReleaseRecordJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReleaseRecordJson() {}

  /** One result as a line of JSON, newline included. */
  public static byte[] line(ParseResult result) {
    return bytes(result, false);
  }

  /** One result, pretty-printed, newline included. */
  public static byte[] pretty(ParseResult result) {
    return bytes(result, true);
  }

  private static byte[] bytes(ParseResult result, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(result instanceof ReleaseRecord r ? r.text().length() + 1024 : 256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      write(g, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    out.write('\n');
    return out.toByteArray();
  }

  public static void write(JsonGenerator g, ParseResult result) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", result.source());
    if (result instanceof ParseFailure f) {
      g.writeStringField("error", f.error());
      g.writeStringField("kind", f.kind());
      g.writeEndObject();
      return;
    }
    ReleaseRecord r = (ReleaseRecord) result;
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
      message(g, m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("redactions");
    for (Redaction red : r.redactions()) {
      g.writeStartObject();
      strings(g, "codes", red.codes());
      g.writeNumberField("page", red.page());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("text", r.text());
    if (!r.warnings().isEmpty()) {
      strings(g, "warnings", r.warnings());
    }
    g.writeEndObject();
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

  private static void message(JsonGenerator g, Message m) throws IOException {
    g.writeStartObject();
    g.writeFieldName("from");
    party(g, m.from());
    g.writeStringField("sent", m.sent());
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
