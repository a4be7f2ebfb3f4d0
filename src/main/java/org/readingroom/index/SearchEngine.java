package org.readingroom.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.readingroom.archive.ReleaseSink;
import org.readingroom.archive.StoredRelease;
import org.readingroom.index.lucene.LuceneEngine;

/**
 * The seam between readingroom and the search engine under it: embedded Lucene today
 * ({@link LuceneEngine}), a distributed engine tomorrow. Callers (ingest, search, serve) know only
 * this interface and the records it speaks in. Ingest writes through the {@link ReleaseSink} it
 * declares; searching and reading are this interface's own.
 */
public interface SearchEngine extends ReleaseSink, Closeable {

  /**
   * Runs a search: one page of hits, {@code offset + limit} gathered, or {@code limit} after the
   * request's cursor.
   *
   * @throws QuerySyntaxException when the query cannot be read, or is larger than a search may be
   * @throws IllegalArgumentException when the request's cursor is not one of this search
   * @throws SearchTimeoutException when the engine has a time budget and the search ran past it
   */
  SearchResult search(SearchRequest request) throws IOException;

  /**
   * Hands every hit of a search to {@code each}, in the request's order, without snippets (its
   * offset, limit, cursor and facets are passed over): for downloads of a whole result, read from
   * one view of the index, whatever ingest commits meanwhile.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
  void export(SearchRequest request, Consumer<Hit> each) throws IOException;

  /** A release document by its document number or key, with its record and text. */
  Optional<StoredRelease> release(String id) throws IOException;

  /**
   * The release documents with these keys (a document number is its document's key), in the
   * order asked, from one view of the index: for exports, which read thousands. A key the archive
   * does not hold is null in the list.
   */
  List<StoredRelease> releases(List<String> keys) throws IOException;

  /**
   * Hands every release document the archive holds, with its record and text, to {@code action},
   * from up to {@code threads} threads at once (the calling one among them), in no particular
   * order: for the passes that read the whole archive (people, threads, duplicates), which must
   * take them from several threads at once when {@code threads > 1}. Their {@link
   * StoredRelease#original()} is null: those passes need the record, not the text as released.
   * What {@code action} throws stops the pass and is thrown here.
   */
  void eachRelease(int threads, Consumer<StoredRelease> action) throws IOException;

  /** What the archive holds, for an overview. */
  ArchiveStats stats() throws IOException;

  /**
   * Told by an analysis which printings are one message ({@code groups}), after it has written
   * them: an engine that cannot work the copies out per search (a cluster serving many processes)
   * marks them in its index here. The embedded engine works them out per reader, and does nothing.
   */
  default void copiesFound(Groups groups) throws IOException {}
}
