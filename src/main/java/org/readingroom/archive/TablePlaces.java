package org.readingroom.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The places a table read in place may stand, in order of preference (the archive's folder, then
 * {@link ArchiveLayout#tablesElsewhere()}): the first that holds a table made from the file's
 * present state is read; else the first where one can be made is written; else, when none can be
 * written, a folder of this process's own in the system's temporary folder ({@link
 * #temporaryFolder()}), where the table lasts as long as the process. What the messages' and the
 * withheld documents' tables share.
 */
public final class TablePlaces {
  private static final Logger LOG = LoggerFactory.getLogger(TablePlaces.class);

  private TablePlaces() {}

  /** Reads a table at a place; null when it was made from another state of its file. */
  public interface Open<T> {
    T open(Path table) throws IOException;
  }

  /** Makes a table at a place and reads it. */
  public interface Make<T> {
    T make(Path table) throws IOException;
  }

  /**
   * What {@code open} reads at the first place that holds a fresh table, this process's temporary
   * one last when it was made; null when none does.
   */
  public static <T> T firstOpened(Path[] tables, Open<T> open) {
    for (Path table : tables) {
      T t = openedAt(table, open);
      if (t != null) {
        return t;
      }
    }
    Path temporary = temporaryPlace(tables, false);
    return temporary == null ? null : openedAt(temporary, open);
  }

  private static <T> T openedAt(Path table, Open<T> open) {
    try {
      return open.open(table);
    } catch (IOException e) {
      return null; // missing, damaged, or not a file: made again
    }
  }

  /**
   * What {@code make} makes at the first place it can write (its folder made first); else in this
   * process's {@link #temporaryFolder()}, under the last place's folder and file names; null when
   * it can write none. A file found damaged ends the search: no place would do better.
   */
  public static <T> T firstMade(Path[] tables, Make<T> make) throws IOException {
    for (Path table : tables) {
      T made = madeAt(table, make);
      if (made != null) {
        return made;
      }
    }
    Path table = temporaryPlace(tables, true);
    T made = table == null ? null : madeAt(table, make);
    if (made != null) {
      LOG.warn("cannot write {}: made in {} instead, for as long as this process runs (made again at each start)",
          tables[tables.length - 1], table);
    }
    return made;
  }

  /**
   * The place in this process's {@link #temporaryFolder()} under the last place's folder and file
   * names; null when there is no place, or no such folder ({@code make}: it is made when missing).
   */
  private static Path temporaryPlace(Path[] tables, boolean make) {
    if (tables.length == 0) {
      return null;
    }
    Path folder = make ? temporaryFolder() : temporary;
    if (folder == null) {
      return null;
    }
    Path last = tables[tables.length - 1].toAbsolutePath();
    Path parent = last.getParent() == null ? null : last.getParent().getFileName();
    return parent == null ? folder.resolve(last.getFileName()) : folder.resolve(parent).resolve(last.getFileName());
  }

  private static <T> T madeAt(Path table, Make<T> make) throws IOException {
    try {
      Files.createDirectories(table.toAbsolutePath().getParent());
      return make.make(table);
    } catch (DamagedFileException e) {
      throw e;
    } catch (IOException e) {
      LOG.info("cannot write {} ({})", table, e.toString());
      return null;
    }
  }

  private static volatile Path temporary;

  /**
   * A folder of this process's own in the system's temporary folder ({@code java.io.tmpdir}),
   * made at the first call: its name cannot be foreseen by another process, only its user may
   * read or write it, and it is deleted with what it holds when the process ends. Null when it
   * cannot be made.
   */
  public static synchronized Path temporaryFolder() {
    if (temporary == null) {
      try {
        Path made = Files.createTempDirectory("readingroom-tables-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made), "readingroom-tables"));
        temporary = made;
      } catch (IOException | UnsupportedOperationException e) {
        LOG.info("cannot make a temporary folder ({})", e.toString());
        return null;
      }
    }
    return temporary;
  }

  private static void deleteTree(Path folder) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // what the system's temporary folder holds is cleared by the system in time
    }
  }
}
