package org.readingroom.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.readingroom.analysis.ArchiveCheck;
import org.readingroom.index.opensearch.OpenSearchEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code readingroom check}: whether every part of an archive can be read, and what to do when one cannot. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Verifies an archive: the index (every file's checksum, every segment read through), the analysis",
      "(people, messages, duplicates, withheld), the curators' changes and their log, the error log and the",
      "originals' descriptions. Says of each part whether it is sound and, when not, what to do.",
      "With --engine opensearch: the cluster's index, and the folder's copies of what the cluster shares.",
      "Exit code: 0 when every part is sound, 1 when one is damaged (or the archive is in use by an ingest)."
    })
final class CheckCommand implements Callable<Integer> {

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;

  @Override
  public Integer call() throws Exception {
    List<ArchiveCheck.Finding> findings = engines.isOpenSearch() ? onCluster() : ArchiveCheck.of(archive.layout());
    StringBuilder sb = new StringBuilder();
    int damaged = 0;
    for (ArchiveCheck.Finding f : findings) {
      if (f.sound()) {
        sb.append("ok       ").append(f.part()).append('\n');
      } else {
        damaged++;
        sb.append("DAMAGED  ").append(f.part()).append(": ").append(f.problem()).append('\n')
            .append("         what to do: ").append(f.remedy()).append('\n');
      }
    }
    sb.append(damaged == 0 ? archive.layout().root() + " is sound\n"
        : archive.layout().root() + ": " + damaged + " part(s) damaged\n");
    root.out.write(Terminal.safe(sb.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    root.out.flush();
    return damaged == 0 ? 0 : 1;
  }

  /**
   * An archive on a cluster: the cluster's index, then the folder's copies of the shared files,
   * brought up to the cluster's first (each pulled file's length and digest checked on the way).
   */
  private List<ArchiveCheck.Finding> onCluster() throws Exception {
    try (OpenSearchEngine engine = OpenSearchEngine.openForReading(engines.config(archive.layout()))) {
      String problem = engine.check();
      ArchiveCheck.Finding index = new ArchiveCheck.Finding("index (on the cluster)", problem, problem == null ? null
          : "bring the cluster's missing nodes back, or restore the index from a snapshot, or ingest again with"
              + " --rebuild");
      engine.sharedFiles().pull(archive.layout());
      return ArchiveCheck.of(archive.layout(), index);
    }
  }
}
