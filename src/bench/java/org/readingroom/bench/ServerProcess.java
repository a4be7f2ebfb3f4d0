package org.readingroom.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code readingroom serve} of an archive, started from a readingroom jar (this version's, or
 * another's, so that one scorer can score both) on a free port of this machine, for as long as the
 * bench needs it; {@link #close()} stops it.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern SERVING = Pattern.compile("serving .* at (http://\\S+?)/?\\s");

  private final Process process;
  private final String url;

  private ServerProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Starts the server and waits (up to {@code timeoutSeconds}) until it says where it listens. */
  static ServerProcess start(Path jar, Path archive, int timeoutSeconds) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx1g", "-XX:+UseParallelGC", "-jar", jar.toString(), "serve",
        "--archive", archive.toString(), "--port", "0", "--search-budget", "60000"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    StringBuilder said = new StringBuilder();
    String line;
    // a line at a time until the server says where it serves; the curator token line is never kept
    while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
      Matcher m = SERVING.matcher(line + " ");
      if (m.find()) {
        drain(err);
        return new ServerProcess(p, m.group(1));
      }
      if (!line.contains("Bearer")) {
        said.append(line).append('\n');
      }
    }
    p.destroy();
    throw new IOException("the server of " + jar + " did not start on " + archive + ":\n" + said);
  }

  /** Reads what the server says from then on, so that it never blocks on a full pipe. */
  private static void drain(BufferedReader err) {
    Thread t = new Thread(() -> {
      try {
        while (err.readLine() != null) {
          // discarded
        }
      } catch (IOException e) {
        // the server has gone
      }
    }, "server-stderr");
    t.setDaemon(true);
    t.start();
  }

  String url() {
    return url;
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
