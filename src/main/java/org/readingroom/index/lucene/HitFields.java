package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.HIT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.readingroom.index.EntryKind;

/**
 * What a hit shows, packed into one doc-values entry per index entry: a page of hits reads twenty
 * small values instead of decompressing twenty blocks of stored fields.
 */
record HitFields(EntryKind kind, String id, String docId, String date, String from, List<String> to, String subject,
    int page, String classification, String declassifyOn) {

  HitFields {
    to = List.copyOf(to);
  }

  BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(kind.label());
      out.writeString(id);
      out.writeString(docId);
      out.writeString(orEmpty(date));
      out.writeString(orEmpty(from));
      out.writeString(orEmpty(subject));
      out.writeVInt(page);
      out.writeVInt(to.size());
      for (String t : to) {
        out.writeString(t);
      }
      out.writeString(orEmpty(classification));
      out.writeString(orEmpty(declassifyOn));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    return new BytesRef(out.toArrayCopy());
  }

  static HitFields decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    try {
      EntryKind kind = EntryKind.parse(in.readString());
      String id = in.readString();
      String docId = in.readString();
      String date = in.readString();
      String from = in.readString();
      String subject = in.readString();
      int page = in.readVInt();
      int n = in.readVInt();
      List<String> to = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        to.add(in.readString());
      }
      String classification = in.readString();
      String declassifyOn = in.readString();
      return new HitFields(kind, id, docId, nullIfEmpty(date), nullIfEmpty(from), to, nullIfEmpty(subject), page,
          nullIfEmpty(classification), nullIfEmpty(declassifyOn));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading memory does not fail
    }
  }

  /** The hit fields of the given entries (in the order given), read segment by segment in entry order. */
  static HitFields[] read(IndexReader reader, int[] docIds) throws IOException {
    HitFields[] out = new HitFields[docIds.length];
    Integer[] order = new Integer[docIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docIds[a], docIds[b]));
    List<LeafReaderContext> leaves = reader.leaves();
    BinaryDocValues values = null;
    int leafIndex = -1;
    for (int i : order) {
      int doc = docIds[i];
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        values = DocValues.getBinary(leaves.get(li).reader(), HIT);
      }
      if (!values.advanceExact(doc - leaves.get(li).docBase)) {
        throw new IllegalStateException("an index entry without hit fields: " + doc);
      }
      out[i] = decode(values.binaryValue());
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }
}
