package org.readingroom.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.people.PeopleOverrides;

/**
 * The current analysis of an archive, for a server that runs while ingests and curators change it:
 * each call looks at the analysis files (four file stats) and reads again what changed since: the
 * whole analysis after an ingest, only the persons after a curator's change.
 */
public final class LiveAnalysis {

  private record Stamp(FileTime modified, long size) {}

  private record Snapshot(ArchiveAnalysis analysis, List<Stamp> analysisFiles, Stamp overrides) {}

  /** Null for a search engine served without its archive. */
  private final ArchiveLayout layout;
  private Snapshot current;

  public LiveAnalysis(ArchiveLayout layout) {
    this.layout = layout;
  }

  /** The analysis of a search engine served without its archive: always {@link ArchiveAnalysis#none()}. */
  public static LiveAnalysis none() {
    return new LiveAnalysis(null);
  }

  /** The analysis as the archive's files hold it now. */
  public synchronized ArchiveAnalysis current() throws IOException {
    if (layout == null) {
      if (current == null) {
        current = new Snapshot(ArchiveAnalysis.none(), List.of(), null);
      }
      return current.analysis();
    }
    List<Stamp> files = List.of(stamp(layout.people()), stamp(layout.messages()), stamp(layout.duplicates()),
        stamp(layout.withheld()));
    Stamp overrides = stamp(layout.peopleOverrides());
    if (current == null || !current.analysisFiles().equals(files)) {
      current = new Snapshot(ArchiveAnalysis.load(layout), files, overrides);
    } else if (!current.overrides().equals(overrides)) {
      current = new Snapshot(current.analysis().withOverrides(PeopleOverrides.read(layout.peopleOverrides())), files,
          overrides);
    }
    return current.analysis();
  }

  private static Stamp stamp(Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(a.lastModifiedTime(), a.size());
    } catch (NoSuchFileException e) {
      return new Stamp(FileTime.fromMillis(0), -1);
    }
  }
}
