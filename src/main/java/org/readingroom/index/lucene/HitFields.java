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
record HitFields(EntryKind kind, String id, String docId, String date, String from, List<String> to,
    List<String> cc, String subject, int page, String release, List<String> exemptions, String classification,
    String declassifyOn) {

  HitFields {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    exemptions = List.copyOf(exemptions);
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
      strings(out, to);
      strings(out, cc);
      out.writeString(orEmpty(release));
      strings(out, exemptions);
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
      List<String> to = strings(in);
      List<String> cc = strings(in);
      String release = in.readString();
      List<String> exemptions = strings(in);
      String classification = in.readString();
      String declassifyOn = in.readString();
      return new HitFields(kind, id, docId, nullIfEmpty(date), nullIfEmpty(from), to, cc, nullIfEmpty(subject), page,
          nullIfEmpty(release), exemptions, nullIfEmpty(classification), nullIfEmpty(declassifyOn));
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

  private static void strings(ByteBuffersDataOutput out, List<String> values) throws IOException {
    out.writeVInt(values.size());
    for (String v : values) {
      out.writeString(v);
    }
  }

  private static List<String> strings(ByteArrayDataInput in) throws IOException {
    int n = in.readVInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readString());
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
