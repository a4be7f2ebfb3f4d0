package org.readingroom.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one {@link SourceDocument} into a {@link ParseResult}: loads its bytes (bounded by {@link
 * #maxBytes}), decodes them and parses the text. Every failure becomes a {@link ParseFailure}; this
 * class throws only for programming errors.
 */
public final class ReleaseReader {

  /** The default size limit: far above any real release document (the corpus's largest is 256 KB). */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  private final ReleaseParser parser = new ReleaseParser();
  private final long maxBytes;

  public ReleaseReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public ReleaseReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public ParseResult read(SourceDocument doc) {
    Loaded loaded = load(doc);
    return loaded.failure() != null ? loaded.failure() : parse(doc.source(), loaded.bytes());
  }

  /** A source's bytes, or why they cannot be had. */
  public record Loaded(byte[] bytes, ParseFailure failure) {}

  /** Reads a source's bytes, bounded by the size limit; never throws for I/O trouble. */
  public Loaded load(SourceDocument doc) {
    if (doc instanceof SourceDocument.Unreadable u) {
      return new Loaded(null, new ParseFailure(u.source(), u.kind(), u.error()));
    }
    if (doc instanceof SourceDocument.InMemory m) {
      return m.bytes().length > maxBytes
          ? new Loaded(null, new ParseFailure(m.source(), "too-large", tooLarge(m.bytes().length)))
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

  /** A parse, and the text it was read from (null when the bytes were not text). */
  public record Parsed(ParseResult result, String text) {}

  /** Parses bytes already in memory and keeps the decoded text, as released. */
  public Parsed parseKeepingText(String source, byte[] bytes) {
    if (bytes.length > maxBytes) {
      return new Parsed(new ParseFailure(source, "too-large", tooLarge(bytes.length)), null);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.chars() == null) {
      return new Parsed(new ParseFailure(source, decoded.failureKind(), decoded.failure()), null);
    }
    return new Parsed(parse(source, decoded), new String(decoded.chars(), 0, decoded.length()));
  }

  /** Parses bytes already in memory (an archive entry, a test's document). */
  public ParseResult parse(String source, byte[] bytes) {
    if (bytes.length > maxBytes) {
      return new ParseFailure(source, "too-large", tooLarge(bytes.length));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.chars() == null) {
      return new ParseFailure(source, decoded.failureKind(), decoded.failure());
    }
    return parse(source, decoded);
  }

  private ParseResult parse(String source, TextDecoder.Decoded decoded) {
    ReleaseRecord record = parser.parse(source, decoded.chars(), decoded.length());
    if (decoded.warnings().isEmpty()) {
      return record;
    }
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(record.warnings());
    return new ReleaseRecord(record.source(), record.docId(), record.caseNumber(), record.releaseDate(),
        record.release(), record.exemptions(), record.statutes(), record.classification(), record.pages(),
        record.messages(), record.redactions(), record.text(), warnings);
  }

  private byte[] load(SourceDocument.OnDisk d) throws IOException {
    long size = d.size() >= 0 ? d.size() : Files.size(d.path());
    if (size > maxBytes) {
      throw new TooLarge(tooLarge(size));
    }
    try (InputStream in = Files.newInputStream(d.path())) {
      byte[] bytes = readToEnd(in, (int) Math.min(size, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new TooLarge(tooLarge(bytes.length));
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

  private String tooLarge(long size) {
    return String.format(java.util.Locale.ROOT, "file is %.1f MB, over the %.1f MB limit (--max-size)",
        size / 1e6, maxBytes / 1e6);
  }

  /** A file over the size limit: a refusal, reported as a failure record. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }
}
