package org.readingroom.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import org.readingroom.record.SentTime;

/**
 * Records written to a file of their own while they are made, then read back in place, in any
 * order: what the analysis keeps on disk instead of the heap (8 bytes a record: where it starts),
 * the thread finder's printings and messages, and the printings compared for what was withheld. Written first, read after: the first read ends the writing. Deleted when closed. Not safe
 * from several threads.
 */
public final class SpillFile implements AutoCloseable {

  /** Writes one record. */
  @FunctionalInterface
  public interface Record {
    void write(MappedFile.Writer out) throws IOException;
  }

  private final Path file;
  private final FileChannel channel;
  private long[] at = new long[1024];
  private int size;
  private OutputStream stream;
  private MappedFile.Writer out;
  private MappedFile written;

  /**
   * A new file in {@code folder}, named {@code prefix} and a random number. Where the system allows
   * (not Windows), it is unlinked as soon as it is open: a process that stops, however, leaves none
   * behind.
   */
  public SpillFile(Path folder, String prefix) throws IOException {
    this.file = Files.createTempFile(folder, prefix, ".spill");
    this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
        StandardOpenOption.DELETE_ON_CLOSE);
    this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    this.out = new MappedFile.Writer(stream);
  }

  /** Writes a record; its number is {@link #size()} before. */
  public void add(Record record) {
    if (out == null) {
      throw new IllegalStateException("a record written after the records were read");
    }
    try {
      if (size == at.length) {
        at = Arrays.copyOf(at, size + (size >> 1));
      }
      at[size++] = out.position();
      record.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + file, e);
    }
  }

  public int size() {
    return size;
  }

  /** Where record {@code i} starts, to be read. */
  public MappedFile.Cursor at(int i) {
    if (written == null) {
      try {
        out.flush();
        stream.flush();
        stream = null; // closing it would close the channel, and with it the file
        out = null;
        written = MappedFile.of(file, channel);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read back " + file, e);
      }
    }
    return written.at(at[i]);
  }

  /** A time as {@link #readSent} reads it back: its day and its time of day, or null. */
  public static void writeSent(MappedFile.Writer out, SentTime sent) throws IOException {
    out.writeLong(sent == null ? Long.MIN_VALUE : sent.date().toEpochDay());
    out.writeLong(sent == null || sent.time() == null ? -1 : sent.time().toNanoOfDay());
  }

  public static SentTime readSent(MappedFile.Cursor c) {
    long day = c.readLong();
    long time = c.readLong();
    return day == Long.MIN_VALUE ? null
        : new SentTime(LocalDate.ofEpochDay(day), time < 0 ? null : LocalTime.ofNanoOfDay(time));
  }

  @Override
  public void close() {
    try {
      channel.close(); // and the file with it; a mapping of it stays readable until it is collected
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
