package org.readingroom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSearch cluster for a test class, started and stopped by {@code
 * scripts/opensearch-local} (its nodes run in a JVM of their own, with OpenSearch's Lucene).
 */
final class LocalCluster implements AutoCloseable {

  private final Path dir;
  final String url;

  private LocalCluster(Path dir, String url) {
    this.dir = dir;
    this.url = url;
  }

  static LocalCluster start(int nodes, Path dir) throws IOException, InterruptedException {
    String out = script("start", "--nodes", String.valueOf(nodes), "--dir", dir.toString());
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    return new LocalCluster(dir, lines.get(lines.size() - 1).strip());
  }

  /** Stops node {@code k} (1-based) as a lost machine goes. */
  void stopNode(int k) throws IOException, InterruptedException {
    script("stop-node", String.valueOf(k), "--dir", dir.toString());
  }

  @Override
  public void close() throws IOException {
    try {
      script("stop", "--dir", dir.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while stopping the cluster");
    }
  }

  private static String script(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of("scripts", "opensearch-local").toAbsolutePath().toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException("scripts/opensearch-local " + String.join(" ", args) + " failed: "
          + new String(out, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
