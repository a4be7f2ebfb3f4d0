package org.readingroom.cli;

import java.util.concurrent.Callable;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.index.SearchEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code readingroom analyse}: the analysis of an archive made again from its index. */
@Command(
    name = "analyse",
    aliases = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Makes the archive's analysis again from its index, as an ingest does at its end: people.json,",
      "messages.json, duplicates.json and withheld.json, each written whole. For an analysis that 'check' finds damaged;",
      "the curators' changes (people-overrides.json) are kept and applied over it. Each step is told on",
      "standard error as it ends, with the seconds it took.",
      "Exit code: 0 on success, 1 when the index cannot be read."
    })
final class AnalyseCommand implements Callable<Integer> {

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;

  @Override
  public Integer call() throws Exception {
    try (SearchEngine engine = engines.openForReading(archive.layout())) {
      IngestCommand.report(root.err, ArchiveAnalyzer.analyse(engine, archive.layout(), IngestCommand.steps(root.err)));
    }
    return 0;
  }
}
