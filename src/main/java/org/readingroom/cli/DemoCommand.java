package org.readingroom.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.readingroom.analysis.ArchiveAnalyzer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.IngestSummary;
import org.readingroom.ingest.Ingester;
import org.readingroom.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code readingroom demo}: the sample release, ingested into a temporary archive and served. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the sample release shipped with readingroom (a few hundred real documents of the",
      "State Department's Clinton email release, and the two seed documents) into a temporary",
      "archive, and serves it. Ctrl-C stops it and removes the temporary archive."
    })
final class DemoCommand implements Callable<Integer> {

  /** The sample release, inside the jar. */
  static final String SAMPLE = "/org/readingroom/sample/sample-release.zip";

  @ParentCommand ReadingroomCli root;

  @Spec CommandSpec command;

  int port;

  @Option(names = "--port", defaultValue = "8080",
      description = "Port (default ${DEFAULT-VALUE}; when it is taken, a free one).")
  void port(int p) {
    port = Usage.port(command, p);
  }

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Override
  public Integer call() throws Exception {
    Path tmp = Files.createTempDirectory("readingroom-demo");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp), "demo-cleanup"));
    Path zip = tmp.resolve("sample-release.zip");
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        root.err.println("readingroom: the sample release is missing from this build");
        return 1;
      }
      Files.copy(in, zip);
    }
    ArchiveLayout layout = new ArchiveLayout(tmp.resolve("archive"));
    root.err.println("readingroom: ingesting the sample release into " + layout.root());
    try (LuceneEngine engine = LuceneEngine.openForWriting(layout.index())) {
      IngestSummary s = new Ingester(engine, layout, Ingester.Options.defaults())
          .ingest(List.of(zip.toString()), ConsoleProgress.forConsole(root.err, root.terminal()));
      root.err.printf(java.util.Locale.ROOT, "readingroom: %d documents, %d messages ingested in %.1f s%n", s.indexed(), s.messages(),
          s.seconds());
      IngestCommand.report(root.err, ArchiveAnalyzer.analyse(engine, layout));
    }
    try (LuceneEngine engine = LuceneEngine.openForReading(layout.index())) {
      Javalin app = start(engine, layout);
      root.err.println("readingroom: the reading room is at http://" + ServeCommand.displayHost(host) + ":"
          + app.port() + "/  (Ctrl-C to stop)");
      root.err.flush();
      ServeCommand.awaitShutdown(app);
    }
    return 0;
  }

  private Javalin start(LuceneEngine engine, ArchiveLayout layout) {
    try {
      return Server.create(engine, layout).start(host, port);
    } catch (RuntimeException taken) {
      root.err.println("readingroom: port " + port + " is taken; using a free one");
      return Server.create(engine, layout).start(host, 0);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      System.err.println("readingroom: could not remove " + dir + ": " + e.getMessage());
    }
  }
}
