package org.readingroom.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * Enumerates the documents named by the paths a user gives, lazily and in order: a file; a folder,
 * walked recursively with each folder's entries in name order (hidden files skipped); a {@code
 * .zip}, {@code .tgz}/{@code .tar.gz} or {@code .tar} archive, entries in stored order, each named
 * {@code archive.zip!inner/path}; an archive inside an archive is opened the same way, as it streams
 * by ({@code archive.zip!monthly.zip!doc.pdf}), down to {@link ArchiveEntries#MAX_NESTING} levels.
 * Archive entries are read into memory, bounded by the size limit and the archive's inflation
 * budget; nothing is extracted to disk, so an entry's name never becomes a path; an entry whose
 * name would leave the archive ({@code ../}, absolute) is refused, as hostile or broken.
 *
 * <p>A walk reads only what it was given. Inside a folder given, a symbolic link that leads out of
 * it is refused (unless {@link SourceRules#followLinks}), a link round a loop or to a folder
 * already read is refused, and so is anything that is not a file or a folder (a FIFO, which would
 * block the reader forever; a socket; a device). Each is a document that says why.
 */
public final class ReleaseSources implements Iterator<SourceDocument> {

  /**
   * A path still to be looked at: its name, and the real path of the folder given that it lies in
   * (null for a path given itself).
   */
  private record Pending(Path path, String name, Path root) {}

  private final Deque<Pending> pending = new ArrayDeque<>();
  private final SourceRules rules;
  /** The real paths of the folders read so far: a link back to one is a loop, or a second way in. */
  private final Set<Path> foldersRead = new HashSet<>();
  private Iterator<SourceDocument> archive;
  private SourceDocument next;

  /**
   * @param paths the paths as the user gave them
   * @param maxBytes entries larger than this are reported as too large
   */
  public ReleaseSources(List<String> paths, long maxBytes) {
    this(paths, SourceRules.of(maxBytes));
  }

  public ReleaseSources(List<String> paths, SourceRules rules) {
    this.rules = rules;
    for (String p : paths) {
      pending.add(new Pending(Path.of(p), rules.namesFromRoot() ? ownName(p) : p, null));
    }
  }

  /** The last name of a path given ({@code batch-1} for {@code /home/me/releases/batch-1/}). */
  private static String ownName(String given) {
    Path name = Path.of(given).toAbsolutePath().normalize().getFileName();
    return name == null ? "root" : name.toString();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (archive != null && archive.hasNext()) {
        next = archive.next();
      } else if (archive != null) {
        archive = null;
      } else if (!pending.isEmpty()) {
        next = open(pending.poll());
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
  private SourceDocument open(Pending p) {
    Path path = p.path();
    String name = p.name();
    BasicFileAttributes attributes;
    if (p.root() == null) {
      // what the user named is read, a link included: they chose it
      attributes = attributesOrNull(path);
    } else {
      BasicFileAttributes own = attributesOrNull(path, LinkOption.NOFOLLOW_LINKS);
      if (own != null && own.isSymbolicLink()) {
        SourceDocument refused = refusedLink(path, name, p.root());
        if (refused != null) {
          return refused;
        }
        attributes = attributesOrNull(path);
      } else {
        attributes = own;
      }
    }
    if (attributes == null) {
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? new SourceDocument.Unreadable(name, "missing", "a symbolic link to nothing")
          : new SourceDocument.Unreadable(name, "missing", "no such file or folder");
    }
    if (attributes.isDirectory()) {
      return openFolder(p);
    }
    if (!attributes.isRegularFile()) {
      return specialFile(name);
    }
    if (ArchiveEntries.isArchive(name)) {
      InflationBudget budget = new InflationBudget(rules.inflationBudget(attributes.size()), rules.inflationRatio());
      archive = new ArchiveEntries(path, null, name, rules.maxBytes(), budget, 0);
      return null;
    }
    return new SourceDocument.OnDisk(name, path, attributes.size());
  }

  /** The refusal of a FIFO, a socket or a device: reading one could block, or never end. */
  static SourceDocument.Unreadable specialFile(String name) {
    return new SourceDocument.Unreadable(name, "special-file",
        "not a file but a FIFO, socket or device: not read (it could block the ingest, or never end)");
  }

  /**
   * Why a link inside a folder given is not followed, or null when it may be: it leads round a
   * loop, to nothing, or out of the folder (unless links are followed).
   */
  private SourceDocument refusedLink(Path link, String name, Path root) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (NoSuchFileException e) {
      return new SourceDocument.Unreadable(name, "missing", "a symbolic link to nothing");
    } catch (AccessDeniedException e) {
      return new SourceDocument.Unreadable(name, "unreadable", "a symbolic link that cannot be followed: permission denied");
    } catch (FileSystemException e) {
      // ELOOP: the link leads to itself, or through others back to itself
      return new SourceDocument.Unreadable(name, "link-loop",
          "a symbolic link that leads round a loop: not followed");
    } catch (IOException e) {
      return new SourceDocument.Unreadable(name, "unreadable", "a symbolic link that cannot be followed: " + e.getMessage());
    }
    if (!rules.followLinks() && !target.startsWith(root)) {
      return new SourceDocument.Unreadable(name, "outside-root",
          "a symbolic link that leads out of the folder given: not followed (--follow-links follows it)");
    }
    return null;
  }

  /** Queues a folder's entries in name order; a folder read before (through a link) is refused. */
  private SourceDocument openFolder(Pending p) {
    String name = p.name();
    Path real;
    try {
      real = p.path().toRealPath();
    } catch (IOException e) {
      return new SourceDocument.Unreadable(name, "unreadable", "folder cannot be read: " + e.getMessage());
    }
    if (!foldersRead.add(real)) {
      return new SourceDocument.Unreadable(name, "link-loop",
          "a folder already read, reached again through a symbolic link (a loop, or a second way in): not read again");
    }
    Path root = p.root() == null ? real : p.root();
    try {
      List<Path> children = listSorted(p.path());
      for (int i = children.size() - 1; i >= 0; i--) {
        Path child = children.get(i);
        String childName = name.endsWith("/") ? name + child.getFileName() : name + "/" + child.getFileName();
        pending.addFirst(new Pending(child, childName, root));
      }
      return null;
    } catch (AccessDeniedException e) {
      return new SourceDocument.Unreadable(name, "unreadable", "folder cannot be read: permission denied");
    } catch (IOException e) {
      return new SourceDocument.Unreadable(name, "unreadable", "folder cannot be read: " + e.getMessage());
    }
  }

  /** What the path is, or null when it cannot be looked at. */
  private static BasicFileAttributes attributesOrNull(Path path, LinkOption... options) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, options);
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
}
