package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.BODY_END;
import static org.readingroom.index.IndexFields.BODY_START;
import static org.readingroom.index.IndexFields.HIT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Groups;

/**
 * What one reader's entries are under one analysis ({@link Groups}): per segment, the printings
 * that are not their message's fullest (hidden when a search shows one hit per message: the
 * longest body wins, then the smallest entry id) and the documents whose top message is shown
 * from another document ({@link Groups#documentsShownElsewhere}), and the persons the facet values
 * name.
 */
final class GroupState {

  final IndexReader reader;
  final Groups groups;
  /** Per segment, the entries a search that shows one hit per message leaves out. */
  final List<FixedBitSet> hidden;
  /** Per segment, the printings alone, no document: what a search for every document leaves out. */
  final List<FixedBitSet> hiddenPrintings;
  /** The sender and recipient facet values as persons. */
  final FacetTable.Persons persons;

  private GroupState(IndexReader reader, Groups groups, List<FixedBitSet> hiddenPrintings, FacetTable.Persons persons,
      List<FixedBitSet> hidden) {
    this.reader = reader;
    this.groups = groups;
    this.hiddenPrintings = hiddenPrintings;
    this.hidden = hidden;
    this.persons = persons;
  }

  static GroupState of(IndexReader reader, Groups groups, FacetTable facets) throws IOException {
    Map<String, Printing> fullest = new HashMap<>();
    List<FixedBitSet> printings = hidden(reader, groups, fullest);
    List<FixedBitSet> all = new ArrayList<>(printings.size());
    for (FixedBitSet b : printings) {
      all.add(b.clone());
    }
    hideCopiedDocuments(reader, groups, all, fullest);
    return new GroupState(reader, groups, printings, facets.persons(groups), all);
  }

  /** A printing: where it is, its entry id, and how long its body is. */
  private record Printing(int leaf, int doc, String id, int length) {}

  /** The printings that are not their message's fullest; {@code fullest} filled with each message's. */
  private static List<FixedBitSet> hidden(IndexReader reader, Groups groups, Map<String, Printing> fullest)
      throws IOException {
    List<FixedBitSet> out = new ArrayList<>();
    List<LeafReaderContext> leaves = reader.leaves();
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
      out.add(bits);
      if (groups.printings().isEmpty()) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      BinaryDocValues hits = DocValues.getBinary(leaf.reader(), HIT);
      NumericDocValues starts = DocValues.getNumeric(leaf.reader(), BODY_START);
      NumericDocValues ends = DocValues.getNumeric(leaf.reader(), BODY_END);
      for (int d = starts.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = starts.nextDoc()) {
        if (live != null && !live.get(d) || !hits.advanceExact(d) || !ends.advanceExact(d)) {
          continue;
        }
        HitFields f = HitFields.decode(hits.binaryValue());
        String message = f.kind() == EntryKind.MESSAGE ? groups.messageOf(f.id()) : null;
        if (message == null) {
          continue;
        }
        Printing p = new Printing(leaf.ord, d, f.id(), (int) (ends.longValue() - starts.longValue()));
        Printing best = fullest.get(message);
        // the longest body, then the smallest entry id: the same printing whatever order the
        // entries were indexed in, and on any engine
        if (best == null || p.length() > best.length()
            || p.length() == best.length() && p.id().compareTo(best.id()) < 0) {
          if (best != null) {
            out.get(best.leaf()).set(best.doc());
          }
          fullest.put(message, p);
        } else {
          bits.set(d);
        }
      }
    }
    return out;
  }

  /** Hides the document entries whose top message is shown from another document. */
  private static void hideCopiedDocuments(IndexReader reader, Groups groups, List<FixedBitSet> out,
      Map<String, Printing> fullest) throws IOException {
    Set<String> copies = groups.documentsShownElsewhere(m -> {
      Printing p = fullest.get(m);
      return p == null ? null : p.id();
    });
    if (copies.isEmpty()) {
      return;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      FixedBitSet bits = out.get(leaf.ord);
      Bits live = leaf.reader().getLiveDocs();
      BinaryDocValues hits = DocValues.getBinary(leaf.reader(), HIT);
      for (int d = hits.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = hits.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        HitFields f = HitFields.decode(hits.binaryValue());
        if (f.kind() == EntryKind.DOCUMENT && copies.contains(f.id())) {
          bits.set(d);
        }
      }
    }
  }
}
