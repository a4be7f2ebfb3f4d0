package org.readingroom.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.SharedFiles;
import org.readingroom.people.PeopleOverrides;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current analysis of an archive, for a server that runs while ingests and curators change it:
 * each call looks at the analysis files (four file stats) and reads again what changed since: the
 * whole analysis after an ingest, only the persons after a curator's change. On a cluster the files
 * are pulled from it first ({@link SharedFiles}, at most once a second), so that an analysis or a
 * curator's change made on another machine is read here too; while the cluster cannot be reached,
 * the folder's copies are served.
 */
public final class LiveAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(LiveAnalysis.class);

  private record Stamp(FileTime modified, long size) {}

  private record Snapshot(ArchiveAnalysis analysis, List<Stamp> analysisFiles, Stamp overrides) {}

  /** Null for a search engine served without its archive. */
  private final ArchiveLayout layout;
  private final SharedFiles shared;
  private Snapshot current;
  private String pullProblem;

  public LiveAnalysis(ArchiveLayout layout) {
    this(layout, SharedFiles.FOLDER);
  }

  /** The analysis of {@code layout}, whose files {@code shared} keeps for every machine. */
  public LiveAnalysis(ArchiveLayout layout, SharedFiles shared) {
    this.layout = layout;
    this.shared = shared;
  }

  /** The analysis of a search engine served without its archive: always {@link ArchiveAnalysis#none()}. */
  public static LiveAnalysis none() {
    return new LiveAnalysis(null);
  }

  /** The analysis as the archive's files hold it now. */
  public synchronized ArchiveAnalysis current() throws IOException {
    // stamps are read before the files: a change made meanwhile is read at the next call
    if (layout == null) {
      if (current == null) {
        current = new Snapshot(ArchiveAnalysis.none(), List.of(), null);
      }
      return current.analysis();
    }
    pull();
    List<Stamp> files = List.of(stamp(layout.people()), stamp(layout.messages()), stamp(layout.duplicates()),
        stamp(layout.withheld()));
    Stamp overrides = stamp(layout.peopleOverrides());
    if (current == null || !current.analysisFiles().equals(files) || !current.overrides().equals(overrides)
        && current.analysis().problem() != null) {
      current = new Snapshot(load(() -> ArchiveAnalysis.load(layout)), files, overrides);
    } else if (!current.overrides().equals(overrides)) {
      ArchiveAnalysis before = current.analysis();
      current = new Snapshot(load(() -> before.withOverrides(PeopleOverrides.read(layout.peopleOverrides()))), files,
          overrides);
    }
    return current.analysis();
  }

  /** Brings the folder's copies up to date; a failure is logged once, and the copies served meanwhile. */
  private void pull() {
    try {
      shared.pull(layout);
      if (pullProblem != null) {
        LOG.info("the shared analysis can be read again");
        pullProblem = null;
      }
    } catch (IOException | RuntimeException e) {
      String problem = e.getMessage() == null ? e.toString() : e.getMessage();
      if (!problem.equals(pullProblem)) {
        LOG.warn("cannot read the shared analysis, serving this machine's copy: {}", problem);
        pullProblem = problem;
      }
    }
  }

  private interface Loading {
    ArchiveAnalysis load() throws IOException;
  }

  /**
   * The analysis {@code loading} reads, or, when a file of it is damaged, one that is {@link
   * ArchiveAnalysis#unavailable unavailable} and says why (logged once for each state of the files:
   * a server searches on without persons and threads until the files are mended).
   */
  private static ArchiveAnalysis load(Loading loading) {
    try {
      return loading.load();
    } catch (IOException | RuntimeException e) {
      String problem = e.getMessage() == null ? e.toString() : e.getMessage();
      LOG.warn("people and threads unavailable: {}", problem);
      return ArchiveAnalysis.unavailable(problem);
    }
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
