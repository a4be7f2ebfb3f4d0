package org.readingroom.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.readingroom.archive.ArchiveLayout;
import org.readingroom.archive.DamagedFileException;
import org.readingroom.archive.StoredRelease;
import org.readingroom.duplicates.DuplicateFinder;
import org.readingroom.duplicates.NearDuplicates;
import org.readingroom.index.SearchEngine;
import org.readingroom.people.Alias;
import org.readingroom.people.PartyTally;
import org.readingroom.people.Person;
import org.readingroom.people.PersonFinder;
import org.readingroom.record.Message;
import org.readingroom.threads.Correspondence;
import org.readingroom.threads.ThreadFinder;
import org.readingroom.withheld.ReleasedElsewhereFinder;
import org.readingroom.withheld.Withheld;
import org.readingroom.withheld.Withholdings;

/**
 * The analysis that follows an ingest: one pass over every stored record of the archive, then
 * people ({@link PersonFinder}), messages and threads ({@link ThreadFinder}) and near-duplicate
 * documents ({@link DuplicateFinder}) and what is withheld where ({@link Withheld}), kept beside the
 * index ({@code people.json}, {@code messages.json}, {@code duplicates.json}, {@code withheld.json},
 * each written whole or not at all). Recomputed at each
 * ingest from the whole archive; the curators' {@code people-overrides.json} is never touched, and
 * is applied over the result when it is read ({@link ArchiveAnalysis}).
 *
 * <p>On all cores: records are read and sketched on each at once; then the near-duplicate
 * clustering runs beside people and threads, which need each other in turn.
 */
public final class ArchiveAnalyzer {
  private ArchiveAnalyzer() {}

  public static AnalysisSummary analyse(SearchEngine engine, ArchiveLayout layout) throws IOException {
    return analyse(engine, layout, step -> {});
  }

  /**
   * {@link #analyse(SearchEngine, ArchiveLayout)}, telling {@code steps} each step as it ends: a
   * line such as {@code "read 27154 documents (6.1 s)"}, for a pass that takes minutes on a large
   * archive. Lines come from the calling thread, and the near-duplicate clustering's from a worker.
   */
  public static AnalysisSummary analyse(SearchEngine engine, ArchiveLayout layout, Consumer<String> steps)
      throws IOException {
    long start = System.nanoTime();
    Steps step = new Steps(steps);
    PartyTally tally = new PartyTally();
    Path spill = spillFolder(layout);
    ThreadFinder threads = ThreadFinder.spilled(spill);
    // let go once its clusters are found: its signatures (512 bytes a document) are not kept through the pass
    AtomicReference<DuplicateFinder> duplicates;
    try {
      duplicates = new AtomicReference<>(new DuplicateFinder(spill));
    } catch (IOException e) {
      threads.close();
      throw e;
    }
    Withholdings withholdings = new Withholdings();
    ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      long documents = read(engine, stored -> {
        for (Message m : stored.record().messages()) {
          if (m.from() != null) {
            tally.add(m.from());
          }
          m.to().forEach(tally::add);
          m.cc().forEach(tally::add);
        }
        threads.add(stored.key(), stored.record());
        duplicates.get().add(stored.key(), stored.record().text());
        withholdings.add(stored.key(), stored.record());
      });
      double read = (System.nanoTime() - start) / 1e9;
      step.done("read " + documents + " documents");
      CompletableFuture<NearDuplicates> near = CompletableFuture.supplyAsync(() -> {
        long from = System.nanoTime();
        NearDuplicates found;
        try (DuplicateFinder finder = duplicates.getAndSet(null)) {
          found = finder.find();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        write(() -> found.write(layout.duplicates()));
        step.done(from, "found " + found.clusters().size() + " near-duplicate clusters");
        return found;
      }, workers);
      threads.copiedRoles(tally::addCopy);
      threads.replyRoles().forEach(r -> tally.addReply(r.replier(), r.recipient(), r.quotedSender()));
      PersonFinder.Found found = PersonFinder.find(tally, previous(layout));
      step.done("found " + found.persons().size() + " persons");
      CompletableFuture<Void> people = CompletableFuture.runAsync(
          () -> write(() -> Person.write(layout.people(), found.persons())), workers);
      Map<String, String> personOf = new HashMap<>();
      long aliases = 0;
      for (Person p : found.persons()) {
        for (Alias a : p.aliases()) {
          personOf.put(a.text(), p.id());
          aliases++;
        }
      }
      // written as found, then read in place from their table: the pass never holds the messages
      Files.deleteIfExists(layout.messagesTable()); // made again from the new file below, whatever its size and time
      ThreadFinder.Written written = threads.write(personOf::get, layout.messages());
      step.done("found " + written.messages() + " messages in " + written.threads() + " threads");
      Correspondence correspondence = Correspondence.open(layout.messages(), layout.messagesTable());
      step.done("wrote the messages' table");
      Withheld withheld = withheld(engine, withholdings, correspondence, spill, step);
      withheld.write(layout.withheld());
      withheld.writeTable(layout.withheldTable(), layout.withheld());
      step.done("wrote what is withheld");
      NearDuplicates clusters = join(near);
      join(people);
      engine.copiesFound(ArchiveAnalysis.groupsOf(correspondence, List.of()));
      step.done("marked each message's copies in the index");
      engine.sharedFiles().push(layout, layout.analysisFiles());
      return new AnalysisSummary(documents, aliases, found.persons().size(), found.refusedUnions(),
          written.appearances(), written.messages(), written.threads(),
          clusters.clusters().size(), clusters.documents(), read, (System.nanoTime() - start) / 1e9);
    } finally {
      workers.shutdownNow();
      threads.close();
      DuplicateFinder unused = duplicates.getAndSet(null); // when the pass failed before clustering
      if (unused != null) {
        unused.close();
      }
    }
  }

  /**
   * Where the pass writes what it would otherwise hold (the thread finder's printings and messages,
   * the near-duplicate signatures, the printings it compares; each file unlinked once open where the
   * system allows, else deleted when its step is done): the archive's folder, else the system's
   * temporary folder.
   */
  private static Path spillFolder(ArchiveLayout layout) {
    Path root = layout.root();
    return Files.isDirectory(root) && Files.isWritable(root) ? root : Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** Documents read again at once: a batch is read in the index's order (a few MB of text). */
  static final int REREAD_BATCH = 1000;

  /**
   * What the archive withholds, and what one printing of a message withholds that another shows:
   * the printings to compare are read again, by key, a batch at a time in the index's order. Read
   * one at a time, each a search of its own, they took a time that grew faster than the archive
   * (docs/opensearch.md, "The analysis's growth, measured again").
   */
  private static Withheld withheld(SearchEngine engine, Withholdings withholdings, Correspondence correspondence,
      Path folder, Steps step) throws IOException {
    try (ReleasedElsewhereFinder finder = new ReleasedElsewhereFinder(correspondence, withholdings.marked(), folder)) {
      List<String> keys = new ArrayList<>(finder.documents());
      for (int from = 0; from < keys.size(); from += REREAD_BATCH) {
        for (StoredRelease stored : engine.releases(keys.subList(from, Math.min(keys.size(), from + REREAD_BATCH)))) {
          if (stored != null) {
            finder.add(stored.key(), stored.record());
          }
        }
      }
      step.done("read again " + keys.size() + " documents to compare their printings");
      ReleasedElsewhereFinder.Found found = finder.find();
      step.done("compared their printings");
      return new Withheld(withholdings.documents(), found.released(), found.uneven());
    }
  }

  /**
   * The persons of the previous analysis, whose ids the new one keeps; none when {@code
   * people.json} is damaged (an id is made from its person's anchor alias, so most come out the
   * same; ids a merge retired are forgotten).
   */
  private static List<Person> previous(ArchiveLayout layout) throws IOException {
    try {
      return Person.read(layout.people());
    } catch (DamagedFileException e) {
      return List.of();
    }
  }

  /** Hands every record to {@code sketch}, read and sketched on every core; returns how many. */
  private static long read(SearchEngine engine, Consumer<StoredRelease> sketch) throws IOException {
    AtomicLong count = new AtomicLong();
    engine.eachRelease(Runtime.getRuntime().availableProcessors(), stored -> {
      count.incrementAndGet();
      sketch.accept(stored);
    });
    return count.get();
  }

  /** Tells each step as it ends, with the seconds it took. */
  private static final class Steps {
    private final Consumer<String> out;
    private long last = System.nanoTime();

    Steps(Consumer<String> out) {
      this.out = out;
    }

    /** A step of the calling thread, timed from the one before it. */
    void done(String what) {
      long now = System.nanoTime();
      tell(last, now, what);
      last = now;
    }

    /** A step of its own, run beside the others since {@code from}. */
    void done(long from, String what) {
      tell(from, System.nanoTime(), what);
    }

    private synchronized void tell(long from, long to, String what) {
      out.accept(String.format(Locale.ROOT, "%s (%.1f s)", what, (to - from) / 1e9));
    }
  }

  private interface FileWrite {
    void run() throws IOException;
  }

  private static void write(FileWrite w) {
    try {
      w.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for {@code f}; a worker's failure is thrown here, as it was thrown there. */
  private static <T> T join(CompletableFuture<T> f) throws IOException {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
