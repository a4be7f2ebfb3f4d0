package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.readingroom.record.ParseFailure;

/**
 * The archive's {@code errors.jsonl}: every file that could not be ingested, with its reason, one
 * line per source (the latest attempt). A file that later ingests leaves it. Written whole to a
 * temporary file and moved into place, so a crash never leaves half a line.
 */
public final class ErrorLog {

  /** A line of the log. */
  @JsonPropertyOrder({"source", "kind", "error", "at"})
  public record Entry(String source, String kind, String error, String at) {}

  private final Path file;
  private final Map<String, Entry> bySource = new TreeMap<>();
  private int damagedLines;

  private ErrorLog(Path file) {
    this.file = file;
  }

  /**
   * The log as {@code file} holds it. A line that cannot be read (cut short by a crash of an older
   * readingroom, or changed by hand) is passed over and counted ({@link #damagedLines()}): it
   * only said that a source failed, and the next ingest tries every source it does not hold anyway.
   */
  public static ErrorLog load(Path file) throws IOException {
    ErrorLog log = new ErrorLog(file);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Entry e;
        try {
          e = SideFile.JSON.readValue(line, Entry.class);
        } catch (JsonProcessingException damaged) {
          e = null;
        }
        if (e != null && e.source() != null) {
          log.bySource.put(e.source(), e);
        } else {
          log.damagedLines++;
        }
      }
    }
    return log;
  }

  /** Lines of the file that could not be read, and were passed over. */
  public int damagedLines() {
    return damagedLines;
  }

  public synchronized void failed(ParseFailure f, String when) {
    bySource.put(f.source(), new Entry(f.source(), f.kind(), f.error(), when));
  }

  public synchronized void succeeded(String source) {
    bySource.remove(source);
  }

  public synchronized int size() {
    return bySource.size();
  }

  public synchronized void save() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Entry e : bySource.values()) {
      out.write(SideFile.JSON.writeValueAsBytes(e));
      out.write('\n');
    }
    AtomicFile.write(file, out.toByteArray());
  }
}
