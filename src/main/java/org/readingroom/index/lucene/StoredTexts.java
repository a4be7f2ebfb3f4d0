package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.BODY_END;
import static org.readingroom.index.IndexFields.BODY_START;
import static org.readingroom.index.IndexFields.TEXT_VALUE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Reads entries' texts from doc values: a release's own, a message's as the stretch of its
 * release's text that its body is. One reader serves one request: it reuses one iterator per
 * segment while entries come in increasing order, as a page of hits sorted by entry does, and keeps
 * the release texts it decoded.
 */
final class StoredTexts {
  private final List<LeafReaderContext> leaves;
  private final ReaderCache.State state;
  private final Map<Integer, String> releaseTexts = new HashMap<>();
  private final BinaryDocValues[] texts;

  StoredTexts(IndexReader reader, ReaderCache cache) throws IOException {
    this.leaves = reader.leaves();
    this.state = cache.of(reader);
    this.texts = new BinaryDocValues[leaves.size()];
  }

  /** The text of entry {@code doc} (an index-wide entry number). */
  String text(int doc) throws IOException {
    int li = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext leaf = leaves.get(li);
    int local = doc - leaf.docBase;
    FixedBitSet releases = state.releases().get(li);
    if (releases.get(local)) {
      return releaseText(li, local);
    }
    String text = releaseText(li, releases.nextSetBit(local));
    NumericDocValues start = DocValues.getNumeric(leaf.reader(), BODY_START);
    NumericDocValues end = DocValues.getNumeric(leaf.reader(), BODY_END);
    if (!start.advanceExact(local) || !end.advanceExact(local)) {
      return "";
    }
    return text.substring((int) start.longValue(), (int) end.longValue());
  }

  private String releaseText(int li, int local) throws IOException {
    int doc = leaves.get(li).docBase + local;
    String known = releaseTexts.get(doc);
    if (known != null) {
      return known;
    }
    BinaryDocValues values = texts[li];
    if (values == null || values.docID() > local) {
      values = DocValues.getBinary(leaves.get(li).reader(), TEXT_VALUE);
      texts[li] = values;
    }
    known = values.advanceExact(local) ? utf8(values.binaryValue()) : "";
    releaseTexts.put(doc, known);
    return known;
  }

  /**
   * A text from its UTF-8 bytes. The JDK's decoder copies ASCII (most of a release) in bulk, where
   * {@link BytesRef#utf8ToString} goes char by char; the bytes were encoded from a Java string, so
   * they are valid UTF-8 and both give the same string.
   */
  static String utf8(BytesRef bytes) {
    return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
  }
}
