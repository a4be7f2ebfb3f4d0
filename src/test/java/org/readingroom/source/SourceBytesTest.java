package org.readingroom.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.record.ParseFailure;

/** A file is read by the size it was listed with, and whole when that size is out of date. */
class SourceBytesTest {

  @TempDir Path dir;

  private byte[] load(SourceBytes reader, Path file, long listedSize) {
    SourceBytes.Loaded loaded = reader.load(new SourceDocument.OnDisk(file.toString(), file, listedSize));
    return loaded.bytes();
  }

  @Test
  void aFileIsReadWholeWhateverSizeItWasListedWith() throws IOException {
    byte[] text = "From: H\nSubject: the text of the file\n".repeat(500).getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("doc.txt"), text);
    SourceBytes reader = new SourceBytes(SourceBytes.DEFAULT_MAX_BYTES);
    assertArrayEquals(text, load(reader, file, text.length));
    assertArrayEquals(text, load(reader, file, -1), "size not known");
    assertArrayEquals(text, load(reader, file, 10), "the file grew since it was listed");
    assertArrayEquals(text, load(reader, file, 0), "listed empty");
  }

  @Test
  void aFileThatShrankSinceItWasListedIsReadAsItIs() throws IOException {
    Path file = Files.writeString(dir.resolve("doc.txt"), "From: H");
    assertArrayEquals("From: H".getBytes(StandardCharsets.UTF_8), load(new SourceBytes(SourceBytes.DEFAULT_MAX_BYTES), file, 4096));
  }

  @Test
  void aFileThatGrewPastTheLimitIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("doc.txt"), "From: someone long");
    ParseFailure f = new SourceBytes(10).load(new SourceDocument.OnDisk(file.toString(), file, 5)).failure();
    assertEquals("too-large", assertInstanceOf(ParseFailure.class, f).kind());
  }
}
