package org.readingroom.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.readingroom.source.ReleaseSources;
import org.readingroom.source.SourceBytes;
import org.readingroom.source.SourceDocument;

/**
 * The source readers (zip, tar, gzipped tar, folders) driven by a coverage-guided fuzzer from
 * archives of release texts and PDFs, committed as seeds in {@code SourceReadersFuzzTestInputs/}:
 * whatever the bytes, every document comes out named inside what was given, with its bytes or a
 * reason, within the size and inflation budgets; nothing escapes as an exception, and a folder
 * walk never reads a file outside the folder through a link.
 */
class SourceReadersFuzzTest {

  private static final long MAX_BYTES = 1 << 20;
  private static final Path WORK = workFolder();
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  @FuzzTest(maxDuration = "10s")
  void zip(byte[] bytes) throws IOException {
    readArchive("fuzz.zip", bytes);
  }

  @FuzzTest(maxDuration = "10s")
  void tar(byte[] bytes) throws IOException {
    readArchive("fuzz.tar", bytes);
  }

  @FuzzTest(maxDuration = "10s")
  void tgz(byte[] bytes) throws IOException {
    readArchive("fuzz.tgz", bytes);
  }

  /**
   * A folder made by the fuzzer: files, subfolders, and links to anywhere (inside, to an ancestor,
   * to a file outside the folder, to nowhere, to themselves). The walk ends, and reads no byte
   * from outside.
   */
  @FuzzTest(maxDuration = "10s")
  void folder(FuzzedDataProvider data) throws IOException {
    Path base = fresh();
    // new bytes each run: a fixed secret is learnt by the fuzzer's comparison hooks and written into
    // a plain file inside the folder, which is no escape (its first finding was exactly that)
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    Path outside = Files.write(base.resolve("outside.txt"), secret);
    Path root = Files.createDirectories(base.resolve("root"));
    int entries = data.consumeInt(0, 12);
    for (int i = 0; i < entries; i++) {
      String name = safeName(data.consumeString(12), i);
      Path dir = root;
      int depth = data.consumeInt(0, 2);
      for (int d = 0; d < depth; d++) {
        dir = Files.createDirectories(dir.resolve("d" + d));
      }
      Path p = dir.resolve(name);
      if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      switch (data.consumeInt(0, 5)) {
        case 0 -> Files.createSymbolicLink(p, outside);
        case 1 -> Files.createSymbolicLink(p, base);
        case 2 -> Files.createSymbolicLink(p, root);
        case 3 -> Files.createSymbolicLink(p, p.getFileName());
        case 4 -> Files.createSymbolicLink(p, Path.of("..", "..", "..", "outside.txt"));
        default -> Files.write(p, data.consumeBytes(2000));
      }
    }
    SourceBytes loader = new SourceBytes(MAX_BYTES);
    ReleaseSources sources = new ReleaseSources(List.of(root.toString()), MAX_BYTES);
    int seen = 0;
    while (sources.hasNext()) {
      SourceDocument doc = sources.next();
      assertTrue(++seen < 10_000, "the walk goes round a loop");
      SourceBytes.Loaded loaded = loader.load(doc);
      if (loaded.bytes() != null) {
        assertFalse(java.util.Arrays.equals(secret, loaded.bytes()), "read through a link out of the folder: " + doc);
      }
    }
  }

  private static void readArchive(String name, byte[] bytes) throws IOException {
    Path file = Files.write(fresh().resolve(name), bytes);
    SourceBytes loader = new SourceBytes(MAX_BYTES);
    ReleaseSources sources = new ReleaseSources(List.of(file.toString()), MAX_BYTES);
    int seen = 0;
    while (sources.hasNext()) {
      SourceDocument doc = sources.next();
      assertNotNull(doc.source());
      assertTrue(doc.source().startsWith(file.toString()), doc.source());
      assertTrue(++seen < 100_000, "an archive without end");
      SourceBytes.Loaded loaded = loader.load(doc);
      assertTrue(loaded.bytes() == null ? loaded.failure() != null : loaded.bytes().length <= MAX_BYTES);
    }
  }

  /** A name the file system takes: no separator, no NUL, not empty, not . or .. */
  private static String safeName(String s, int i) {
    String n = s.replace('/', '_').replace('\0', '_');
    return n.isEmpty() || n.equals(".") || n.equals("..") || n.getBytes(StandardCharsets.UTF_8).length > 200
        ? "f" + i : n;
  }

  /** An empty folder for one input. */
  private static Path fresh() throws IOException {
    try (Stream<Path> old = Files.walk(WORK)) {
      for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.equals(WORK)) {
          Files.delete(p);
        }
      }
    }
    return WORK;
  }

  private static Path workFolder() {
    try {
      Path dir = Files.createTempDirectory("readingroom-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
