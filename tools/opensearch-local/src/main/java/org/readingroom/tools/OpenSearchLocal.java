package org.readingroom.tools;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.node.Node;

/**
 * A local OpenSearch cluster of N nodes in this JVM, for trying readingroom's opensearch engine and
 * for its tests. Run by scripts/opensearch-local, which reads what it writes into the folder:
 * {@code url} (every node's address, comma separated) once the cluster is green, {@code ready}
 * after it. While it runs, a file {@code stop-node-K} in the folder closes node K (1-based) as a
 * lost machine would go (the others go on), and {@code node-K-stopped} says it is done. It stops on
 * SIGTERM, closing every node.
 *
 * <p>Once a node has started, System.out goes through OpenSearch's logging: what the script reads
 * is written to files, never printed.
 */
public final class OpenSearchLocal {
  private OpenSearchLocal() {}

  /**
   * The modules readingroom uses (its analysis, delete by query, HTTP), and no more: each of the
   * others (scripting, ingest pipelines) costs seconds of every start on a busy machine.
   */
  private static final String MODULES = String.join(",",
      "org.opensearch.analysis.common.CommonAnalysisPlugin",
      "org.opensearch.index.mapper.MapperExtrasPlugin",
      "org.opensearch.index.reindex.ReindexPlugin",
      "org.opensearch.transport.Netty4Plugin");

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]).toAbsolutePath();
    int nodes = Integer.parseInt(args[1]);
    Files.createDirectories(dir);
    List<Integer> httpPorts = freePorts(nodes);
    List<Integer> transportPorts = freePorts(nodes);
    List<String> seeds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      seeds.add("127.0.0.1:" + transportPorts.get(i));
      names.add("Node " + (i + 1));
    }
    OpenSearchRunner runner = new OpenSearchRunner();
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        runner.close();
      } catch (IOException | RuntimeException e) {
        // stopping anyway
      }
      closed.countDown();
    }));
    runner.onBuild((n, settings) -> {
      settings.put("network.host", "127.0.0.1");
      settings.put("http.port", httpPorts.get(n - 1));
      settings.put("transport.port", transportPorts.get(n - 1));
      settings.putList("discovery.seed_hosts", seeds);
      if (nodes > 1) {
        // the first node forms the cluster alone and the others join it: starting node by node,
        // a first node that waited for all would wait out its discovery timeout
        settings.putList("cluster.initial_cluster_manager_nodes", names.get(0));
      }
      // a laptop's disk is often fuller than OpenSearch's watermarks allow for new shards
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
      settings.put("action.auto_create_index", false);
    }).build(OpenSearchRunner.newConfigs().basePath(dir.resolve("cluster").toString()).numOfNode(nodes)
        .clusterName("readingroom-local-" + ProcessHandle.current().pid()).moduleTypes(MODULES));
    runner.ensureGreen();
    List<String> urls = new ArrayList<>();
    for (int port : httpPorts) {
      urls.add("http://127.0.0.1:" + port);
    }
    Files.writeString(dir.resolve("url"), String.join(",", urls) + "\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ready"), "", StandardCharsets.UTF_8);
    watch(dir, runner, nodes, closed);
  }

  /** Closes the nodes the script asks to, until the JVM stops. */
  private static void watch(Path dir, OpenSearchRunner runner, int nodes, CountDownLatch closed)
      throws InterruptedException, IOException {
    while (closed.getCount() > 0) {
      for (int k = 1; k <= nodes; k++) {
        Path ask = dir.resolve("stop-node-" + k);
        if (Files.exists(ask)) {
          Node node = runner.getNode(k - 1);
          if (node != null && !node.isClosed()) {
            node.close();
          }
          Files.deleteIfExists(ask);
          Files.writeString(dir.resolve("node-" + k + "-stopped"), "", StandardCharsets.UTF_8);
        }
      }
      Thread.sleep(100);
    }
  }

  private static List<Integer> freePorts(int n) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(s);
        ports.add(s.getLocalPort());
      }
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
    return ports;
  }
}
