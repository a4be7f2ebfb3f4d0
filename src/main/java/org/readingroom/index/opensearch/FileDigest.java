package org.readingroom.index.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's length and SHA-256, as the head of a shared file in the cluster states them ({@link
 * ClusterFiles}). Taken as the bytes go by ({@link Running}), whether read from the disk, uploaded
 * or written: so that checking a file never needs it whole in memory, whatever its size.
 */
record FileDigest(long bytes, String sha256) {

  /** The digest of the file as it reads now; null when there is no such file. */
  static FileDigest of(Path file) throws IOException {
    Running running = new Running();
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(running);
    } catch (NoSuchFileException e) {
      return null;
    }
    return running.digest();
  }

  /** The digest of the bytes written to it so far; it keeps none of them. */
  static final class Running extends OutputStream {
    private final MessageDigest sha256;
    private long bytes;

    Running() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void write(int b) {
      sha256.update((byte) b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      sha256.update(b, off, len);
      bytes += len;
    }

    long bytes() {
      return bytes;
    }

    /** The digest of what was written; the running digest starts again from nothing. */
    FileDigest digest() {
      FileDigest out = new FileDigest(bytes, HexFormat.of().formatHex(sha256.digest()));
      bytes = 0;
      return out;
    }
  }
}
