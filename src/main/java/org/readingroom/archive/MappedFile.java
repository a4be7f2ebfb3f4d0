package org.readingroom.archive;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * A file read in place, mapped into memory a gigabyte at a time (a mapping holds at most 2 GB): the
 * operating system's page cache holds what is read, not the heap, so a file of any size costs a
 * process only the pages it touches. Reads are absolute and safe from any thread. Never unmapped by
 * hand (the mappings go when no one holds this any more): a request still reading a file that an
 * analysis has replaced reads the old file whole, never freed memory.
 *
 * <p>Values are big-endian; a string is an int of its UTF-8 length (-1 for null) and its bytes.
 */
public final class MappedFile {

  private static final int CHUNK_BITS = 30;

  private final int chunkBits;
  private final long chunk;
  private final Path path;
  private final MappedByteBuffer[] chunks;
  private final long size;

  private MappedFile(Path path, int chunkBits, MappedByteBuffer[] chunks, long size) {
    this.chunkBits = chunkBits;
    this.chunk = 1L << chunkBits;
    this.path = path;
    this.chunks = chunks;
    this.size = size;
  }

  public static MappedFile open(Path path) throws IOException {
    return open(path, CHUNK_BITS);
  }

  /** Mapped in pieces of 2^{@code chunkBits} bytes: small ones let a test read across their edges. */
  static MappedFile open(Path path, int chunkBits) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      return of(path, ch, chunkBits);
    }
  }

  /** What {@code channel} holds now, mapped; the channel may be closed after. */
  static MappedFile of(Path path, FileChannel channel) throws IOException {
    return of(path, channel, CHUNK_BITS);
  }

  private static MappedFile of(Path path, FileChannel ch, int chunkBits) throws IOException {
    long size = ch.size();
    long chunk = 1L << chunkBits;
    int n = (int) ((size + chunk - 1) / chunk);
    MappedByteBuffer[] chunks = new MappedByteBuffer[n];
    for (int i = 0; i < n; i++) {
      long from = i * chunk;
      chunks[i] = ch.map(FileChannel.MapMode.READ_ONLY, from, Math.min(chunk, size - from));
      chunks[i].order(ByteOrder.BIG_ENDIAN);
    }
    return new MappedFile(path, chunkBits, chunks, size);
  }

  public Path path() {
    return path;
  }

  public long size() {
    return size;
  }

  public byte get(long at) {
    check(at, 1);
    return chunks[(int) (at >>> chunkBits)].get((int) (at & (chunk - 1)));
  }

  public int getInt(long at) {
    check(at, 4);
    int offset = (int) (at & (chunk - 1));
    if (offset <= chunk - 4) {
      return chunks[(int) (at >>> chunkBits)].getInt(offset);
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v = v << 8 | get(at + i) & 0xFF;
    }
    return v;
  }

  public long getLong(long at) {
    check(at, 8);
    int offset = (int) (at & (chunk - 1));
    if (offset <= chunk - 8) {
      return chunks[(int) (at >>> chunkBits)].getLong(offset);
    }
    return (long) getInt(at) << 32 | getInt(at + 4) & 0xFFFFFFFFL;
  }

  public void get(long at, byte[] into, int length) {
    check(at, length);
    int done = 0;
    while (done < length) {
      long here = at + done;
      MappedByteBuffer piece = chunks[(int) (here >>> chunkBits)];
      int offset = (int) (here & (chunk - 1));
      int n = Math.min(length - done, piece.limit() - offset);
      piece.get(offset, into, done, n);
      done += n;
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Reads values one after another from {@code at}. */
  public Cursor at(long at) {
    return new Cursor(at);
  }

  private void check(long at, long length) {
    if (at < 0 || length < 0 || at + length > size) {
      throw new IndexOutOfBoundsException(path + ": " + length + " bytes at " + at + " are past its end (" + size
          + " bytes): the file is damaged");
    }
  }

  /** A position in the file that moves on as values are read. Not for several threads. */
  public final class Cursor {
    private long at;

    private Cursor(long at) {
      this.at = at;
    }

    public long position() {
      return at;
    }

    public int readInt() {
      int v = getInt(at);
      at += 4;
      return v;
    }

    public long readLong() {
      long v = getLong(at);
      at += 8;
      return v;
    }

    /** Moves past a string. */
    public void skipString() {
      int length = readInt();
      if (length > 0) {
        check(at, length);
        at += length;
      }
    }

    /** Whether the string here is {@code utf8} (never when it is null); moves past it. */
    public boolean stringEquals(byte[] utf8) {
      int length = readInt();
      if (length < 0) {
        return false;
      }
      long start = at;
      check(start, length);
      at += length;
      if (length != utf8.length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (get(start + i) != utf8[i]) {
          return false;
        }
      }
      return true;
    }

    /**
     * The string here compared with {@code key}, in {@link String#compareTo}'s order, without
     * making a string of it where it can (a key of ASCII letters: then the order of the UTF-8
     * bytes is that order); moves past it. A null string is before every key.
     */
    public int compareString(String key) {
      if (!isAscii(key)) {
        String here = readString();
        return here == null ? -1 : here.compareTo(key);
      }
      int length = readInt();
      if (length < 0) {
        return -1;
      }
      long start = at;
      check(start, length);
      at += length;
      int n = Math.min(length, key.length());
      for (int i = 0; i < n; i++) {
        int c = (get(start + i) & 0xFF) - key.charAt(i);
        if (c != 0) {
          return c;
        }
      }
      return length - key.length();
    }

    /** A list written by {@link Writer#writeStrings}. */
    public List<String> readStrings() {
      int n = readInt();
      if (n < 0) {
        throw new IndexOutOfBoundsException("a list of " + n + " strings: the file is damaged");
      }
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        out[i] = readString();
      }
      return Arrays.asList(out);
    }

    /** A string written by {@link Writer#writeString}, or null. */
    public String readString() {
      int length = readInt();
      if (length < 0) {
        return null;
      }
      byte[] bytes = new byte[length];
      get(at, bytes, length);
      at += length;
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** The values {@link Cursor} reads, written to a stream. */
  public static final class Writer {
    private final java.io.DataOutputStream out;
    private long written;

    public Writer(java.io.OutputStream out) {
      this(out, 0);
    }

    /** A writer whose first value goes at {@code position} of the file: what was written before it. */
    public Writer(java.io.OutputStream out, long position) {
      this.out = new java.io.DataOutputStream(out);
      this.written = position;
    }

    /** How many bytes were written so far: the position of the next value in the file. */
    public long position() {
      return written;
    }

    public void writeInt(int v) throws IOException {
      out.writeInt(v);
      written += 4;
    }

    public void writeLong(long v) throws IOException {
      out.writeLong(v);
      written += 8;
    }

    public void writeString(String s) throws IOException {
      if (s == null) {
        writeInt(-1);
        return;
      }
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      writeInt(bytes.length);
      out.write(bytes);
      written += bytes.length;
    }

    /** Each of {@code values} after their count, as {@link Cursor#readStrings} reads them back. */
    public void writeStrings(List<String> values) throws IOException {
      writeInt(values.size());
      for (String v : values) {
        writeString(v);
      }
    }

    /** {@code bytes} after their length: what a value of a {@link RecordTable} is. */
    public void writeBytes(byte[] bytes) throws IOException {
      writeInt(bytes.length);
      out.write(bytes);
      written += bytes.length;
    }

    public void flush() throws IOException {
      out.flush();
    }
  }
}
