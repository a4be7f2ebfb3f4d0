package org.readingroom.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.people.Alias;
import org.readingroom.people.Person;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadFinder;

/**
 * The thread finder alone ({@code scripts/bench --thread-rounds N --archive A}): every record of an
 * embedded archive read into a {@link ThreadFinder} (its printings written to a file, as the analysis
 * keeps them), the persons of its {@code people.json}, then
 * {@link ThreadFinder#find} and the threads, N times, each round's seconds printed, and the live
 * heap after the reading. The first rounds run while the JIT compiles; the later ones are the
 * finder's own time.
 */
final class ThreadBench {
  private ThreadBench() {}

  static void run(ArchiveLayout layout, int rounds, PrintWriter out) throws IOException {
    try (ThreadFinder finder = ThreadFinder.spilled(layout.root())) { // as the analysis reads them
      long start = System.nanoTime();
      try (LuceneEngine engine = LuceneEngine.openForReading(layout.index())) {
        engine.eachRelease(Runtime.getRuntime().availableProcessors(), s -> finder.add(s.key(), s.record()));
      }
      Map<String, String> personOf = new HashMap<>();
      for (Person p : Person.read(layout.people())) {
        for (Alias a : p.aliases()) {
          personOf.put(a.text(), p.id());
        }
      }
      double read = (System.nanoTime() - start) / 1e9;
      System.gc();
      out.printf(Locale.ROOT, "threads: read in %.1f s; live heap %.1f MB%n", read, liveMegabytes());
      for (int round = 1; round <= rounds; round++) {
        long t0 = System.nanoTime();
        Correspondence found = finder.find(personOf::get);
        double find = (System.nanoTime() - t0) / 1e9;
        int threads = found.threads().size();
        out.printf(Locale.ROOT, "round %d: find %.2f s, with the threads %.2f s (%d messages, %d threads)%n", round,
            find, (System.nanoTime() - t0) / 1e9, found.messages().size(), threads);
        found = null;
        System.gc(); // each round from the same heap
      }
    }
  }

  private static double liveMegabytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }
}
