package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.DOC_ID;
import static org.readingroom.index.IndexFields.DOC_KEY;
import static org.readingroom.index.IndexFields.HASH;
import static org.readingroom.index.IndexFields.KIND;
import static org.readingroom.index.IndexFields.SOURCE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.EntryKind;
import org.readingroom.index.LuceneQueries;
import org.readingroom.index.ReleaseAnalyzer;
import org.readingroom.index.SearchEngine;
import org.readingroom.index.SearchRequest;
import org.readingroom.index.SearchResult;

/**
 * The embedded engine: an Apache Lucene index in a folder of the archive, nothing to start. A thin
 * engine over the classes that do each job: {@link LuceneIndex} opens the folder and holds its
 * writer and searchers, {@link LuceneDocuments} turns releases into index entries and back, {@link
 * LuceneSearcher} runs a search (with {@link FacetCounts} and {@link Snippets}), {@link ArchiveScan}
 * reads the whole archive on a pool, {@link StatsCounter} counts what it holds.
 */
public final class LuceneEngine implements SearchEngine {

  private final LuceneIndex index;
  private final Analyzer analyzer = new ReleaseAnalyzer();
  private final LuceneDocuments documents = new LuceneDocuments(LuceneDocuments.facetsConfig());
  private final LuceneQueries queries = new LuceneQueries(analyzer);
  private final ReaderCache cache = new ReaderCache(LuceneDocuments.facetsConfig());
  private final FacetCounts facets = new FacetCounts(cache);
  private final LuceneSearcher searcher = new LuceneSearcher(facets, new Snippets(analyzer, cache));
  private final StatsCounter stats = new StatsCounter(facets);

  private LuceneEngine(LuceneIndex index) {
    this.index = index;
  }

  /** Opens (creating if needed) the index in {@code folder} for ingesting. */
  public static LuceneEngine openForWriting(Path folder) throws IOException {
    return new LuceneEngine(LuceneIndex.openForWriting(folder));
  }

  /** Opens the index in {@code folder} for searching; fails when there is none. */
  public static LuceneEngine openForReading(Path folder) throws IOException {
    return new LuceneEngine(LuceneIndex.openForReading(folder));
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
    return index.read(s -> searcher.search(s, request, query, highlighted, start));
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

  private static Query documentsQuery() {
    return new TermQuery(new Term(KIND, EntryKind.DOCUMENT.name()));
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
