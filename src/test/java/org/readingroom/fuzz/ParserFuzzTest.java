package org.readingroom.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.record.ParseFailure;
import org.readingroom.record.ParseResult;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.ReleaseRecordJson;

/**
 * The parser driven by a coverage-guided fuzzer from release texts (the golden documents, committed
 * as seeds in {@code ParserFuzzTestInputs/}): whatever the bytes, a record or a failure with a
 * reason comes back, never an exception or a parser bug, and the record survives the archive's JSON.
 */
class ParserFuzzTest {

  private static final ReleaseReader READER = new ReleaseReader();

  @FuzzTest(maxDuration = "10s")
  void parse(byte[] bytes) {
    ParseResult result = READER.parse("fuzz.txt", bytes);
    if (result instanceof ParseFailure f) {
      assertNotEquals("internal-error", f.kind(), f.error());
      return;
    }
    ReleaseRecord record = (ReleaseRecord) result;
    ReleaseRecord stored = ReleaseRecordJson.readStored(ReleaseRecordJson.stored(record), record.text());
    assertEquals(record.docId(), stored.docId());
    assertEquals(record.messages().size(), stored.messages().size());
    ReleaseRecordJson.line(record);
  }
}
