package org.readingroom.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Locale;
import org.readingroom.record.ParseFailure;

/**
 * Loads a {@link SourceDocument}'s bytes, bounded by a size limit (a file over it is refused before
 * it is read). Every failure to load is a {@link ParseFailure}; this class never throws for I/O
 * trouble.
 */
public final class SourceBytes {

  /** The default size limit: far above any real release document (the corpus's largest is 256 KB). */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final long maxBytes;

  public SourceBytes(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** A source's bytes, or why they cannot be had. */
  public record Loaded(byte[] bytes, ParseFailure failure) {}

  /** Reads a source's bytes, bounded by the size limit. */
  public Loaded load(SourceDocument doc) {
    if (doc instanceof SourceDocument.Unreadable u) {
      return new Loaded(null, new ParseFailure(u.source(), u.kind(), u.error()));
    }
    if (doc instanceof SourceDocument.InMemory m) {
      return m.bytes().length > maxBytes
          ? new Loaded(null, tooLarge(m.source(), m.bytes().length))
          : new Loaded(m.bytes(), null);
    }
    SourceDocument.OnDisk d = (SourceDocument.OnDisk) doc;
    try {
      return new Loaded(load(d), null);
    } catch (NoSuchFileException e) {
      return new Loaded(null, new ParseFailure(d.source(), "missing", "no such file"));
    } catch (AccessDeniedException e) {
      return new Loaded(null, new ParseFailure(d.source(), "unreadable", "permission denied"));
    } catch (TooLarge e) {
      return new Loaded(null, new ParseFailure(d.source(), "too-large", e.getMessage()));
    } catch (IOException e) {
      return new Loaded(null, new ParseFailure(d.source(), "unreadable", "cannot read: " + e.getMessage()));
    }
  }

  /** The refusal of a source of {@code size} bytes, over the limit. */
  public ParseFailure tooLarge(String source, long size) {
    return new ParseFailure(source, "too-large", tooLargeMessage(size));
  }

  private String tooLargeMessage(long size) {
    return String.format(Locale.ROOT, "file is %.1f MB, over the %.1f MB limit (--max-size)",
        size / 1e6, maxBytes / 1e6);
  }

  private byte[] load(SourceDocument.OnDisk d) throws IOException {
    long size = d.size() >= 0 ? d.size() : Files.size(d.path());
    if (size > maxBytes) {
      throw new TooLarge(tooLargeMessage(size));
    }
    try (InputStream in = Files.newInputStream(d.path())) {
      byte[] bytes = readToEnd(in, (int) Math.min(size, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new TooLarge(tooLargeMessage(bytes.length));
      }
      return bytes;
    }
  }

  /**
   * Reads a stream to its end, or one byte past the size limit: {@code expected} bytes into an
   * array of that size (no chunks to copy together), then on if the file grew since it was sized.
   */
  private byte[] readToEnd(InputStream in, int expected) throws IOException {
    byte[] bytes = new byte[expected];
    int n = in.readNBytes(bytes, 0, expected);
    int next = in.read();
    if (next < 0) {
      return n == expected ? bytes : Arrays.copyOf(bytes, n);
    }
    ByteArrayOutputStream grown = new ByteArrayOutputStream(n + 8192);
    grown.write(bytes, 0, n);
    grown.write(next);
    grown.write(in.readNBytes((int) Math.min(maxBytes - n, Integer.MAX_VALUE - 8 - n - 1)));
    return grown.toByteArray();
  }

  /** A file over the size limit: a refusal, reported as a failure record. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }
}
