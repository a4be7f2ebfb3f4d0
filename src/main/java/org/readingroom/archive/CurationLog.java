package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code curation-log.jsonl}: every change curators made to the persons, and every undoing of one,
 * one JSON object a line, in the order they were made; only ever appended to (each line forced to
 * the disk before the change is answered). A line cut short by a crash is passed over when read,
 * and counted.
 */
public final class CurationLog {
  private CurationLog() {}

  /** A person as a change found or left them. */
  @JsonPropertyOrder({"id", "name", "aliases"})
  public record PersonState(String id, String name, int aliases) {}

  /**
   * A line of the log.
   *
   * @param change the change's number, from 1; an undoing has its own
   * @param at when, ISO-8601 with offset
   * @param by the curator's label; {@code client} the address the request came from
   * @param op {@code merge}, {@code split}, {@code rename} or {@code undo}
   * @param override what the change kept in {@code people-overrides.json} (for an undoing, what it took out)
   * @param undoes the number of the change an undoing took out; null for a change
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"change", "at", "by", "client", "op", "undoes", "override", "before", "after"})
  public record Entry(int change, String at, String by, String client, String op, Integer undoes,
      OverridesFile.Entry override, List<PersonState> before, List<PersonState> after) {}

  /** What the log holds, and how many of its lines could not be read. */
  public record Contents(List<Entry> entries, int damagedLines) {
    public Contents {
      entries = List.copyOf(entries);
    }

    /** The number the next change takes. */
    public int nextNumber() {
      return entries.stream().mapToInt(Entry::change).max().orElse(0) + 1;
    }
  }

  /** Appends {@code entry} as a line, on the disk before this returns. */
  public static void append(Path file, Entry entry) throws IOException {
    byte[] line = (SideFile.JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      ByteBuffer b = ByteBuffer.wrap(line);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
  }

  /** The log's lines; none when there is no log. */
  public static Contents read(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new Contents(List.of(), 0);
    }
    List<Entry> entries = new ArrayList<>();
    int damaged = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      try {
        Entry e = SideFile.JSON.readValue(line, Entry.class);
        if (e == null || e.op() == null || e.change() <= 0) {
          damaged++;
        } else {
          entries.add(e);
        }
      } catch (JsonProcessingException e) {
        damaged++;
      }
    }
    return new Contents(entries, damaged);
  }
}
