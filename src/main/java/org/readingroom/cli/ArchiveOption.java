package org.readingroom.cli;

import java.nio.file.Path;
import org.readingroom.archive.ArchiveLayout;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --archive DIR}, shared by the commands that read or write an archive (and given after a subcommand too). */
final class ArchiveOption {
  @Option(names = "--archive", paramLabel = "DIR", defaultValue = ArchiveLayout.DEFAULT, scope = ScopeType.INHERIT,
      description = "The archive folder (default: ${DEFAULT-VALUE}).")
  Path folder;

  ArchiveLayout layout() {
    return new ArchiveLayout(folder);
  }
}
