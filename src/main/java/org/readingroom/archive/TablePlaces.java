package org.readingroom.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The places a table read in place may stand, in order of preference (the archive's folder, then
 * {@link ArchiveLayout#tablesElsewhere()}): the first that holds a table made from the file's
 * present state is read; else the first where one can be made is written. What the messages' and
 * the withheld documents' tables share.
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

  /** What {@code open} reads at the first place that holds a fresh table; null when none does. */
  public static <T> T firstOpened(Path[] tables, Open<T> open) {
    for (Path table : tables) {
      try {
        T t = open.open(table);
        if (t != null) {
          return t;
        }
      } catch (IOException e) {
        // missing, damaged, or not a file: made again
      }
    }
    return null;
  }

  /**
   * What {@code make} makes at the first place it can write (its folder made first); null when it
   * can write none. A file found damaged ends the search: no place would do better.
   */
  public static <T> T firstMade(Path[] tables, Make<T> make) throws IOException {
    for (Path table : tables) {
      try {
        Files.createDirectories(table.toAbsolutePath().getParent());
        return make.make(table);
      } catch (DamagedFileException e) {
        throw e;
      } catch (IOException e) {
        LOG.info("cannot write {} ({})", table, e.toString());
      }
    }
    return null;
  }
}
