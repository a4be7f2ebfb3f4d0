package org.readingroom.archive;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * Records by key, read in place ({@link MappedFile}): a side file's entries made into a table beside
 * it, so that a server finds one by its key, or reads them all in key order, without holding them.
 * It records the size and time of the file it was made from ({@link #madeFrom}), so a reader knows
 * when to make it again.
 *
 * <p>The file: a header; each record as its key (a string) and its value (a length and its bytes,
 * written and read by the table's user with {@link MappedFile.Writer} and {@link MappedFile.Cursor}), in key order; the
 * position of each record; a footer with the source's size and time, the count, and where the
 * positions start.
 */
public final class RecordTable {

  private static final int MAGIC = 0x52525254; // "RRRT"
  private static final int VERSION = 1;
  private static final int HEADER = 8;
  private static final int FOOTER = 4 * 8 + 8;

  private final MappedFile file;
  private final long sourceSize;
  private final long sourceModified;
  private final int count;
  private final long offsetsAt;

  private RecordTable(MappedFile file) throws DamagedFileException {
    this.file = file;
    long size = file.size();
    if (size < HEADER + FOOTER || file.getInt(0) != MAGIC || file.getInt(4) != VERSION
        || file.getInt(size - 8) != MAGIC || file.getInt(size - 4) != VERSION) {
      throw new DamagedFileException(file.path(), "not a record table of this version", null);
    }
    MappedFile.Cursor c = file.at(size - FOOTER);
    sourceSize = c.readLong();
    sourceModified = c.readLong();
    long n = c.readLong();
    offsetsAt = c.readLong();
    if (n < 0 || n > Integer.MAX_VALUE || offsetsAt < HEADER || offsetsAt + 8 * n != size - FOOTER) {
      throw new DamagedFileException(file.path(), "its parts do not add up to its size", null);
    }
    count = (int) n;
  }

  public static RecordTable open(Path path) throws IOException {
    return new RecordTable(MappedFile.open(path));
  }

  /** Whether this was made from {@code source} as it is now (its size and modification time). */
  public boolean madeFrom(Path source) throws IOException {
    BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
    return a.size() == sourceSize && a.lastModifiedTime().toMillis() == sourceModified;
  }

  public int size() {
    return count;
  }

  /** The value of the record at {@code ordinal} of the key order: a cursor at its first byte. */
  public MappedFile.Cursor value(int ordinal) {
    MappedFile.Cursor c = file.at(file.getLong(offsetsAt + 8L * ordinal));
    c.skipString();
    c.readInt();
    return c;
  }

  /** The value kept under {@code key} (a cursor at its first byte), or null. */
  public MappedFile.Cursor value(String key) {
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      MappedFile.Cursor c = file.at(file.getLong(offsetsAt + 8L * mid));
      int cmp = c.compareString(key);
      if (cmp < 0) {
        lo = mid + 1;
      } else if (cmp > 0) {
        hi = mid - 1;
      } else {
        c.readInt();
        return c;
      }
    }
    return null;
  }

  /** Every value in key order, as {@code read} reads it from its first byte, when asked for. */
  public <T> List<T> values(Function<MappedFile.Cursor, T> read) {
    return new Values<>(read);
  }

  private final class Values<T> extends AbstractList<T> implements RandomAccess {
    private final Function<MappedFile.Cursor, T> read;

    Values(Function<MappedFile.Cursor, T> read) {
      this.read = read;
    }

    @Override
    public T get(int index) {
      if (index < 0 || index >= count) {
        throw new IndexOutOfBoundsException(index);
      }
      return read.apply(value(index));
    }

    @Override
    public int size() {
      return count;
    }
  }

  /**
   * Writes {@code records} (in key order, each key once) to {@code path}, whole or not at all, as
   * made from {@code source} as it is now.
   */
  public static void write(Path path, Iterator<Map.Entry<String, byte[]>> records, Path source) throws IOException {
    try (Builder b = new Builder(path, source)) {
      while (records.hasNext()) {
        Map.Entry<String, byte[]> r = records.next();
        b.add(r.getKey(), r.getValue());
      }
      b.finish();
    }
  }

  /** Records given in an order not the keys' (or a key twice): the table is not written. */
  public static final class OutOfOrderException extends IOException {
    private static final long serialVersionUID = 1L;

    OutOfOrderException(String message) {
      super(message);
    }
  }

  /**
   * A table written record by record as its source is read, holding none of them: {@link #add} each
   * in key order, then {@link #finish}; closed unfinished (a failure on the way), it leaves the
   * table as it was and no file behind.
   */
  public static final class Builder implements Closeable {
    private final Path path;
    private final long sourceSize;
    private final long sourceModified;
    private final Path tmp;
    private final Path offsets;
    private final OutputStream os;
    private final OutputStream ofs;
    private final MappedFile.Writer w;
    private final MappedFile.Writer o;
    private String last;
    private long n;
    private boolean finished;

    /** Records the state of {@code source} as it is now: read it after this, not before. */
    public Builder(Path path, Path source) throws IOException {
      this.path = path;
      BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
      sourceSize = a.size();
      sourceModified = a.lastModifiedTime().toMillis();
      Path dir = path.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
      offsets = Files.createTempFile(dir, path.getFileName().toString(), ".offsets");
      os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
      ofs = new BufferedOutputStream(Files.newOutputStream(offsets), 1 << 16);
      w = new MappedFile.Writer(os);
      o = new MappedFile.Writer(ofs);
      w.writeInt(MAGIC);
      w.writeInt(VERSION);
    }

    /** @throws OutOfOrderException when {@code key} is not after the key added last */
    public void add(String key, byte[] value) throws IOException {
      if (last != null && last.compareTo(key) >= 0) {
        throw new OutOfOrderException("records out of key order: " + last + " before " + key);
      }
      last = key;
      o.writeLong(w.position());
      w.writeString(key);
      w.writeBytes(value);
      n++;
    }

    /** Writes the positions and the footer, and moves the table into place. */
    public void finish() throws IOException {
      o.flush();
      ofs.close();
      long offsetsStart = w.position();
      w.flush();
      Files.copy(offsets, os);
      MappedFile.Writer tail = new MappedFile.Writer(os);
      tail.writeLong(sourceSize);
      tail.writeLong(sourceModified);
      tail.writeLong(n);
      tail.writeLong(offsetsStart);
      tail.writeInt(MAGIC);
      tail.writeInt(VERSION);
      tail.flush();
      os.close();
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      finished = true;
    }

    @Override
    public void close() throws IOException {
      if (!finished) {
        os.close();
        ofs.close();
      }
      Files.deleteIfExists(offsets);
      Files.deleteIfExists(tmp);
    }
  }
}
