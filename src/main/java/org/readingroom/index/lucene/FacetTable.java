package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.FACET_RECIPIENT;
import static org.readingroom.index.IndexFields.FACET_SENDER;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.readingroom.index.Groups;
import org.readingroom.index.SearchResult;

/**
 * Facet counts for one reader, from a table of each entry's facet ordinals held in memory.
 *
 * <p>Lucene's {@code SortedSetDocValuesFacetCounts} decodes every hit's ordinals from doc values
 * and maps each through the segments' {@code OrdinalMap}, then walks every ordinal of a dimension
 * to find its top values: most of a search's time (docs/benchmarks.md). Here the ordinals,
 * already global, are read once per reader into two int arrays (a few MB for the corpus), a search
 * adds up its hits' rows, and only the
 * ordinals it touched are ranked. The counts are Lucene's, value for value and in Lucene's order
 * (count descending, then ordinal, that is label, ascending); a test holds the two side by side.
 */
final class FacetTable {

  private final SortedSetDocValuesReaderState state;
  private final List<String> dims;
  /** Entry {@code d}'s ordinals are {@code ords[rows[d]..rows[d + 1])}. */
  private final int[] rows;
  private final int[] ords;
  /** Per ordinal: the index in {@link #dims} of its dimension, or -1. */
  private final byte[] dimOf;
  /** Labels looked up so far, by ordinal (a benign race: a label is looked up twice at worst). */
  private final String[] labels;

  /**
   * The table of a reader, or an empty one (every count empty) for a reader that holds no facet
   * yet: an archive with no document.
   */
  static FacetTable of(IndexReader reader, FacetsConfig config, List<String> dims) throws IOException {
    if (MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
      return new FacetTable(dims);
    }
    return new FacetTable(new DefaultSortedSetDocValuesReaderState(reader, config), dims);
  }

  private FacetTable(List<String> dims) {
    this.state = null;
    this.dims = List.copyOf(dims);
    this.rows = new int[1];
    this.ords = new int[0];
    this.dimOf = new byte[0];
    this.labels = new String[0];
  }

  FacetTable(SortedSetDocValuesReaderState state, List<String> dims) throws IOException {
    if (dims.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("too many facet dimensions: " + dims.size());
    }
    this.state = state;
    this.dims = List.copyOf(dims);
    int maxDoc = state.getReader().maxDoc();
    rows = new int[maxDoc + 1];
    int[] all = new int[Math.max(16, maxDoc * 8)];
    int n = 0;
    SortedSetDocValues dv = state.getDocValues();
    int next = 0;
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      while (next <= d) {
        rows[next++] = n;
      }
      int count = dv.docValueCount();
      all = ArrayUtil.grow(all, n + count);
      for (int i = 0; i < count; i++) {
        all[n++] = (int) dv.nextOrd();
      }
    }
    while (next <= maxDoc) {
      rows[next++] = n;
    }
    ords = Arrays.copyOf(all, n);
    dimOf = new byte[state.getSize()];
    Arrays.fill(dimOf, (byte) -1);
    for (int i = 0; i < this.dims.size(); i++) {
      OrdRange range = state.getOrdRange(this.dims.get(i));
      if (range != null) {
        Arrays.fill(dimOf, range.start, range.end + 1, (byte) i);
        FacetsConfig.DimConfig config = state.getFacetsConfig().getDimConfig(this.dims.get(i));
        if (config.hierarchical || (config.multiValued && config.requireDimCount)) {
          throw new IllegalArgumentException("dimension " + this.dims.get(i) + ": only flat dimensions are counted here");
        }
      }
    }
    labels = new String[state.getSize()];
  }

  /**
   * The sender and recipient facet values as persons: for each ordinal of those dimensions, the
   * index of its person in {@code ids} and {@code names}, or -1 for a value no person holds.
   */
  record Persons(int[] personOf, String[] ids, String[] names) {}

  /** This table's sender and recipient values as the persons of {@code groups}; null when it names none. */
  Persons persons(Groups groups) throws IOException {
    if (state == null || groups.personOfAlias().isEmpty()) {
      return null;
    }
    int[] personOf = new int[dimOf.length];
    Arrays.fill(personOf, -1);
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (String dim : List.of(FACET_SENDER, FACET_RECIPIENT)) {
      OrdRange range = state.getOrdRange(dim);
      if (range == null) {
        continue;
      }
      for (int o = range.start; o <= range.end; o++) {
        String person = groups.personOfAlias().get(label(o));
        if (person != null) {
          personOf[o] = index.computeIfAbsent(person, k -> {
            ids.add(k);
            return ids.size() - 1;
          });
        }
      }
    }
    String[] names = new String[ids.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = groups.persons().getOrDefault(ids.get(i), ids.get(i));
    }
    return new Persons(personOf, ids.toArray(new String[0]), names);
  }

  /**
   * The top values of each dimension among the collected entries: {@code topN} of them, and
   * {@code periodsN} for the dimensions listed in {@code periods}.
   */
  Map<String, List<SearchResult.FacetCount>> count(FacetsCollector collected, int topN, List<String> periods, int periodsN)
      throws IOException {
    return count(collected, topN, periods, periodsN, null);
  }

  /**
   * The same, with the sender and recipient values counted by person when {@code persons} is
   * given: each entry counts once for a person, however many of the person's names it prints, so
   * a person's count is the number of entries a filter by the person finds. A value no person
   * holds is counted as itself.
   */
  Map<String, List<SearchResult.FacetCount>> count(FacetsCollector collected, int topN, List<String> periods, int periodsN,
      Persons persons) throws IOException {
    if (state == null) {
      Map<String, List<SearchResult.FacetCount>> none = new LinkedHashMap<>();
      dims.forEach(d -> none.put(d, new ArrayList<>()));
      return none;
    }
    int[] counts = new int[dimOf.length];
    int[] touched = new int[256];
    int t = 0;
    int senders = dims.indexOf(FACET_SENDER);
    int recipients = dims.indexOf(FACET_RECIPIENT);
    int[][] byPerson = persons == null ? null : new int[][] {new int[persons.ids().length], new int[persons.ids().length]};
    int[][] lastDoc = persons == null ? null : new int[][] {new int[persons.ids().length], new int[persons.ids().length]};
    if (lastDoc != null) {
      Arrays.fill(lastDoc[0], -1);
      Arrays.fill(lastDoc[1], -1);
    }
    for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
      DocIdSetIterator it = m.bits == null ? null : m.bits.iterator();
      if (it == null) {
        continue;
      }
      int base = m.context.docBase;
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        for (int k = rows[base + d], end = rows[base + d + 1]; k < end; k++) {
          int o = ords[k];
          int person = persons == null ? -1 : persons.personOf()[o];
          if (person >= 0) {
            int side = dimOf[o] == senders ? 0 : 1;
            if (lastDoc[side][person] != base + d) {
              lastDoc[side][person] = base + d;
              byPerson[side][person]++;
            }
            continue;
          }
          if (counts[o]++ == 0) {
            if (t == touched.length) {
              touched = Arrays.copyOf(touched, t * 2);
            }
            touched[t++] = o;
          }
        }
      }
    }
    // the touched ordinals, grouped by dimension
    int[] sizes = new int[dims.size() + 1];
    for (int i = 0; i < t; i++) {
      sizes[dimOf[touched[i]] + 1]++;
    }
    int[][] byDim = new int[dims.size()][];
    for (int i = 0; i < byDim.length; i++) {
      byDim[i] = new int[sizes[i + 1]];
    }
    int[] filled = new int[dims.size()];
    for (int i = 0; i < t; i++) {
      int dim = dimOf[touched[i]];
      if (dim >= 0) {
        byDim[dim][filled[dim]++] = touched[i];
      }
    }
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      int n = periods.contains(dims.get(i)) ? periodsN : topN;
      List<SearchResult.FacetCount> top = top(counts, byDim[i], n);
      if (persons != null && (i == senders || i == recipients)) {
        top = withPersons(top, byPerson[i == senders ? 0 : 1], persons, n);
      }
      out.put(dims.get(i), top);
    }
    return out;
  }

  /** The n ordinals of highest count (ties: the lower ordinal, that is the lower label, first). */
  private List<SearchResult.FacetCount> top(int[] counts, int[] candidates, int n) throws IOException {
    int keep = Math.min(n, candidates.length);
    int[] best = new int[keep]; // the kept ordinals, best first
    int kept = 0;
    for (int o : candidates) {
      if (kept == keep && !before(counts, o, best[kept - 1])) {
        continue;
      }
      int at = kept == keep ? kept - 1 : kept++;
      while (at > 0 && before(counts, o, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = o;
    }
    List<SearchResult.FacetCount> out = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      out.add(new SearchResult.FacetCount(label(best[i]), counts[best[i]]));
    }
    return out;
  }

  /** The persons' counts beside the values no person holds: the n of highest count, then by value. */
  private static List<SearchResult.FacetCount> withPersons(List<SearchResult.FacetCount> values, int[] counts,
      Persons persons, int n) {
    List<SearchResult.FacetCount> all = new ArrayList<>(values);
    for (int p = 0; p < counts.length; p++) {
      if (counts[p] > 0) {
        all.add(new SearchResult.FacetCount(persons.ids()[p], counts[p], persons.names()[p]));
      }
    }
    all.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed()
        .thenComparing(SearchResult.FacetCount::value));
    return new ArrayList<>(all.subList(0, Math.min(n, all.size())));
  }

  /** Whether ordinal a ranks before ordinal b: a higher count, or the same count and a lower ordinal. */
  private static boolean before(int[] counts, int a, int b) {
    return counts[a] > counts[b] || (counts[a] == counts[b] && a < b);
  }

  private String label(int ord) throws IOException {
    String label = labels[ord];
    if (label == null) {
      String[] path = FacetsConfig.stringToPath(state.getDocValues().lookupOrd(ord).utf8ToString());
      label = path[path.length - 1];
      labels[ord] = label;
    }
    return label;
  }
}
