package org.readingroom.people;

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

/**
 * {@code people.json}: the persons the last analysis found (before overrides), one per line, most
 * printed first. The next analysis reads it back to keep their ids.
 */
public final class PeopleFile {
  private PeopleFile() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void write(Path file, List<Person> persons) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (JsonGenerator g = JSON.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeArrayFieldStart("persons");
      for (Person p : persons) {
        g.writeRaw("\n");
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("anchor", p.anchor());
        g.writeArrayFieldStart("formerIds");
        for (String f : p.formerIds()) {
          g.writeString(f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("aliases");
        for (Alias a : p.aliases()) {
          g.writeStartArray();
          g.writeString(a.text());
          g.writeNumber(a.count());
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    bytes.write('\n');
    AtomicFile.write(file, bytes.toByteArray());
  }

  /** The persons kept in {@code file}; none when there is no such file. */
  public static List<Person> read(Path file) throws IOException {
    byte[] bytes = AtomicFile.readIfPresent(file);
    if (bytes == null) {
      return List.of();
    }
    List<Person> out = new ArrayList<>();
    for (JsonNode p : JSON.readTree(bytes).path("persons")) {
      List<Alias> aliases = new ArrayList<>();
      for (JsonNode a : p.path("aliases")) {
        aliases.add(new Alias(a.get(0).asText(), a.get(1).asLong()));
      }
      List<String> former = new ArrayList<>();
      p.path("formerIds").forEach(f -> former.add(f.asText()));
      out.add(new Person(p.path("id").asText(), p.path("name").asText(), p.path("anchor").asText(), aliases, former));
    }
    return out;
  }
}
