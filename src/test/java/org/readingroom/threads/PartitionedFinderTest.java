package org.readingroom.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.readingroom.ingest.TestChains.mail;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.ingest.TestChains;
import org.readingroom.ingest.TestChains.Mail;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.parse.SharedMaterial;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.source.Batch;
import org.readingroom.source.ReleaseSources;
import org.readingroom.source.SourceBytes;

/**
 * The thread finder reads the printings a partition (a run of weeks) at a time, and may keep them in
 * a file: real releases give the same messages, threads and people's evidence whether the finder
 * holds every printing in one partition, or writes them to a file and cuts a partition at every
 * week where it may; and the same file of messages whether they are held, or written as found.
 */
class PartitionedFinderTest {

  /** A stand-in for the persons: an alias folded to its letters (the finder must agree whatever they are). */
  private static final Function<String, String> PERSONS = alias -> {
    String letters = alias.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return letters.length() < 3 ? null : "p-" + letters;
  };

  @TempDir
  Path dir;

  @Test
  void theSampleReleaseGivesTheSameMessagesInOnePartitionAndInAPartitionAWeek() throws Exception {
    Path sample = Path.of(getClass().getResource("/org/readingroom/sample/sample-release.zip").toURI());
    int partitions = sameEitherWay(records(sample));
    assertTrue(partitions > 10, "the sample's weeks are cut into many partitions: " + partitions);
  }

  @Test
  void theWholeCorpusGivesTheSameMessagesInOnePartitionAndInAPartitionAWeek() throws Exception {
    int partitions = sameEitherWay(records(SharedMaterial.require("corpus/clinton-email-text.tgz")));
    assertTrue(partitions > 100, "the corpus's weeks are cut into many partitions: " + partitions);
  }

  @Test
  void aMessageCopiedAcrossTheMidnightThatEndsAWeekIsOneMessage() throws Exception {
    // weeks are counted from the epoch's, a Thursday: 2012-09-12 23:59 and 2012-09-13 00:00 are two weeks
    String body = "I just woke up so I missed Dan. Could he come back after I finish my calls? I do not have the schedule yet";
    Mail quoted = mail("H [mailto:HDR22@clintonemail.com]", "Wednesday, September 12, 2012 11:59 PM", "Hanley, Monica R",
        "Re: PDB", body);
    Mail top = mail("H <HDR22@clintonemail.com>", "Thursday, September 13, 2012 12:00 AM", "Hanley, Monica R", "Re: PDB",
        body);
    Mail asked = mail("Hanley, Monica R", "Wednesday, September 12, 2012 09:35 PM", "H", "Re: PDB", "Dan is here.");
    Mail after = mail("Hanley, Monica R", "Thursday, September 13, 2012 08:00 AM", "H", "Re: PDB", "He can.");
    List<ReleaseRecord> records = List.of(TestChains.record("C00000080", quoted, asked),
        TestChains.record("C00000081", top), TestChains.record("C00000082", after));
    try (ThreadFinder weekly = new ThreadFinder(Printings.spilled(dir), 1)) {
      records.forEach(r -> weekly.add(r.docId(), r));
      Correspondence c = weekly.find(PERSONS);
      assertEquals(c.messageAt("C00000080", 0).orElseThrow(), c.messageAt("C00000081", 0).orElseThrow());
      assertEquals(1, weekly.partitionCount(), "the two weeks are read together: they print one minute and the next");
    }
    List<ReleaseRecord> apart = List.of(TestChains.record("C00000080", quoted, asked), TestChains.record("C00000082", after));
    try (ThreadFinder weekly = new ThreadFinder(Printings.spilled(dir), 1)) {
      apart.forEach(r -> weekly.add(r.docId(), r));
      assertEquals(2, weekly.partitionCount(), "without the minute after, the weeks are read apart");
    }
  }

  @Test
  void noFileOfPrintingsOrOfMessagesIsLeftBehind() throws Exception {
    Path sample = Path.of(getClass().getResource("/org/readingroom/sample/sample-release.zip").toURI());
    Path folder = Files.createDirectory(dir.resolve("spill"));
    try (ThreadFinder finder = ThreadFinder.spilled(folder)) {
      records(sample).forEach(r -> finder.add(key(r), r));
      if (!System.getProperty("os.name").startsWith("Windows")) { // which cannot unlink an open file
        try (Stream<Path> files = Files.list(folder)) {
          assertEquals(List.of(), files.toList(), "unlinked once open: a process that stops leaves none behind");
        }
      }
      ThreadFinder.Written written = finder.write(PERSONS, folder.resolve("messages.json"));
      assertTrue(written.messages() > 0);
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(folder.resolve("messages.json")), files.toList());
    }
  }

  /** Finds the messages both ways, asserts they agree, and returns how many partitions the second way read. */
  private int sameEitherWay(List<ReleaseRecord> records) throws Exception {
    try (ThreadFinder whole = new ThreadFinder(Printings.held(), Integer.MAX_VALUE);
        ThreadFinder weekly = new ThreadFinder(Printings.spilled(dir), 1)) {
      records.parallelStream().forEach(r -> {
        whole.add(key(r), r);
        weekly.add(key(r), r);
      });
      assertTrue(whole.partitionCount() <= 2, "one partition, and the undated printings' own");
      assertEquals(tally(whole), tally(weekly), "the people's evidence");
      Correspondence a = whole.find(PERSONS);
      Correspondence b = weekly.find(PERSONS);
      assertTrue(a.messages().size() > 100, "the releases print messages: " + a.messages().size());
      assertEquals(a.messages(), b.messages());
      assertEquals(a.threads(), b.threads());
      assertEquals(a.messages(), weekly.find(PERSONS).messages(), "found again, the same");
      Path held = dir.resolve("held.json");
      Path streamed = dir.resolve("streamed.json");
      a.write(held);
      ThreadFinder.Written written = weekly.write(PERSONS, streamed);
      assertEquals(Files.readString(held), Files.readString(streamed), "written as found, as the held messages write");
      assertEquals(new ThreadFinder.Written(a.messages().size(), a.threads().size(), a.appearances()), written);
      return weekly.partitionCount();
    }
  }

  /** The key an archive stores a release under: its document number, else where it was read. */
  private static String key(ReleaseRecord r) {
    return r.docId() != null ? r.docId() : r.source();
  }

  /** The pairs each role shows, counted, and the replies: what the person finder is given. */
  private static Map<String, Integer> tally(ThreadFinder finder) {
    Map<String, Integer> out = new HashMap<>();
    finder.copiedRoles((x, y) -> out.merge("copy " + x + " | " + y, 1, Integer::sum));
    finder.replyRoles().forEach(r -> out.merge("reply " + r, 1, Integer::sum));
    assertTrue(out.size() > 0, "the releases give evidence of people");
    return out;
  }

  private static List<ReleaseRecord> records(Path source) throws InterruptedException {
    List<ReleaseRecord> out = Collections.synchronizedList(new ArrayList<>());
    ReleaseReader reader = new ReleaseReader();
    try (Batch batch = new Batch(Batch.defaultThreads())) {
      batch.each(new ReleaseSources(List.of(source.toString()), SourceBytes.DEFAULT_MAX_BYTES), reader::readSafely,
          (ParseResult r) -> {
            if (r instanceof ReleaseRecord rec) {
              out.add(rec);
            }
          }, () -> false);
    }
    return out;
  }
}
