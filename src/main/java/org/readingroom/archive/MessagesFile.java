package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code messages.json}: the messages of an archive, one a line, by id; threads are read back from them. */
public final class MessagesFile {
  private MessagesFile() {}

  /** A message as the file holds it. */
  @JsonPropertyOrder({"id", "thread", "sent", "subject", "from", "to", "cc", "appearances", "parents"})
  public record Entry(String id, String thread, String sent, String subject, List<String> from, List<String> to,
      List<String> cc, List<AppearanceEntry> appearances, List<String> parents) {}

  /** Where it is printed: {@code ["C05787433", 1, 2]}, document, position in the chain, page. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"document", "position", "page"})
  public record AppearanceEntry(String document, int position, int page) {}

  public static void write(Path file, List<Entry> messages) throws IOException {
    SideFile.write(file, "messages", messages);
  }

  /** What is done with each message read. */
  @FunctionalInterface
  public interface EntryReader {
    void accept(Entry message) throws IOException;
  }

  /**
   * Gives each message kept in {@code file} to {@code reader} in the file's order (by id, as {@link
   * #write} is given them), holding one at a time; nothing when there is no such file.
   */
  public static void each(Path file, EntryReader reader) throws IOException {
    SideFile.each(file, "messages", Entry.class, reader::accept);
  }

  /** The messages kept in {@code file}; none when there is no such file. */
  public static List<Entry> read(Path file) throws IOException {
    return SideFile.read(file, "messages", Entry.class);
  }
}
