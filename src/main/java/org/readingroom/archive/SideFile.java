package org.readingroom.archive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the archive's JSON side files are laid out, read and written, the one way for all of them:
 * {@code {"version": 1, "NAME": [...], ...}} (one list or several) with one entry a line (so a reader can grep it), each entry a
 * binding record; written whole or not at all ({@link AtomicFile}). Unknown keys are passed over, so
 * that an older readingroom reads what a newer one added.
 */
final class SideFile {
  private SideFile() {}

  static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static final int VERSION = 1;

  /** Writes {@code entries} as the list {@code name} of {@code file}, one a line. */
  static void write(Path file, String name, List<?> entries) throws IOException {
    write(file, Map.of(name, entries));
  }

  /** Writes each list of {@code lists} under its name, in the map's order, one entry a line. */
  static void write(Path file, Map<String, ? extends List<?>> lists) throws IOException {
    // streamed into the file: the entries are never also whole in memory as bytes
    AtomicFile.write(file, out -> {
      try (JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
        g.setCodec(JSON);
        g.writeStartObject();
        g.writeNumberField("version", VERSION);
        for (Map.Entry<String, ? extends List<?>> list : lists.entrySet()) {
          g.writeArrayFieldStart(list.getKey());
          for (Object e : list.getValue()) {
            g.writeRaw("\n");
            g.writeObject(e);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeRaw("\n");
      }
    });
  }

  /** What is done with each entry read, in the file's order. */
  @FunctionalInterface
  interface EntryReader<T> {
    void accept(T entry) throws IOException;
  }

  /**
   * The entries of the list {@code name} of {@code file}; none when there is no such file.
   *
   * @throws DamagedFileException when the file is there but is not such a list (cut short, say)
   */
  static <T> List<T> read(Path file, String name, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    each(file, name, type, out::add);
    return out;
  }

  /**
   * Gives each entry of the list {@code name} of {@code file} to {@code reader} as it is read, so
   * that no more than one entry is held at a time; nothing when there is no such file. The other
   * lists are passed over.
   *
   * @throws DamagedFileException when the file is there but is not such a list (cut short, say):
   *     the entries before the damage have been given to {@code reader} by then
   */
  static <T> void each(Path file, String name, Class<T> type, EntryReader<? super T> reader) throws IOException {
    each(file, Map.of(name, new ListReader<>(type, reader)));
  }

  /** How the entries of one list are read: their type, and what is done with each. */
  record ListReader<T>(Class<T> type, EntryReader<? super T> reader) {
    void accept(JsonParser p) throws IOException {
      reader.accept(p.readValueAs(type));
    }
  }

  /**
   * Reads the lists of {@code file} named in {@code lists} in one pass, each entry given to its
   * list's reader as it is read; the other lists are passed over. Nothing when there is no such file.
   *
   * @throws DamagedFileException as {@link #each(Path, String, Class, EntryReader)}
   */
  static void each(Path file, Map<String, ListReader<?>> lists) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      return;
    }
    try (JsonParser p = JSON.getFactory().createParser(new BufferedInputStream(in, 1 << 16))) {
      p.setCodec(JSON);
      expect(p.nextToken() == JsonToken.START_OBJECT, file, "is not a JSON object");
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        expect(t == JsonToken.FIELD_NAME, file, "is cut short");
        String field = p.currentName();
        JsonToken value = p.nextToken();
        ListReader<?> list = lists.get(field);
        if (list == null) {
          p.skipChildren();
          continue;
        }
        expect(value == JsonToken.START_ARRAY, file, "holds no list '" + field + "'");
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          expect(e != null, file, "is cut short");
          list.accept(p);
        }
      }
    } catch (JsonProcessingException | RuntimeException e) {
      throw new DamagedFileException(file, firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }

  private static void expect(boolean ok, Path file, String what) throws IOException {
    if (!ok) {
      throw new DamagedFileException(file, what, null);
    }
  }
}
