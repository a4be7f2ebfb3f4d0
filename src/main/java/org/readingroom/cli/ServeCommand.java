package org.readingroom.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code readingroom serve}: the archive over HTTP. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves an archive: the reading room (web pages) at /, a JSON REST API under /api",
      "(described at /api/openapi.json).",
      "Runs until Ctrl-C. An ingest running meanwhile shows up at its next commit."
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;

  @Spec CommandSpec command;

  int port;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  void port(int p) {
    port = Usage.port(command, p);
  }

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for everyone).")
  String host;

  @Override
  public Integer call() throws Exception {
    try (LuceneEngine engine = LuceneEngine.openForReading(archive.layout().index())) {
      Javalin app = Server.create(engine, archive.layout()).start(host, port);
      root.err.println("readingroom: serving " + archive.layout().root() + " at http://" + displayHost(host) + ":"
          + app.port() + "/  (Ctrl-C to stop)");
      root.err.flush();
      awaitShutdown(app);
    }
    return 0;
  }

  static String displayHost(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host;
  }

  /** Blocks until Ctrl-C, then stops the server. */
  static void awaitShutdown(Javalin app) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }, "serve-stop"));
    stopped.await();
  }
}
