package org.readingroom.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.lucene.LuceneEngine;
import org.readingroom.ingest.TestReleases;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.parse.SharedMaterial;
import org.readingroom.record.Message;
import org.readingroom.record.ParseResult;
import org.readingroom.record.Party;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.source.SourceDocument;

/**
 * Search agrees with the parser's records: every message whose sender is X is found by the sender
 * filter X and by the query from:"X"; every message whose recipient is Y by the recipient filter.
 */
class SearchAgreesWithParserTest {

  @TempDir Path tmp;

  @Test
  void onTheGoldenDocuments() throws Exception {
    check(TestReleases.golden(tmp.resolve("golden")));
  }

  @Test
  void onTheLabelledDevDocuments() throws Exception {
    check(SharedMaterial.require("dev/docs"));
  }

  private void check(Path folder) throws Exception {
    List<ReleaseRecord> records = new ArrayList<>();
    ReleaseReader reader = new ReleaseReader();
    try (var files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        ParseResult r = reader.read(new SourceDocument.OnDisk(p.toString(), p));
        if (r instanceof ReleaseRecord rec) {
          records.add(rec);
        }
      }
    }
    int checked = 0;
    try (LuceneEngine engine = LuceneEngine.openForWriting(tmp.resolve("index-" + folder.getFileName()))) {
      for (ReleaseRecord r : records) {
        engine.put(new StoredRelease(key(r), "h-" + key(r), r));
      }
      engine.commit();
      for (ReleaseRecord r : records) {
        for (int i = 0; i < r.messages().size(); i++) {
          Message m = r.messages().get(i);
          String id = key(r) + "/" + i;
          if (m.from() != null && hasWords(m.from().label())) {
            String x = m.from().label();
            assertTrue(found(engine, SearchRequest.builder().from(x).kind(EntryKind.MESSAGE).limit(1000).build(), id),
                "--from '" + x + "' finds " + id);
            assertTrue(found(engine, SearchRequest.builder().sender(x).kind(EntryKind.MESSAGE).limit(1000).build(), id),
                "sender '" + x + "' finds " + id);
            assertTrue(found(engine, SearchRequest.of("from:\"" + x.replace("\"", "") + "\"").withKind(EntryKind.MESSAGE)
                .withPage(0, 1000), id), "from:\"" + x + "\" finds " + id);
            checked++;
          }
          for (Party to : m.to()) {
            if (hasWords(to.label())) {
              assertTrue(found(engine, SearchRequest.builder().to(to.label()).kind(EntryKind.MESSAGE).limit(1000).build(), id),
                  "--to '" + to.label() + "' finds " + id);
            }
          }
        }
      }
      assertEquals(records.size(), engine.stats().documents());
    }
    assertTrue(checked > 5, "messages checked: " + checked);
  }

  private static String key(ReleaseRecord r) {
    return r.docId() != null ? r.docId() : "x" + Integer.toHexString(r.source().hashCode());
  }

  /** A label the analyzer keeps something of (not only punctuation). */
  private static boolean hasWords(String label) {
    return label.chars().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean found(SearchEngine engine, SearchRequest request, String id) throws Exception {
    Set<String> ids = new HashSet<>();
    engine.search(request).hits().forEach(h -> ids.add(h.id()));
    return ids.contains(id);
  }
}
