package org.readingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The floor plan holds: every import between the project's packages points down the pipeline, from
 * a package to one on a lower floor, so there is no cycle and nothing reaches up. Read from the
 * compiled classes by the JDK's own jdeps, as {@code scripts/package-graph} prints them.
 */
class ArchitectureTest {

  /** The floors, lowest first; a package may import only packages of lower floors. */
  private static final Map<String, Integer> FLOORS = new LinkedHashMap<>();

  static {
    floor(0, "record", "text");
    floor(1, "source");
    floor(2, "archive");
    floor(3, "parse");
    floor(4, "extract");
    floor(5, "ingest", "index");
    floor(6, "index.lucene", "index.opensearch", "people", "threads");
    floor(7, "duplicates", "withheld");
    floor(8, "analysis");
    floor(9, "export");
    floor(10, "serve");
    floor(11, "cli");
  }

  private static void floor(int n, String... packages) {
    for (String p : packages) {
      FLOORS.put(p, n);
    }
  }

  @Test
  void everyImportPointsDownThePipeline() {
    Map<String, TreeSet<String>> graph = packageGraph();
    assertFalse(graph.isEmpty(), "jdeps found the project's packages");
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, TreeSet<String>> e : graph.entrySet()) {
      assertTrue(FLOORS.containsKey(e.getKey()), "a package with no floor yet: " + e.getKey()
          + "; give it one in ArchitectureTest and docs/architecture.md");
      for (String target : e.getValue()) {
        if (FLOORS.getOrDefault(target, Integer.MAX_VALUE) >= FLOORS.get(e.getKey())) {
          wrong.add(e.getKey() + " -> " + target);
        }
      }
    }
    assertEquals(List.of(), wrong, "imports that point sideways or up the pipeline");
  }

  /** Each package of the project and the project's packages it imports, from target/classes. */
  private static Map<String, TreeSet<String>> packageGraph() {
    Path classes = Path.of("target", "classes");
    assertTrue(Files.isDirectory(classes), "compiled classes in " + classes.toAbsolutePath());
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int code = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package",
        classes.toString());
    assertEquals(0, code, "jdeps ran");
    Map<String, TreeSet<String>> graph = new LinkedHashMap<>();
    String prefix = "org.readingroom.";
    for (String line : out.toString().split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 3 && f[0].startsWith(prefix) && f[1].equals("->") && f[2].startsWith(prefix)
          && !f[0].equals(f[2])) {
        graph.computeIfAbsent(f[0].substring(prefix.length()), k -> new TreeSet<>()).add(f[2].substring(prefix.length()));
      }
    }
    return graph;
  }
}
