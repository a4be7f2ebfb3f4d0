package org.readingroom.archive;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.readingroom.source.DocumentKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The originals an archive keeps of the documents it read from PDFs and scans, so that a reader
 * can see them next to the text: {@code originals/KEY.pdf} (or {@code .png}, {@code .tif}, {@code
 * .jpg}) beside {@code originals/KEY.json}, which says what it is and how many pages it has; and
 * page images, rendered on first demand and kept under {@code pages/SHA256/N.png}. A file's name is
 * the document's key (its document number, else the hash of its content): never a name from the
 * input. Files are written whole and moved into place, so a reader never sees half of one.
 */
public final class Originals {

  private static final Logger LOG = LoggerFactory.getLogger(Originals.class);

  /** What a key may be to name a file: a document number or {@code sha256-...}, nothing else. */
  private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** {@code originals/KEY.json}: what the original is, as the file holds it. */
  @JsonPropertyOrder({"kind", "pages", "sha256", "source"})
  record Meta(String kind, int pages, String sha256, String source) {}

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
  private final SharedFiles shared;

  /** The originals of {@code archive}'s folder alone. */
  public Originals(ArchiveLayout archive) {
    this(archive, SharedFiles.FOLDER);
  }

  /**
   * The originals of {@code archive}, shared through {@code shared}: each kept is pushed, and one the
   * folder lacks is pulled when it is asked for (a server on a machine that did not ingest it).
   */
  public Originals(ArchiveLayout archive, SharedFiles shared) {
    this.archive = archive;
    this.shared = shared;
  }

  /** Keeps a document's original under its key, replacing what was kept under it before. */
  public void keep(String key, DocumentKind kind, byte[] bytes, int pages, String sha256, String source) throws IOException {
    checkKey(key);
    Path dir = archive.originals();
    Files.createDirectories(dir);
    Optional<Original> before = find(key);
    AtomicFile.write(dir.resolve(key + "." + kind.extension()), bytes);
    Meta meta = new Meta(kind.name(), pages, sha256, source);
    AtomicFile.write(dir.resolve(key + ".json"), SideFile.JSON.writeValueAsBytes(meta));
    if (before.isPresent() && before.get().kind() != kind) {
      Files.deleteIfExists(before.get().file());
    }
    shared.pushOriginal(archive, key);
  }

  /** The description of the original kept under {@code key}, pulled from where it is shared when the folder lacks it. */
  private byte[] read(Path meta, String key) throws IOException {
    try {
      return Files.readAllBytes(meta);
    } catch (NoSuchFileException e) {
      if (shared.pullOriginal(archive, key)) {
        return Files.readAllBytes(meta);
      }
      throw e;
    }
  }

  /** The original kept under a document's key, if it was read from a PDF or a scan. */
  public Optional<Original> find(String key) throws IOException {
    if (!isKey(key)) {
      return Optional.empty();
    }
    Path meta = archive.originals().resolve(key + ".json");
    Meta n;
    try {
      n = SideFile.JSON.readValue(read(meta, key), Meta.class);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (JsonProcessingException e) {
      // the text is in the index: a reader still gets the document, without its original
      LOG.warn("{} is damaged ({}): the document is served without its original; 'readingroom check' says what to do",
          meta, e.getOriginalMessage());
      return Optional.empty();
    }
    if (n == null) {
      return Optional.empty();
    }
    DocumentKind kind;
    try {
      kind = DocumentKind.valueOf(String.valueOf(n.kind()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String sha256 = String.valueOf(n.sha256());
    Path file = archive.originals().resolve(key + "." + kind.extension());
    if (!SHA256.matcher(sha256).matches() || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(new Original(key, kind, Math.max(0, n.pages()), sha256, file));
  }

  /**
   * The keys whose description ({@code KEY.json}) cannot be read, or names no file the folder
   * holds: the documents a reader then gets without their originals. Sorted.
   */
  public java.util.List<String> damaged() throws IOException {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (!Files.isDirectory(archive.originals())) {
      return out;
    }
    try (var files = Files.list(archive.originals())) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".json")) {
          continue;
        }
        String key = name.substring(0, name.length() - 5);
        try {
          Meta n = SideFile.JSON.readValue(Files.readAllBytes(p), Meta.class);
          if (n == null || find(key).isEmpty()) {
            out.add(key);
          }
        } catch (JsonProcessingException e) {
          out.add(key);
        }
      }
    }
    return out;
  }

  /** Where page {@code page} (from 1) of an original is kept once it has been rendered as a PNG image. */
  public Path pageImage(Original original, int page) {
    return archive.pageImages().resolve(original.sha256().substring(0, 32)).resolve(page + ".png");
  }

  /** Whether {@code key} may name an original's files. */
  public static boolean isKey(String key) {
    return SAFE_KEY.matcher(key).matches();
  }

  /**
   * The names the files of the original kept under {@code key} may have in {@code originals/}: the
   * file under each kind's extension, then its description.
   */
  public static List<String> fileNames(String key) {
    checkKey(key);
    List<String> out = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind != DocumentKind.TEXT) {
        out.add(key + "." + kind.extension());
      }
    }
    out.add(key + ".json");
    return out;
  }

  private static void checkKey(String key) {
    if (!isKey(key)) {
      throw new IllegalArgumentException("not a key that can name a file: " + key);
    }
  }

}
