package org.readingroom.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.readingroom.record.Message;
import org.readingroom.record.Redaction;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;

/**
 * Release documents as lines of JSON that an archive takes back whole: the JSON Lines export. Each
 * line is the release record of the contract (its text, and each message's offsets into it), then
 * what the archive keeps beside it: {@code key}, {@code contentHash} and {@code original} (the text
 * as released). An exporter adds keys of its own after these; a reader passes them over.
 */
public final class ReleaseLines {

  /** The longest line read back: four times the largest document a default ingest takes. */
  public static final int MAX_LINE_CHARS = 64 << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReleaseLines() {}

  /** Opens a line's object and writes the release into it; the caller adds its keys and ends the object. */
  public static void start(JsonGenerator g, StoredRelease release) throws IOException {
    g.writeStartObject();
    ReleaseRecordJson.writeWhole(g, release.record());
    g.writeStringField("key", release.key());
    g.writeStringField("contentHash", release.contentHash());
    g.writeStringField("original", release.original());
  }

  /**
   * The release a line holds.
   *
   * @throws IllegalArgumentException when the line is not such a release, says why
   */
  public static StoredRelease read(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + firstLine(e.getMessage()));
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String key = text(n, "key");
    String hash = text(n, "contentHash");
    String text = text(n, "text");
    if (key == null || key.isEmpty() || hash == null || text == null || text(n, "source") == null) {
      throw new IllegalArgumentException("not an exported release: source, text, key and contentHash are required");
    }
    ReleaseRecord record;
    try {
      record = ReleaseRecordJson.read(n, text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("a damaged record: " + firstLine(e.getMessage()));
    }
    for (Message m : record.messages()) {
      if (m.bodyEnd() > text.length()) {
        throw new IllegalArgumentException("a message's offsets run past the text (" + m.bodyEnd() + " > "
            + text.length() + ")");
      }
    }
    for (Redaction r : record.redactions()) {
      if (r.offset() > text.length()) {
        throw new IllegalArgumentException("a redaction's offset runs past the text");
      }
    }
    return new StoredRelease(key, hash, record, text(n, "original"));
  }

  /**
   * Whether {@code file} is a JSON Lines export: its name ends in {@code .jsonl} and its first line
   * is an exported release. Reads at most that line.
   */
  public static boolean isExport(Path file) {
    if (!Files.isRegularFile(file) || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      return false;
    }
    try (Reader r = new Reader(file)) {
      Line first = r.next();
      return first != null && first.release() != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** One line of an export: its number (from 1) and its release, or why it cannot be read. */
  public record Line(long number, StoredRelease release, String error) {}

  /**
   * The lines of an export, one at a time and bounded: a line longer than {@link #MAX_LINE_CHARS}
   * is passed over (its error says so) without being held; blank lines are skipped.
   */
  public static final class Reader implements java.io.Closeable {
    private final BufferedReader in;
    private long number;

    public Reader(Path file) throws IOException {
      this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** The next line, or null at the end. */
    public Line next() throws IOException {
      while (true) {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
          if (sb.length() < MAX_LINE_CHARS) {
            sb.append((char) c);
          } else {
            tooLong = true;
          }
        }
        if (c < 0 && sb.length() == 0) {
          return null;
        }
        number++;
        if (tooLong) {
          return new Line(number, null, "a line longer than " + MAX_LINE_CHARS + " characters");
        }
        String line = sb.toString().strip();
        if (line.isEmpty()) {
          continue;
        }
        try {
          return new Line(number, read(line), null);
        } catch (IllegalArgumentException e) {
          return new Line(number, null, e.getMessage());
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isTextual() ? null : v.asText();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
