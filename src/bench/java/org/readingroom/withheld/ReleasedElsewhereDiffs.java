package org.readingroom.withheld;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.index.SearchEngine;
import org.readingroom.threads.Correspondence;
import org.readingroom.text.Diff;

/**
 * The word diffs the "released elsewhere" finder runs over an embedded archive, each timed: how
 * many, how long in all, and how many reach the bound of {@link Hunks#MAX_EDITS} edits. The
 * finder's own cost as the corpus grows, apart from the rest of the analysis. In this package
 * (from the bench source tree) to reach the finder's parts.
 *
 * <p>{@code java -cp target/readingroom.jar:target/readingroom-bench.jar
 * org.readingroom.withheld.ReleasedElsewhereDiffs ARCHIVE}
 */
public final class ReleasedElsewhereDiffs {
  private ReleasedElsewhereDiffs() {}

  public static void main(String[] args) throws IOException {
    ArchiveLayout layout = new ArchiveLayout(Path.of(args[0]));
    Correspondence correspondence = Correspondence.read(layout.messages());
    try (SearchEngine engine = LuceneEngine.openForReading(layout.index())) {
      Withholdings withholdings = new Withholdings();
      engine.eachRelease(Runtime.getRuntime().availableProcessors(),
          stored -> withholdings.add(stored.key(), stored.record()));
      try (ReleasedElsewhereFinder finder = new ReleasedElsewhereFinder(correspondence, withholdings.marked(),
          layout.root())) {
        run(engine, finder);
      }
    }
  }

  private static void run(SearchEngine engine, ReleasedElsewhereFinder finder) throws IOException {
    for (String key : finder.documents()) {
      var stored = engine.release(key);
      if (stored.isPresent()) {
        finder.add(key, stored.get().record());
      }
    }
    Map<String, List<PrintedSegment>> byMessage = finder.printings();
    long diffs = 0;
    long refused = 0;
    long nanos = 0;
    long[] byEdits = new long[5]; // up to 10, 100, 1,000, 4,000 edits, refused
    for (String message : new TreeMap<>(byMessage).keySet()) {
      List<PrintedSegment> copies = new ArrayList<>(byMessage.get(message));
      copies.sort(Comparator.comparing(PrintedSegment::document).thenComparingInt(PrintedSegment::position));
      Map<PrintedSegment, Words> bodies = new java.util.LinkedHashMap<>();
      copies.forEach(c -> bodies.put(c, Words.of(c.body())));
      for (PrintedSegment p : copies) {
        if (p.bodyMarkers().isEmpty()) {
          continue;
        }
        for (PrintedSegment q : copies) {
          if (q.document().equals(p.document())) {
            continue;
          }
          long start = System.nanoTime();
          List<Diff.Edit> edits = Diff.edits(bodies.get(p).keys, bodies.get(q).keys, Hunks.MAX_EDITS);
          nanos += System.nanoTime() - start;
          diffs++;
          int n = edits == null ? Integer.MAX_VALUE : edits.size();
          refused += edits == null ? 1 : 0;
          byEdits[n <= 10 ? 0 : n <= 100 ? 1 : n <= 1000 ? 2 : n <= Hunks.MAX_EDITS ? 3 : 4]++;
        }
      }
    }
    long start = System.nanoTime();
    ReleasedElsewhereFinder.Found found = finder.find();
    double findSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "released-elsewhere: %d messages, %d diffs in %.2f s (%d refused past %d edits);"
        + " edits <=10: %d, <=100: %d, <=1000: %d, <=%d: %d; finder.find() %.2f s, %d found, %d uneven%n",
        byMessage.size(), diffs, nanos / 1e9, refused, Hunks.MAX_EDITS, byEdits[0], byEdits[1], byEdits[2],
        Hunks.MAX_EDITS, byEdits[3], findSeconds, found.released().size(), found.uneven().size());
  }
}
