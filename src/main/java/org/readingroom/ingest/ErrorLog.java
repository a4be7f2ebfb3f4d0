package org.readingroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.readingroom.parse.ParseFailure;

/**
 * The archive's {@code errors.jsonl}: every file that could not be ingested, with its reason, one
 * line per source (the latest attempt). A file that later ingests leaves it. Written whole to a
 * temporary file and moved into place, so a crash never leaves half a line.
 */
final class ErrorLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, ObjectNode> bySource = new TreeMap<>();

  private ErrorLog(Path file) {
    this.file = file;
  }

  static ErrorLog load(Path file) throws IOException {
    ErrorLog log = new ErrorLog(file);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        if (n instanceof ObjectNode o && o.hasNonNull("source")) {
          log.bySource.put(o.get("source").asText(), o);
        }
      }
    }
    return log;
  }

  synchronized void failed(ParseFailure f, String when) {
    ObjectNode n = JSON.createObjectNode();
    n.put("source", f.source());
    n.put("kind", f.kind());
    n.put("error", f.error());
    n.put("at", when);
    bySource.put(f.source(), n);
  }

  synchronized void succeeded(String source) {
    bySource.remove(source);
  }

  synchronized int size() {
    return bySource.size();
  }

  synchronized void save() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (ObjectNode n : bySource.values()) {
      out.write(JSON.writeValueAsBytes(n));
      out.write('\n');
    }
    AtomicFile.write(file, out.toByteArray());
  }
}
