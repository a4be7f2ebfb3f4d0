package org.readingroom.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.readingroom.extract.DocumentKind;
import org.readingroom.extract.PageImages;

/**
 * The originals an archive keeps of the documents it read from PDFs and scans, so that a reader
 * can see them next to the text: {@code originals/KEY.pdf} (or {@code .png}, {@code .tif}, {@code
 * .jpg}) beside {@code originals/KEY.json}, which says what it is and how many pages it has; and
 * page images, rendered on first demand and kept under {@code pages/SHA256/N.png}. A file's name is
 * the document's key (its document number, else the hash of its content): never a name from the
 * input. Files are written whole and moved into place, so a reader never sees half of one.
 */
public final class Originals {

  /** What a key may be to name a file: a document number or {@code sha256-...}, nothing else. */
  private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * An original the archive holds.
   *
   * @param pages its pages: the page images there are, numbered from 1
   */
  public record Original(String key, DocumentKind kind, int pages, String sha256, Path file) {
    public String contentType() {
      return kind.contentType();
    }
  }

  private final ArchiveLayout archive;
  /** Rendering a page takes memory (a page's pixels) and a core: as many at once as cores. */
  private final Semaphore rendering = new Semaphore(Runtime.getRuntime().availableProcessors());

  public Originals(ArchiveLayout archive) {
    this.archive = archive;
  }

  /** Keeps a document's original under its key, replacing what was kept under it before. */
  void keep(String key, DocumentKind kind, byte[] bytes, int pages, String sha256, String source) throws IOException {
    checkKey(key);
    Path dir = archive.originals();
    Files.createDirectories(dir);
    Optional<Original> before = find(key);
    writeAtomically(dir.resolve(key + "." + kind.extension()), bytes);
    ObjectNode meta = JSON.createObjectNode();
    meta.put("kind", kind.name());
    meta.put("pages", pages);
    meta.put("sha256", sha256);
    meta.put("source", source);
    writeAtomically(dir.resolve(key + ".json"), JSON.writeValueAsBytes(meta));
    if (before.isPresent() && before.get().kind() != kind) {
      Files.deleteIfExists(before.get().file());
    }
  }

  /** The original kept under a document's key, if it was read from a PDF or a scan. */
  public Optional<Original> find(String key) throws IOException {
    if (!SAFE_KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Path meta = archive.originals().resolve(key + ".json");
    JsonNode n;
    try {
      n = JSON.readTree(Files.readAllBytes(meta));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    DocumentKind kind;
    try {
      kind = DocumentKind.valueOf(n.path("kind").asText());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String sha256 = n.path("sha256").asText();
    Path file = archive.originals().resolve(key + "." + kind.extension());
    if (!SHA256.matcher(sha256).matches() || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(new Original(key, kind, Math.max(0, n.path("pages").asInt()), sha256, file));
  }

  /**
   * Page {@code page} (from 1) of an original as a PNG image, rendered once and kept.
   *
   * @throws IllegalArgumentException when the original has no such page
   */
  public byte[] pageImage(Original original, int page) throws IOException, InterruptedException {
    if (page < 1 || page > original.pages()) {
      throw new IllegalArgumentException("page " + page + " is not between 1 and " + original.pages());
    }
    Path cached = archive.pageImages().resolve(original.sha256().substring(0, 32)).resolve(page + ".png");
    if (Files.isRegularFile(cached)) {
      return Files.readAllBytes(cached);
    }
    byte[] png;
    rendering.acquire();
    try {
      png = PageImages.png(original.kind(), original.file(), page - 1);
    } finally {
      rendering.release();
    }
    Files.createDirectories(cached.getParent());
    writeAtomically(cached, png);
    return png;
  }

  private static void checkKey(String key) {
    if (!SAFE_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a key that can name a file: " + key);
    }
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
