package org.readingroom.archive;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An archive file, written whole or not at all: into a temporary file beside it, then moved into
 * place, so a reader (a server, another command) sees the old file or the new one, never half of it.
 * The bytes are forced to the disk before the move: after a crash or a power cut, the name holds
 * the old file or the whole new one, not a new name over blocks never written.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What a file is made of, written as a stream: so that a large file is never whole in memory. */
  @FunctionalInterface
  public interface Contents {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path file, byte[] bytes) throws IOException {
    write(file, out -> out.write(bytes));
  }

  /**
   * Writes what {@code contents} writes to the stream it is given (buffered) as {@code file}, whole
   * or not at all: if it throws, the file is left as it was and no temporary file stays behind.
   */
  public static void write(Path file, Contents contents) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        contents.writeTo(new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() {
            // the channel is closed here, once it is forced
          }
        });
        out.flush();
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The file's bytes, or null when there is no such file (an archive not analysed yet, say). */
  public static byte[] readIfPresent(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }
}
