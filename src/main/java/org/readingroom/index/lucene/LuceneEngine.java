package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.DOC_ID;
import static org.readingroom.index.IndexFields.DOC_KEY;
import static org.readingroom.index.IndexFields.HASH;
import static org.readingroom.index.IndexFields.KIND;
import static org.readingroom.index.IndexFields.SOURCE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.EntryKind;
import org.readingroom.index.Hit;
import org.readingroom.index.LuceneQueries;
import org.readingroom.index.QuerySyntaxException;
import org.readingroom.index.ReleaseAnalyzer;
import org.readingroom.index.ReadersQuery;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;
import org.readingroom.index.SearchTimeoutException;

/**
 * The embedded engine: an Apache Lucene index in a folder of the archive, nothing to start. A thin
 * engine over the classes that do each job: {@link LuceneIndex} opens the folder and holds its
 * writer and searchers, {@link LuceneDocuments} turns releases into index entries and back, {@link
 * LuceneSearcher} runs a search (with {@link FacetCounts} and {@link Snippets}), {@link ArchiveScan}
 * reads the whole archive on a pool, {@link StatsCounter} counts what it holds.
 */
public final class LuceneEngine implements SearchEngine {

  /** Time a search may run, for a server; the command line's searches run to the end. */
  private static final Duration NO_BUDGET = Duration.ofDays(1);
  /** An export reads every hit: it may run this many times a search's budget. */
  private static final int EXPORT_BUDGETS = 6;

  private final LuceneIndex index;
  private final Duration budget;
  private final Analyzer analyzer = new ReleaseAnalyzer();
  private final LuceneDocuments documents = new LuceneDocuments(LuceneDocuments.facetsConfig());
  private final LuceneQueries queries = new LuceneQueries(analyzer);
  private final ReaderCache cache = new ReaderCache(LuceneDocuments.facetsConfig());
  private final FacetCounts facets = new FacetCounts(cache);
  private final LuceneSearcher searcher = new LuceneSearcher(facets, new Snippets(analyzer, cache), cache);
  private final StatsCounter stats = new StatsCounter(facets);

  private LuceneEngine(LuceneIndex index, Duration budget) {
    this.index = index;
    this.budget = budget;
  }

  /** Opens (creating if needed) the index in {@code folder} for ingesting. */
  public static LuceneEngine openForWriting(Path folder) throws IOException {
    return new LuceneEngine(LuceneIndex.openForWriting(folder), NO_BUDGET);
  }

  /** Opens the index in {@code folder} for searching; fails when there is none. */
  public static LuceneEngine openForReading(Path folder) throws IOException {
    return openForReading(folder, NO_BUDGET);
  }

  /**
   * Opens the index in {@code folder} for searching, each search stopped when it has run for {@code
   * budget} ({@link SearchTimeoutException}); fails when there is none.
   */
  public static LuceneEngine openForReading(Path folder, Duration budget) throws IOException {
    if (budget.isNegative()) {
      throw new IllegalArgumentException("a time budget cannot be negative: " + budget);
    }
    return new LuceneEngine(LuceneIndex.openForReading(folder), budget);
  }

  @Override
  public Map<String, String> indexedSources() throws IOException {
    return index.read(s -> {
      Map<String, String> out = new HashMap<>();
      TopDocs all = s.search(documentsQuery(), Math.max(1, s.getIndexReader().maxDoc()));
      StoredFields stored = s.storedFields();
      for (ScoreDoc d : all.scoreDocs) {
        Document doc = stored.document(d.doc, Set.of(SOURCE, HASH));
        out.put(doc.get(SOURCE), doc.get(HASH));
      }
      return out;
    });
  }

  @Override
  public void put(StoredRelease release) throws IOException {
    index.writer().updateDocuments(new Term(DOC_KEY, release.key()), documents.of(release));
  }

  @Override
  public void commit() throws IOException {
    index.commit();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Query query = queries.build(request);
    Query highlighted = queries.text(request.query());
    String notice = queries.notice(request.query());
    SearchResult result = index.read(s -> {
      searcher.prepare(s, request);
      return timed(s, budget, System.nanoTime(), t -> searcher.search(t, request, query, highlighted, start));
    });
    if (result.total() == 0) {
      String any = ReadersQuery.anyOf(request.query());
      if (any != null) {
        return search(request.toBuilder().query(any).build()).withNotice(ReadersQuery.withAnyOfNotice(notice));
      }
    }
    return notice == null ? result : result.withNotice(notice);
  }

  @Override
  public void export(SearchRequest request, Consumer<Hit> each) throws IOException {
    Query query = queries.build(request);
    Duration exportBudget = budget.multipliedBy(EXPORT_BUDGETS);
    index.read(s -> {
      searcher.prepare(s, request);
      return timed(s, exportBudget, System.nanoTime(), t -> {
        searcher.export(t, request, query, exportBudget, each);
        return null;
      });
    });
  }

  /**
   * Runs {@code reading} on a searcher of {@code s}'s reader that stops collecting once {@code
   * budget} has passed since {@code startNanos} (a searcher of its own: the shared one's timeout
   * would stop every other search too); a search stopped so, whose hits would be partial, is a
   * {@link SearchTimeoutException}. A query that expands to more terms than Lucene takes is a
   * {@link QuerySyntaxException}.
   */
  private static <T> T timed(IndexSearcher s, Duration budget, long startNanos, LuceneIndex.Reading<T> reading) throws IOException {
    IndexSearcher timed = new IndexSearcher(s.getIndexReader());
    long deadline = startNanos + budget.toNanos();
    timed.setTimeout(() -> System.nanoTime() - deadline > 0);
    T result;
    try {
      result = reading.read(timed);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the query expands to more than " + IndexSearcher.getMaxClauseCount()
          + " words: use fewer words with * ? or ~, or make them longer");
    }
    if (timed.timedOut()) {
      throw new SearchTimeoutException(budget);
    }
    return result;
  }

  @Override
  public Optional<StoredRelease> release(String id) throws IOException {
    Query byId = new BooleanQuery.Builder()
        .add(documentsQuery(), BooleanClause.Occur.FILTER)
        .add(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(DOC_ID, id.toUpperCase(Locale.ROOT))), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(new Term(DOC_KEY, id)), BooleanClause.Occur.SHOULD)
            .build(), BooleanClause.Occur.MUST)
        .build();
    return index.read(s -> {
      TopDocs top = s.search(byId, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      return Optional.of(LuceneDocuments.release(s.storedFields().document(doc),
          new StoredTexts(s.getIndexReader(), cache).text(doc)));
    });
  }

  @Override
  public List<StoredRelease> releases(List<String> keys) throws IOException {
    return index.read(s -> {
      IndexReader reader = s.getIndexReader();
      ReaderCache.State state = cache.of(reader);
      int[] docs = new int[keys.size()];
      Arrays.fill(docs, -1);
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(DOC_KEY);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        FixedBitSet releases = state.releases().get(leaf.ord);
        PostingsEnum postings = null;
        for (int i = 0; i < docs.length; i++) {
          if (docs[i] >= 0 || keys.get(i) == null || !te.seekExact(new BytesRef(keys.get(i)))) {
            continue;
          }
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if ((live == null || live.get(d)) && releases.get(d)) {
              docs[i] = leaf.docBase + d;
              break;
            }
          }
        }
      }
      // read in the index's order: a text reader moves forward through each segment
      Integer[] order = new Integer[docs.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
      StoredRelease[] out = new StoredRelease[docs.length];
      StoredFields stored = s.storedFields();
      StoredTexts texts = new StoredTexts(reader, cache);
      for (int i : order) {
        if (docs[i] >= 0) {
          out[i] = LuceneDocuments.release(stored.document(docs[i]), texts.text(docs[i]));
        }
      }
      return Arrays.asList(out);
    });
  }

  @Override
  public void eachRelease(int threads, Consumer<StoredRelease> action) throws IOException {
    eachRelease(threads, ArchiveScan.CHUNK, action);
  }

  /** {@link #eachRelease(int, Consumer)} with the index cut into runs of {@code chunk} entries. */
  void eachRelease(int threads, int chunk, Consumer<StoredRelease> action) throws IOException {
    index.read(s -> {
      ArchiveScan.each(s, threads, chunk, action);
      return null;
    });
  }

  @Override
  public ArchiveStats stats() throws IOException {
    return index.read(stats::of);
  }

  /**
   * Checks the index in {@code folder} as Lucene's {@code CheckIndex} does (every file's checksum,
   * then each segment's postings, stored fields, doc values and points read through), without
   * changing it: a sentence that says it is sound, or what is wrong.
   *
   * @return null when the index is sound, else what is wrong
   */
  public static String check(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "there is no index at " + folder;
    }
    try (Directory dir = FSDirectory.open(folder); CheckIndex checker = new CheckIndex(dir)) {
      checker.setThreadCount(1);
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      checker.setInfoStream(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status;
      try {
        status = checker.checkIndex();
      } catch (IOException | RuntimeException e) {
        return "it cannot be read: " + e.getMessage();
      }
      if (status.clean) {
        return null;
      }
      if (status.missingSegments) {
        return "its list of segments cannot be read";
      }
      StringBuilder why = new StringBuilder();
      for (CheckIndex.Status.SegmentInfoStatus seg : status.segmentInfos) {
        if (seg.error != null) {
          why.append(why.length() == 0 ? "" : "; ").append("segment ").append(seg.name).append(": ")
              .append(seg.error.getMessage() == null ? seg.error.toString() : seg.error.getMessage().lines().findFirst()
                  .orElse(""));
        }
      }
      return why.length() == 0 ? status.numBadSegments + " damaged segment(s)" : why.toString();
    }
  }

  private static Query documentsQuery() {
    return new TermQuery(new Term(KIND, EntryKind.DOCUMENT.name()));
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
