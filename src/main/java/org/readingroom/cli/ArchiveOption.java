package org.readingroom.cli;

import java.nio.file.Path;
import org.readingroom.archive.ArchiveLayout;
import picocli.CommandLine.Option;

/** {@code --archive DIR}, shared by the commands that read or write an archive. */
final class ArchiveOption {
  @Option(names = "--archive", paramLabel = "DIR", defaultValue = ArchiveLayout.DEFAULT,
      description = "The archive folder (default: ${DEFAULT-VALUE}).")
  Path folder;

  ArchiveLayout layout() {
    return new ArchiveLayout(folder);
  }
}
