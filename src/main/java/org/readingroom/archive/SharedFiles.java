package org.readingroom.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where an archive's analysis and curation files ({@link ArchiveLayout#sharedFiles()}) are kept for
 * every machine that serves the archive. The embedded engine keeps them in the archive folder alone
 * ({@link #FOLDER}): several servers answer alike when they share that folder. A cluster keeps them
 * in the cluster too, and each machine's folder holds its copy: an analysis or a curator's change
 * made on one machine is pushed, and the servers on the others pull it.
 */
public interface SharedFiles {

  /** A change made to the folder's copies while no other process makes one. */
  interface Change<T> {
    T run() throws IOException;
  }

  /** The archive folder alone: nothing to pull or push, changes serialised by the process. */
  SharedFiles FOLDER = new SharedFiles() {
    @Override
    public void pull(ArchiveLayout layout) {}

    @Override
    public void push(ArchiveLayout layout, List<Path> files) {}

    @Override
    public <T> T exclusively(ArchiveLayout layout, Change<T> change) throws IOException {
      return change.run();
    }
  };

  /**
   * Brings the folder's copies up to date with the shared files that changed since the last look
   * (a store may look at most so often, a second say, and answer from the folder meanwhile).
   */
  void pull(ArchiveLayout layout) throws IOException;

  /** Shares the folder's copies of {@code files} (those of {@link ArchiveLayout#sharedFiles()} that changed). */
  void push(ArchiveLayout layout, List<Path> files) throws IOException;

  /**
   * Runs {@code change} while no other process sharing these files runs one: the folder's copies
   * pulled first, whatever the last look, and the curation files pushed after.
   */
  <T> T exclusively(ArchiveLayout layout, Change<T> change) throws IOException;

  /**
   * Shares the original of the document kept under {@code key} ({@link Originals}: its file and its
   * description), once the folder holds it. The folder alone has nothing to do.
   */
  default void pushOriginal(ArchiveLayout layout, String key) throws IOException {}

  /**
   * Brings the original kept under {@code key} into the folder when the folder lacks it and the
   * store holds it; whether it did. {@code key} is one {@link Originals} accepts as a name.
   */
  default boolean pullOriginal(ArchiveLayout layout, String key) throws IOException {
    return false;
  }
}
