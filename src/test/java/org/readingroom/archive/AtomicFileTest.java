package org.readingroom.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole or not at all, from bytes or from a stream. */
class AtomicFileTest {

  @TempDir Path tmp;

  @Test
  void aStreamLargerThanItsBufferIsWrittenWhole() throws Exception {
    Path f = tmp.resolve("sub/big");
    byte[] expected = new byte[3 << 20];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = (byte) (i * 31 + (i >>> 11));
    }
    AtomicFile.write(f, out -> {
      for (int i = 0; i < expected.length; i += 1000) { // pieces that cross the buffer's edges
        out.write(expected, i, Math.min(1000, expected.length - i));
      }
      out.write(new byte[0]);
      out.close(); // a writer that closes its stream does not lose the bytes still buffered
    });
    assertArrayEquals(expected, Files.readAllBytes(f));
    assertArrayEquals(expected, AtomicFile.readIfPresent(f));
  }

  @Test
  void aWriterThatFailsLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path f = tmp.resolve("people.json");
    AtomicFile.write(f, "old".getBytes(StandardCharsets.UTF_8));
    IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
      out.write(new byte[200_000]);
      throw new IOException("the source broke off");
    }));
    assertEquals("the source broke off", e.getMessage());
    assertEquals("old", Files.readString(f));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(1, left.count());
    }
  }

  @Test
  void noFileIsNull() throws Exception {
    assertEquals(null, AtomicFile.readIfPresent(tmp.resolve("none")));
  }
}
