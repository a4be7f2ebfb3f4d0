package org.readingroom.cli;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.readingroom.index.SearchEngine;
import org.readingroom.serve.Server;
import org.readingroom.serve.ServerSettings;
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
      "Runs until Ctrl-C. An ingest running meanwhile shows up at its next commit.",
      "Changes to people need the curator token: from --curator-token-file, else from the environment's",
      "READINGROOM_CURATOR_TOKEN, else one made at start (printed once, in the line that says how to use it).",
      "Requests must name this server as their Host (127.0.0.1, localhost, --host, --allowed-host)."
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand ReadingroomCli root;
  @Mixin ArchiveOption archive;
  @Mixin EngineOption engines;

  @Spec CommandSpec command;

  int port;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  void port(int p) {
    port = Usage.port(command, p);
  }

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for everyone).")
  String host;

  @Option(names = "--allowed-host", paramLabel = "NAME[:PORT]",
      description = "Another name readers reach this server by (repeatable): needed with --host 0.0.0.0.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--curator-token-file", paramLabel = "FILE",
      description = "A file holding the curators' token (16 characters or more; its first line).")
  Path tokenFile;

  @Option(names = "--search-budget", paramLabel = "MILLIS", defaultValue = "5000",
      description = "Time a search may run before it is stopped with a 503 (default ${DEFAULT-VALUE}; exports get six times it).")
  long budgetMillis;

  /** The environment's token, when --curator-token-file gives none. */
  static final String TOKEN_VARIABLE = "READINGROOM_CURATOR_TOKEN";

  @Override
  public Integer call() throws Exception {
    if (budgetMillis < 1) {
      root.err.println("readingroom: --search-budget must be 1 ms or more");
      return 2;
    }
    Token token = token();
    if (token == null) {
      return 2;
    }
    ServerSettings settings = new ServerSettings(token.value(), token.label(), allowedHosts);
    try (SearchEngine engine = engines.openForReading(archive.layout(),
        Duration.ofMillis(budgetMillis))) {
      Javalin app = Server.create(engine, archive.layout(), Clock.systemDefaultZone(), settings, host).start(host, port);
      String base = "http://" + displayHost(host) + ":" + app.port();
      root.err.println("readingroom: serving " + archive.layout().root() + " at " + base + "/  (Ctrl-C to stop)");
      if (token.made()) {
        root.err.println("readingroom: curators change people with the header 'Authorization: Bearer " + token.value()
            + "' (a token made for this run; set " + TOKEN_VARIABLE + " or --curator-token-file to keep one)");
      } else {
        root.err.println("readingroom: curators change people with the header 'Authorization: Bearer TOKEN', the token"
            + " from " + token.label());
      }
      if (host.equals("0.0.0.0") && allowedHosts.isEmpty()) {
        root.err.println("readingroom: listening on every address, but answering only to 127.0.0.1 and localhost:"
            + " add --allowed-host NAME for each name readers use");
      }
      root.err.flush();
      awaitShutdown(app);
    }
    return 0;
  }

  /** The curators' token, where it came from, and whether it was made for this run. */
  record Token(String value, String label, boolean made) {}

  /** The token from the file, the environment, or made now; null (having said why) when the one given is unusable. */
  private Token token() throws java.io.IOException {
    String value;
    String label;
    if (tokenFile != null) {
      value = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
      label = tokenFile.getFileName().toString();
    } else if (System.getenv(TOKEN_VARIABLE) != null) {
      value = System.getenv(TOKEN_VARIABLE).strip();
      label = TOKEN_VARIABLE;
    } else {
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      return new Token(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), "curator", true);
    }
    if (value.length() < ServerSettings.MIN_TOKEN_LENGTH) {
      root.err.println("readingroom: the curator token from " + label + " is too short: "
          + ServerSettings.MIN_TOKEN_LENGTH + " characters or more");
      return null;
    }
    return new Token(value, label, false);
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
