package org.readingroom.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.readingroom.index.ReleaseAnalyzer;

/**
 * An index folder, opened for writing (ingest, which holds Lucene's write lock) or for reading
 * (search, serve, which see each commit an ingest makes, also from another process): its writer,
 * and the searchers that read it.
 */
final class LuceneIndex implements Closeable {

  /**
   * The layout of the index's entries. An archive made by a readingroom with another layout
   * cannot be read: it must be ingested again.
   */
  static final String FORMAT = "6";
  private static final String FORMAT_KEY = "readingroom.format";

  private final Directory directory;
  /** Null when opened for reading. */
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private LuceneIndex(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
  }

  /** Opens (creating if needed) the index in {@code folder} for ingesting. */
  static LuceneIndex openForWriting(Path folder) throws IOException {
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
      return new LuceneIndex(dir, writer);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens the index in {@code folder} for searching; fails when there is none. */
  static LuceneIndex openForReading(Path folder) throws IOException {
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
    return new LuceneIndex(dir, null);
  }

  /** Refuses an archive whose index another layout of readingroom wrote. */
  private static void checkFormat(Directory dir, Path folder) throws IOException {
    String format = SegmentInfos.readLatestCommit(dir).getUserData().get(FORMAT_KEY);
    if (!FORMAT.equals(format)) {
      throw new NoSuchFileException(folder.toString(), null, "this archive was made by another version of readingroom"
          + " (index format " + format + ", this one reads " + FORMAT + "); ingest the documents into a new archive");
    }
  }

  /** The writer; fails for an index opened for reading. */
  IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("this archive was opened for reading");
    }
    return writer;
  }

  /** Makes what was written durable and searchable. */
  void commit() throws IOException {
    if (writer != null) {
      writer.commit();
    }
    searchers.maybeRefreshBlocking();
  }

  /** What a search does with a searcher. */
  @FunctionalInterface
  interface Reading<T> {
    T read(IndexSearcher searcher) throws IOException;
  }

  /**
   * Reads the latest commit: sees first what another process committed since the last read, then
   * holds a searcher for {@code reading} and releases it after.
   */
  <T> T read(Reading<T> reading) throws IOException {
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      return reading.read(s);
    } finally {
      searchers.release(s);
    }
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
