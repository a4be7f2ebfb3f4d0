package org.readingroom.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Enumerates the documents named by the paths a user gives, lazily and in order: a file; a folder,
 * walked recursively with each folder's entries in name order (hidden files skipped); a {@code
 * .zip}, {@code .tgz}/{@code .tar.gz} or {@code .tar} archive, entries in stored order, each named
 * {@code archive.zip!inner/path}; an archive inside an archive is opened the same way, as it streams
 * by ({@code archive.zip!monthly.zip!doc.pdf}), down to {@link #MAX_NESTING} levels. Archive entries
 * are read into memory, bounded by the size limit; nothing is extracted to disk, so an entry's name
 * never becomes a path; an entry whose name would leave the archive ({@code ../}, absolute) is
 * refused, as hostile or broken.
 */
public final class ReleaseSources implements Iterator<SourceDocument> {

  /** How deep archives inside archives are opened; deeper ones are refused (a zip that holds itself). */
  static final int MAX_NESTING = 3;

  private final Deque<Path> pending = new ArrayDeque<>();
  private final Deque<String> pendingNames = new ArrayDeque<>();
  private final long maxBytes;
  private Iterator<SourceDocument> archive;
  private SourceDocument next;

  /**
   * @param paths the paths as the user gave them
   * @param maxBytes entries larger than this are reported as too large
   */
  public ReleaseSources(List<String> paths, long maxBytes) {
    for (String p : paths) {
      pending.add(Path.of(p));
      pendingNames.add(p);
    }
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (archive != null && archive.hasNext()) {
        next = archive.next();
      } else if (archive != null) {
        archive = null;
      } else if (!pending.isEmpty()) {
        next = open(pending.poll(), pendingNames.poll());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public SourceDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceDocument out = next;
    next = null;
    return out;
  }

  /** Opens a path: a document, or null after queueing what a folder or archive holds. */
  private SourceDocument open(Path path, String name) {
    // one look at the disk tells a folder, a file and its size, where three were made
    BasicFileAttributes attributes = attributesOrNull(path);
    if (attributes != null && attributes.isDirectory()) {
      try {
        List<Path> children = listSorted(path);
        for (int i = children.size() - 1; i >= 0; i--) {
          Path child = children.get(i);
          pending.addFirst(child);
          pendingNames.addFirst(name.endsWith("/") ? name + child.getFileName() : name + "/" + child.getFileName());
        }
        return null;
      } catch (AccessDeniedException e) {
        return new SourceDocument.Unreadable(name, "unreadable", "folder cannot be read: permission denied");
      } catch (IOException e) {
        return new SourceDocument.Unreadable(name, "unreadable", "folder cannot be read: " + e.getMessage());
      }
    }
    if (attributes == null && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return new SourceDocument.Unreadable(name, "missing", "no such file or folder");
    }
    if (isArchive(name)) {
      archive = new ArchiveEntries(path, null, name, maxBytes, 0);
      return null;
    }
    // a link to nowhere is listed, and reported missing when it is read
    return new SourceDocument.OnDisk(name, path, attributes == null ? -1 : attributes.size());
  }

  /** A name that says zip, tgz, tar.gz or tar. */
  private static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".zip") || lower.endsWith(".tgz") || lower.endsWith(".tar.gz") || lower.endsWith(".tar");
  }

  /** What the path (links followed) is, or null when it cannot be looked at. */
  private static BasicFileAttributes attributesOrNull(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  private static List<Path> listSorted(Path dir) throws IOException {
    // each name is taken once: a comparator that took both names anew at each comparison made
    // 400,000 paths and strings to sort the corpus's 27,154 files
    Map<String, Path> byName = new TreeMap<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".")) {
          byName.put(name, p);
        }
      }
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * The entries of one archive, read as a stream: a file's, or the current entry of an enclosing
   * archive's stream ({@code within}), which this one reads but never closes.
   */
  private static final class ArchiveEntries implements Iterator<SourceDocument> {
    private final String name;
    private final long maxBytes;
    private final Path path;
    private final InputStream within;
    private final int depth;
    private InputStream raw;
    private ZipInputStream zip;
    private TarArchiveInputStream tar;
    /** The archive inside this one being read, entry by entry, before this one goes on. */
    private ArchiveEntries nested;
    private SourceDocument next;
    private boolean done;
    /** Something was read from this archive: an entry, a failure, an archive inside it. */
    private boolean any;
    /** What the start of the file says it is not, when it is not what its name says. */
    private String notWhatItSays;

    ArchiveEntries(Path path, InputStream within, String name, long maxBytes, int depth) {
      this.path = path;
      this.within = within;
      this.name = name;
      this.maxBytes = maxBytes;
      this.depth = depth;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (nested != null) {
          if (nested.hasNext()) {
            next = nested.next();
            return true;
          }
          nested = null;
        }
        if (done) {
          return false;
        }
        readEntry();
      }
      return true;
    }

    /** Reads the next entry: a document, an archive to read next, or the end. */
    private void readEntry() {
      try {
        if (raw == null) {
          openStreams();
        }
        next = zip != null ? nextZip() : nextTar();
      } catch (NoSuchFileException e) {
        next = new SourceDocument.Unreadable(name, "missing", "no such file");
        finish();
      } catch (AccessDeniedException e) {
        next = new SourceDocument.Unreadable(name, "unreadable", "permission denied");
        finish();
      } catch (IOException | RuntimeException e) {
        // a truncated or corrupt archive: report it, keep what was read before
        next = new SourceDocument.Unreadable(name, "corrupt-archive", "archive cannot be read further: " + e.getMessage());
        finish();
      }
      if (next == null && nested == null) {
        finish();
        if (!any) {
          // nothing silently: an archive that yields nothing says why
          next = notWhatItSays != null
              ? new SourceDocument.Unreadable(name, notWhatItSays.equals("empty file") ? "empty" : "corrupt-archive",
                  notWhatItSays)
              : new SourceDocument.Unreadable(name, "empty-archive", "the archive holds no documents");
        }
      }
      any |= next != null || nested != null;
    }

    @Override
    public SourceDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      SourceDocument out = next;
      next = null;
      return out;
    }

    private void openStreams() throws IOException {
      InputStream in = within == null ? Files.newInputStream(path) : new FilterInputStream(within) {
        @Override
        public void close() {
          // the enclosing archive's stream: it goes on to its next entry
        }
      };
      raw = new BufferedInputStream(in, 1 << 16);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".zip")) {
        notWhatItSays = zipHeaderProblem(raw);
        zip = new ZipInputStream(raw);
      } else if (lower.endsWith(".tar")) {
        tar = new TarArchiveInputStream(raw);
      } else {
        tar = new TarArchiveInputStream(new GZIPInputStream(raw, 1 << 16));
      }
    }

    /**
     * Why the stream's first bytes are not a zip's (a local file header, or the end record of an
     * empty zip), or null when they are; the stream is left where it was. A zip reader would read
     * anything else as a zip of no entries.
     */
    private static String zipHeaderProblem(InputStream in) throws IOException {
      in.mark(4);
      byte[] head = in.readNBytes(4);
      in.reset();
      if (head.length == 0) {
        return "empty file";
      }
      boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K'
          && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6 || head[2] == 7 && head[3] == 8);
      return zip ? null : "not a zip archive: its first bytes are no zip header";
    }

    private SourceDocument nextZip() throws IOException {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (!e.isDirectory() && !hidden(e.getName())) {
          return entry(e.getName(), zip);
        }
      }
      return null;
    }

    private SourceDocument nextTar() throws IOException {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        if (e.isFile() && !hidden(e.getName())) {
          return entry(e.getName(), tar);
        }
      }
      return null;
    }

    private SourceDocument entry(String entryName, InputStream in) throws IOException {
      String source = name + "!" + entryName;
      if (climbsOut(entryName)) {
        return new SourceDocument.Unreadable(source, "unsafe-path",
            "the archive names this entry with a path that leaves the archive (../ or absolute): refused");
      }
      if (isArchive(entryName)) {
        if (depth + 1 > MAX_NESTING) {
          return new SourceDocument.Unreadable(source, "nested-archive",
              "an archive inside " + MAX_NESTING + " others: not opened (an archive that holds itself?)");
        }
        nested = new ArchiveEntries(null, in, source, maxBytes, depth + 1);
        return null;
      }
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        return new SourceDocument.Unreadable(source, "too-large",
            String.format(Locale.ROOT, "entry is over the %.1f MB limit (--max-size)", maxBytes / 1e6));
      }
      return new SourceDocument.InMemory(source, bytes);
    }

    /**
     * A name that would climb out of a folder it were extracted into: an absolute path, a drive, or
     * a {@code ..} step. Nothing is ever extracted, but such an archive is hostile or broken, and
     * the reader should hear of it.
     */
    static boolean climbsOut(String entryName) {
      String n = entryName.replace('\\', '/');
      if (n.startsWith("/") || n.length() >= 2 && n.charAt(1) == ':') {
        return true;
      }
      for (String step : n.split("/")) {
        if (step.equals("..")) {
          return true;
        }
      }
      return false;
    }

    private static boolean hidden(String entryName) {
      String base = entryName.substring(entryName.lastIndexOf('/') + 1);
      return base.startsWith(".") || entryName.startsWith("__MACOSX/");
    }

    private void finish() {
      done = true;
      if (raw != null) {
        try {
          raw.close();
        } catch (IOException ignored) {
          // closing a stream we only read: nothing is lost
        }
      }
    }
  }
}
