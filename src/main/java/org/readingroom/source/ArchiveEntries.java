package org.readingroom.source;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The entries of one archive, read as a stream: a file's, or the current entry of an enclosing
 * archive's stream ({@code within}), which this one reads but never closes. Every byte inflated
 * (by this archive's reader or a nested one's) is counted against the {@link InflationBudget} of the
 * archive given; once it is spent, the rest of the archive is refused.
 */
final class ArchiveEntries implements Iterator<SourceDocument> {

  /** How deep archives inside archives are opened; deeper ones are refused (a zip that holds itself). */
  static final int MAX_NESTING = 3;

  private final String name;
  private final long maxBytes;
  private final Path path;
  private final InputStream within;
  private final int depth;
  private final InflationBudget budget;
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

  ArchiveEntries(Path path, InputStream within, String name, long maxBytes, InflationBudget budget, int depth) {
    this.path = path;
    this.within = within;
    this.name = name;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.depth = depth;
  }

  /** A name that says zip, tgz, tar.gz or tar. */
  static boolean isArchive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".zip") || lower.endsWith(".tgz") || lower.endsWith(".tar.gz") || lower.endsWith(".tar");
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
    } catch (InflationBudget.Exhausted e) {
      next = new SourceDocument.Unreadable(name, "over-budget", e.getMessage());
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
      zip = new CountedZip(raw, budget);
    } else if (lower.endsWith(".tar")) {
      tar = new TarArchiveInputStream(raw);
    } else {
      tar = new TarArchiveInputStream(new Counted(new GZIPInputStream(raw, 1 << 16), budget));
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
      nested = new ArchiveEntries(null, in, source, maxBytes, budget, depth + 1);
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

  /**
   * A zip reader that counts what it inflates: its own reads, and those it makes to pass over the
   * rest of an entry (closeEntry reads through this same method).
   */
  private static final class CountedZip extends ZipInputStream {
    private final InflationBudget budget;

    CountedZip(InputStream in, InflationBudget budget) {
      super(in);
      this.budget = budget;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      budget.spend(n);
      return n;
    }
  }

  /** A decompressing stream whose output is counted, skips included. */
  private static final class Counted extends FilterInputStream {
    private final InflationBudget budget;

    Counted(InputStream in, InflationBudget budget) {
      super(in);
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      budget.spend(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      budget.spend(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      budget.spend(skipped);
      return skipped;
    }
  }
}
