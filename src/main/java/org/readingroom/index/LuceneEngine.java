package org.readingroom.index;

import static org.readingroom.index.IndexFields.*;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.readingroom.archive.StoredRelease;
import org.readingroom.record.ReleaseRecordJson;

/**
 * The embedded engine: an Apache Lucene index in a folder of the archive. Nothing to start. Opened
 * for writing (ingest, which holds Lucene's write lock) or for reading (search, serve, which see
 * each commit an ingest makes, also from another process).
 */
public final class LuceneEngine implements SearchEngine {

  /**
   * The layout of the index's entries. An archive made by a readingroom with another layout
   * cannot be read: it must be ingested again.
   */
  static final String FORMAT = "5";
  private static final String FORMAT_KEY = "readingroom.format";

  /** Words of context a snippet aims at, in characters. */
  private static final int SNIPPET_LENGTH = 180;
  private static final int FACET_VALUES = 10;

  private final Directory directory;
  private final Analyzer analyzer = new ReleaseAnalyzer();
  private final FacetsConfig facetsConfig = LuceneDocuments.facetsConfig();
  private final LuceneDocuments documents = new LuceneDocuments(facetsConfig);
  private final LuceneQueries queries = new LuceneQueries(analyzer);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile ReaderState readerState;

  private LuceneEngine(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
  }

  /** Opens (creating if needed) the index in {@code folder} for ingesting. */
  public static LuceneEngine openForWriting(Path folder) throws IOException {
    Files.createDirectories(folder);
    Directory dir = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(new ReleaseAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(256)
        .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED))
        .setCommitOnClose(false);
    try {
      boolean exists = DirectoryReader.indexExists(dir);
      if (exists) {
        checkFormat(dir, folder);
      }
      IndexWriter writer = new IndexWriter(dir, config);
      writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
      if (!exists) {
        writer.commit();
      }
      return new LuceneEngine(dir, writer);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens the index in {@code folder} for searching; fails when there is none. */
  public static LuceneEngine openForReading(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "no archive index here; run ingest first");
    }
    Directory dir = FSDirectory.open(folder);
    if (!DirectoryReader.indexExists(dir)) {
      dir.close();
      throw new NoSuchFileException(folder.toString(), null, "no archive index here; run ingest first");
    }
    try {
      checkFormat(dir, folder);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
    return new LuceneEngine(dir, null);
  }

  /** Refuses an archive whose index another layout of readingroom wrote. */
  private static void checkFormat(Directory dir, Path folder) throws IOException {
    String format = SegmentInfos.readLatestCommit(dir).getUserData().get(FORMAT_KEY);
    if (!FORMAT.equals(format)) {
      throw new NoSuchFileException(folder.toString(), null, "this archive was made by another version of readingroom"
          + " (index format " + format + ", this one reads " + FORMAT + "); ingest the documents into a new archive");
    }
  }

  @Override
  public Map<String, String> indexedSources() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, String> out = new HashMap<>();
      TopDocs all = s.search(new TermQuery(new Term(KIND, "DOCUMENT")), Math.max(1, s.getIndexReader().maxDoc()));
      StoredFields stored = s.storedFields();
      for (ScoreDoc d : all.scoreDocs) {
        Document doc = stored.document(d.doc, Set.of(SOURCE, HASH));
        out.put(doc.get(SOURCE), doc.get(HASH));
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void put(StoredRelease release) throws IOException {
    if (writer == null) {
      throw new IllegalStateException("this archive was opened for reading");
    }
    writer.updateDocuments(new Term(DOC_KEY, release.key()), documents.of(release));
  }

  @Override
  public void commit() throws IOException {
    if (writer != null) {
      writer.commit();
    }
    searchers.maybeRefreshBlocking();
  }

  /**
   * Sees what another process committed since the last search. A commit is a new {@code
   * segments_N} file, so listing the folder tells whether there is one; asking the reader whether it
   * is current would read and check the whole latest segments file at every search, which cost more
   * than a search itself.
   */
  private void refresh() throws IOException {
    if (writer == null && SegmentInfos.getLastCommitGeneration(directory.listAll()) != openGeneration()) {
      searchers.maybeRefresh();
    }
  }

  /** The commit the current searcher reads, or -1 when it cannot say. */
  private long openGeneration() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader() instanceof StandardDirectoryReader r ? r.getSegmentInfos().getGeneration() : -1;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Query query = queries.build(request);
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      int n = Math.max(1, request.offset() + request.limit());
      Sort sort = switch (request.sort()) {
        case RELEVANCE -> null;
        case DATE -> new Sort(new SortField(DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
        case DATE_ASCENDING -> new Sort(new SortField(DATE, SortField.Type.LONG, false), SortField.FIELD_SCORE);
        case DECLASSIFY -> new Sort(new SortField(DECLASSIFY, SortField.Type.LONG, false), SortField.FIELD_SCORE);
      };
      TopDocs top;
      Map<String, List<SearchResult.FacetCount>> facets = Map.of();
      long total;
      if (request.facets()) {
        FacetsCollectorManager.FacetsResult r = sort == null
            ? FacetsCollectorManager.search(s, query, n, new FacetsCollectorManager())
            : FacetsCollectorManager.search(s, query, n, sort, new FacetsCollectorManager());
        top = r.topDocs();
        facets = facets(s, r.facetsCollector());
        total = 0;
        for (FacetsCollector.MatchingDocs m : r.facetsCollector().getMatchingDocs()) {
          total += m.totalHits;
        }
      } else {
        top = sort == null
            ? s.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, true))
            : s.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE, true));
        total = top.totalHits.value;
      }
      List<Hit> hits = hits(s, request, top);
      return new SearchResult(total, hits, facets, (System.nanoTime() - start) / 1e6);
    } finally {
      searchers.release(s);
    }
  }

  private List<Hit> hits(IndexSearcher s, SearchRequest request, TopDocs top) throws IOException {
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(request.offset(), all.length);
    int count = all.length - from;
    if (request.limit() == 0 || count <= 0) {
      return List.of();
    }
    int[] docIds = new int[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = all[from + i].doc;
    }
    Object[] snippets = snippets(s, request, docIds);
    HitFields[] fields = hitFields(s.getIndexReader(), docIds);
    List<Hit> hits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      HitFields f = fields[i];
      Snippet snippet = snippets[i] instanceof Snippet sn ? sn : new Snippet(List.of());
      hits.add(new Hit(f.kind(), f.id(), f.docId(), f.date(), f.from(), f.to(), f.subject(), snippet,
          f.kind().equals("message") ? f.page() : null, all[from + i].score, f.classification(), f.declassifyOn()));
    }
    return hits;
  }

  /** The hit fields of the given entries (in the order given), from doc values. */
  private static HitFields[] hitFields(IndexReader reader, int[] docIds) throws IOException {
    HitFields[] out = new HitFields[docIds.length];
    Integer[] order = new Integer[docIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(docIds[a], docIds[b]));
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
      out[i] = HitFields.decode(values.binaryValue());
    }
    return out;
  }

  private Object[] snippets(IndexSearcher s, SearchRequest request, int[] docIds) throws IOException {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(s, analyzer)
        .withFormatter(new SnippetFormatter())
        .withScorer(new PassageScores())
        .withMaxNoHighlightPassages(1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new LineBreakIterator(), SNIPPET_LENGTH, 0.5f))
        .withHighlightPhrasesStrictly(true)
        .withPassageRelevancyOverSpeed(false)
        .withMaxLength(Integer.MAX_VALUE - 1);
    return new SnippetHighlighter(builder).snippets(queries.text(request.query()), docIds);
  }

  /**
   * The highlighter, asked for {@link Snippet}s rather than strings, reading each entry's text from
   * doc values: a release's own, a message's as the stretch of its release's text that its body is.
   */
  private final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(Builder builder) {
      super(builder);
    }

    Object[] snippets(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {TEXT}, query, docIds, new int[] {1}).get(TEXT);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      TextReader texts = new TextReader(getIndexSearcher().getIndexReader());
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        out.add(new CharSequence[] {texts.text(doc)});
      }
      return out;
    }

    /** Snippets come from the postings' offsets: no need to look the field up in every segment. */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }
  }

  /**
   * Reads entries' texts from doc values: a release's own, a message's as the stretch of its
   * release's text that its body is. Reuses one iterator per segment while entries come in
   * increasing order, as a page of hits sorted by entry does.
   */
  private final class TextReader {
    private final List<LeafReaderContext> leaves;
    private final ReaderState state;
    private final Map<Integer, String> releaseTexts = new HashMap<>();
    private final BinaryDocValues[] texts;

    TextReader(IndexReader reader) throws IOException {
      this.leaves = reader.leaves();
      this.state = readerState(reader);
      this.texts = new BinaryDocValues[leaves.size()];
    }

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
  }

  /**
   * A text from its UTF-8 bytes. The JDK's decoder copies ASCII (most of a release) in bulk, where
   * {@link BytesRef#utf8ToString} goes char by char; the bytes were encoded from a Java string, so
   * they are valid UTF-8 and both give the same string.
   */
  private static String utf8(BytesRef bytes) {
    return new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8);
  }

  private Map<String, List<SearchResult.FacetCount>> facets(IndexSearcher s, FacetsCollector fc) throws IOException {
    Map<String, List<SearchResult.FacetCount>> out =
        readerState(s.getIndexReader()).facets().count(fc, FACET_VALUES, PERIODS, 1000);
    for (String dim : PERIODS) {
      out.get(dim).sort((a, b) -> a.value().compareTo(b.value()));
    }
    return out;
  }

  /** Facets whose every value is shown, in time order. */
  private static final List<String> PERIODS = List.of(FACET_YEAR, FACET_MONTH);

  /**
   * What is computed once per reader: facet ordinals (a pass over the index), and which entries
   * are releases (a message's release is the next one).
   */
  private ReaderState readerState(IndexReader reader) throws IOException {
    ReaderState current = readerState;
    if (current == null || current.reader() != reader) {
      synchronized (this) {
        current = readerState;
        if (current == null || current.reader() != reader) {
          List<FixedBitSet> releases = new ArrayList<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
            PostingsEnum postings = leaf.reader().postings(new Term(KIND, "DOCUMENT"));
            if (postings != null) {
              for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                bits.set(d);
              }
            }
            releases.add(bits);
          }
          current = new ReaderState(reader,
              FacetTable.of(reader, facetsConfig, FACETS), releases);
          readerState = current;
        }
      }
    }
    return current;
  }

  private record ReaderState(IndexReader reader, FacetTable facets, List<FixedBitSet> releases) {}

  @Override
  public Optional<StoredRelease> release(String id) throws IOException {
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      Query byId = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(KIND, "DOCUMENT")), BooleanClause.Occur.FILTER)
          .add(new BooleanQuery.Builder()
              .add(new TermQuery(new Term(DOC_ID, id.toUpperCase(Locale.ROOT))), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(DOC_KEY, id)), BooleanClause.Occur.SHOULD)
              .build(), BooleanClause.Occur.MUST)
          .build();
      TopDocs top = s.search(byId, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      Document d = s.storedFields().document(doc);
      return Optional.of(storedRelease(d, new TextReader(s.getIndexReader()).text(doc)));
    } finally {
      searchers.release(s);
    }
  }

  /** The stats of the reader they were counted on: an archive changes only at a commit. */
  private record CachedStats(IndexReader reader, ArchiveStats stats) {}

  private volatile CachedStats cachedStats;

  @Override
  public void eachRelease(int threads, Consumer<StoredRelease> action) throws IOException {
    eachRelease(threads, RELEASE_CHUNK, action);
  }

  /** Entries (releases and their messages) a reading thread takes at a time. */
  private static final int RELEASE_CHUNK = 2048;

  /**
   * {@link #eachRelease(int, Consumer)} with the index cut into runs of {@code chunk} entries, which
   * the threads take in turn: decompressing the stored records and decoding the texts is most of a
   * pass's reading, and one thread alone kept the others waiting.
   */
  void eachRelease(int threads, int chunk, Consumer<StoredRelease> action) throws IOException {
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      List<int[]> runs = new ArrayList<>(); // leaf, first entry, entry after the last
      for (LeafReaderContext leaf : leaves) {
        for (int from = 0; from < leaf.reader().maxDoc(); from += chunk) {
          runs.add(new int[] {leaf.ord, from, Math.min(leaf.reader().maxDoc(), from + chunk)});
        }
      }
      AtomicInteger next = new AtomicInteger();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Runnable read = () -> {
        try {
          for (int i; failure.get() == null && (i = next.getAndIncrement()) < runs.size(); ) {
            int[] run = runs.get(i);
            releasesIn(leaves.get(run[0]).reader(), run[1], run[2], action);
          }
        } catch (IOException | RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      };
      List<Thread> helpers = new ArrayList<>();
      for (int i = 1; i < Math.min(threads, runs.size()); i++) {
        Thread t = new Thread(read, "archive-read");
        t.setDaemon(true);
        t.start();
        helpers.add(t);
      }
      read.run();
      boolean interrupted = false;
      for (Thread t : helpers) { // every helper ends before the reader they read is released
        while (t.isAlive()) {
          try {
            t.join();
          } catch (InterruptedException e) {
            interrupted = true; // the helpers stop after the run they are reading
            failure.compareAndSet(null, new InterruptedIOException("interrupted while reading the archive"));
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable f = failure.get();
      if (f instanceof IOException e) {
        throw e;
      } else if (f instanceof RuntimeException e) {
        throw e;
      } else if (f instanceof Error e) {
        throw e;
      }
    } finally {
      searchers.release(s);
    }
  }

  /** Hands over the live releases among entries {@code [from, to)} of one segment. */
  private static void releasesIn(LeafReader reader, int from, int to, Consumer<StoredRelease> action)
      throws IOException {
    PostingsEnum releases = reader.postings(new Term(KIND, "DOCUMENT"));
    if (releases == null) {
      return;
    }
    Bits live = reader.getLiveDocs();
    StoredFields stored = reader.storedFields();
    BinaryDocValues texts = DocValues.getBinary(reader, TEXT_VALUE);
    for (int d = releases.advance(from); d < to; d = releases.nextDoc()) {
      if (live != null && !live.get(d)) {
        continue;
      }
      Document doc = stored.document(d, Set.of(DOC_KEY, HASH, RECORD));
      String text = texts.advanceExact(d) ? utf8(texts.binaryValue()) : "";
      action.accept(storedRelease(doc, text));
    }
  }

  private static StoredRelease storedRelease(Document d, String text) {
    BytesRef record = d.getBinaryValue(RECORD);
    return new StoredRelease(d.get(DOC_KEY), d.get(HASH), ReleaseRecordJson.readStored(
        java.util.Arrays.copyOfRange(record.bytes, record.offset, record.offset + record.length), text),
        d.get(ORIGINAL));
  }

  @Override
  public ArchiveStats stats() throws IOException {
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      CachedStats cached = cachedStats;
      if (cached != null && cached.reader() == s.getIndexReader()) {
        return cached.stats();
      }
      ArchiveStats stats = countStats(s);
      cachedStats = new CachedStats(s.getIndexReader(), stats);
      return stats;
    } finally {
      searchers.release(s);
    }
  }

  private ArchiveStats countStats(IndexSearcher s) throws IOException {
    {
      Query documentsQ = new TermQuery(new Term(KIND, "DOCUMENT"));
      Query messagesQ = new TermQuery(new Term(KIND, "MESSAGE"));
      long documentCount = s.count(documentsQ);
      long messageCount = s.count(messagesQ);
      String first = edgeDate(s, messagesQ, false);
      String last = edgeDate(s, messagesQ, true);
      Map<String, List<SearchResult.FacetCount>> byDocument = facetsOf(s, documentsQ);
      Map<String, List<SearchResult.FacetCount>> byMessage = facetsOf(s, messagesQ);
      return new ArchiveStats(documentCount, messageCount, first, last,
          byDocument.getOrDefault(FACET_RELEASE, List.of()),
          byMessage.getOrDefault(FACET_SENDER, List.of()),
          byMessage.getOrDefault(FACET_RECIPIENT, List.of()),
          byDocument.getOrDefault(FACET_EXEMPTION, List.of()),
          byDocument.getOrDefault(FACET_CLASSIFICATION, List.of()),
          byMessage.getOrDefault(FACET_YEAR, List.of()),
          byMessage.getOrDefault(FACET_MONTH, List.of()));
    }
  }

  private Map<String, List<SearchResult.FacetCount>> facetsOf(IndexSearcher s, Query q) throws IOException {
    FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, q, 1, new FacetsCollectorManager());
    return facets(s, r.facetsCollector());
  }

  private static String edgeDate(IndexSearcher s, Query q, boolean latest) throws IOException {
    Sort sort = new Sort(new SortField(DATE, SortField.Type.LONG, latest));
    TopDocs top = s.search(new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.FILTER)
        .add(new org.apache.lucene.search.FieldExistsQuery(DATE), BooleanClause.Occur.FILTER)
        .build(), 1, sort);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return hitFields(s.getIndexReader(), new int[] {top.scoreDocs[0].doc})[0].date();
  }

  /** Every document, for tools that walk the whole archive. */
  Query all() {
    return new MatchAllDocsQuery();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        if (writer != null) {
          writer.close();
        }
      } finally {
        directory.close();
      }
    }
  }
}
