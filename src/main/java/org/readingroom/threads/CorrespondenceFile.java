package org.readingroom.threads;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.ingest.AtomicFile;

/** {@code messages.json}: the messages of an archive, one per line, by id; threads are read back from them. */
public final class CorrespondenceFile {
  private CorrespondenceFile() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void write(Path file, Correspondence c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 24);
    try (JsonGenerator g = JSON.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeArrayFieldStart("messages");
      for (ThreadMessage m : c.messages()) {
        g.writeRaw("\n");
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("thread", m.threadId());
        g.writeStringField("sent", m.sent());
        g.writeStringField("subject", m.subject());
        strings(g, "from", m.from());
        strings(g, "to", m.to());
        strings(g, "cc", m.cc());
        g.writeArrayFieldStart("appearances");
        for (Appearance a : m.appearances()) {
          g.writeStartArray();
          g.writeString(a.document());
          g.writeNumber(a.position());
          g.writeNumber(a.page());
          g.writeEndArray();
        }
        g.writeEndArray();
        strings(g, "parents", m.parents());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    bytes.write('\n');
    AtomicFile.write(file, bytes.toByteArray());
  }

  /** The correspondence kept in {@code file}; none when there is no such file. */
  public static Correspondence read(Path file) throws IOException {
    byte[] bytes = AtomicFile.readIfPresent(file);
    if (bytes == null) {
      return new Correspondence(List.of());
    }
    List<ThreadMessage> messages = new ArrayList<>();
    for (JsonNode m : JSON.readTree(bytes).path("messages")) {
      List<Appearance> appearances = new ArrayList<>();
      for (JsonNode a : m.path("appearances")) {
        appearances.add(new Appearance(a.get(0).asText(), a.get(1).asInt(), a.get(2).asInt()));
      }
      messages.add(new ThreadMessage(m.path("id").asText(), m.path("thread").asText(), m.path("sent").asText(null),
          m.path("subject").asText(null), strings(m.path("from")), strings(m.path("to")), strings(m.path("cc")),
          appearances, strings(m.path("parents"))));
    }
    return new Correspondence(messages);
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
