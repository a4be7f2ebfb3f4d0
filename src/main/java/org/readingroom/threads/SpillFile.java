package org.readingroom.threads;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.readingroom.archive.MappedFile;
import org.readingroom.record.SentTime;

/**
 * Records written to a file of their own while they are made, then read back in place, in any
 * order: what the thread finder keeps on disk instead of the heap (8 bytes a record: where it
 * starts). Written first, read after: the first read ends the writing. Deleted when closed. Not safe
 * from several threads.
 */
final class SpillFile implements AutoCloseable {

  /** Writes one record. */
  @FunctionalInterface
  interface Record {
    void write(MappedFile.Writer out) throws IOException;
  }

  private final Path file;
  private final Longs at = new Longs();
  private OutputStream stream;
  private MappedFile.Writer out;
  private MappedFile written;

  /** A new file in {@code folder}, named {@code prefix} and a random number. */
  SpillFile(Path folder, String prefix) throws IOException {
    this.file = Files.createTempFile(folder, prefix, ".spill");
    this.stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    this.out = new MappedFile.Writer(stream);
  }

  /** Writes a record; its number is {@link #size()} before. */
  void add(Record record) {
    if (out == null) {
      throw new IllegalStateException("a record written after the records were read");
    }
    try {
      at.add(out.position());
      record.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + file, e);
    }
  }

  int size() {
    return at.size();
  }

  /** Where record {@code i} starts, to be read. */
  MappedFile.Cursor at(int i) {
    if (written == null) {
      try {
        out.flush();
        stream.close();
        stream = null;
        out = null;
        written = MappedFile.open(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read back " + file, e);
      }
    }
    return written.at(at.get(i));
  }

  /** A time as {@link #readSent} reads it back: its day and its time of day, or null. */
  static void writeSent(MappedFile.Writer out, SentTime sent) throws IOException {
    out.writeLong(sent == null ? Long.MIN_VALUE : sent.date().toEpochDay());
    out.writeLong(sent == null || sent.time() == null ? -1 : sent.time().toNanoOfDay());
  }

  static SentTime readSent(MappedFile.Cursor c) {
    long day = c.readLong();
    long time = c.readLong();
    return day == Long.MIN_VALUE ? null
        : new SentTime(LocalDate.ofEpochDay(day), time < 0 ? null : LocalTime.ofNanoOfDay(time));
  }

  /** A list of strings as {@link #readStrings} reads it back. */
  static void writeStrings(MappedFile.Writer out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String v : values) {
      out.writeString(v);
    }
  }

  static List<String> readStrings(MappedFile.Cursor c) {
    int n = c.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(c.readString());
    }
    return out;
  }

  @Override
  public void close() {
    try {
      if (stream != null) {
        stream.close();
      }
      Files.deleteIfExists(file); // a mapping of it stays readable until it is collected
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
