package org.readingroom.archive;

import java.io.BufferedOutputStream;
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
      int cmp = c.readString().compareTo(key);
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
    BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
    try {
      Path offsets = Files.createTempFile(dir, path.getFileName().toString(), ".offsets");
      try {
        long n = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
            OutputStream ofs = new BufferedOutputStream(Files.newOutputStream(offsets), 1 << 16)) {
          MappedFile.Writer w = new MappedFile.Writer(os);
          MappedFile.Writer o = new MappedFile.Writer(ofs);
          w.writeInt(MAGIC);
          w.writeInt(VERSION);
          String last = null;
          while (records.hasNext()) {
            Map.Entry<String, byte[]> r = records.next();
            if (last != null && last.compareTo(r.getKey()) >= 0) {
              throw new IllegalArgumentException("records out of key order: " + last + " before " + r.getKey());
            }
            last = r.getKey();
            o.writeLong(w.position());
            w.writeString(r.getKey());
            w.writeBytes(r.getValue());
            n++;
          }
          o.flush();
          long offsetsStart = w.position();
          w.flush();
          Files.copy(offsets, os);
          MappedFile.Writer tail = new MappedFile.Writer(os);
          tail.writeLong(a.size());
          tail.writeLong(a.lastModifiedTime().toMillis());
          tail.writeLong(n);
          tail.writeLong(offsetsStart);
          tail.writeInt(MAGIC);
          tail.writeInt(VERSION);
          tail.flush();
        }
      } finally {
        Files.deleteIfExists(offsets);
      }
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
