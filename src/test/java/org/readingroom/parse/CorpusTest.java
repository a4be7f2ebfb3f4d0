package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.source.Batch;
import org.readingroom.source.ReleaseSources;
import org.readingroom.source.SourceBytes;

/**
 * The whole real corpus (../shared/corpus, 27,154 documents) parses: a record for every document,
 * no failure for a readable file, no exception. Skips, saying so, when the corpus is absent.
 */
class CorpusTest {

  @Test
  void everyCorpusDocumentGetsARecord() throws InterruptedException {
    Path tgz = SharedMaterial.require("corpus/clinton-email-text.tgz");
    long[] counts = new long[7];
    List<String> failures = new ArrayList<>();
    ReleaseReader reader = new ReleaseReader();
    try (Batch batch = new Batch(Batch.defaultThreads())) {
      batch.each(new ReleaseSources(List.of(tgz.toString()), SourceBytes.DEFAULT_MAX_BYTES), reader::readSafely, r -> {
        counts[0]++;
        if (r instanceof ParseFailure f) {
          failures.add(f.source() + ": " + f.error());
          return;
        }
        ReleaseRecord rec = (ReleaseRecord) r;
        counts[1] += rec.docId() != null ? 1 : 0;
        counts[2] += rec.release() != null ? 1 : 0;
        counts[3] += rec.messages().isEmpty() ? 0 : 1;
        counts[4] += rec.classification() != null ? 1 : 0;
        counts[5] += rec.messages().size();
        counts[6] += rec.redactions().size();
      }, () -> false);
    }
    System.out.printf(Locale.ROOT,
        "corpus: %d records; docId %d, release stamp %d, >=1 message %d, classification block %d;"
            + " %d messages, %d redaction markers%n",
        counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
    assertEquals(27_154, counts[0]);
    assertEquals(List.of(), failures);
    assertTrue(counts[1] >= 27_150, "nearly every document prints its number in a banner");
    assertTrue(counts[2] >= 27_000, "nearly every document carries a release stamp");
    assertTrue(counts[4] >= 1_600, "the corpus holds about 1,670 classification blocks");
  }
}
