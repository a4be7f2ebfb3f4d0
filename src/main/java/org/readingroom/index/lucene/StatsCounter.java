package org.readingroom.index.lucene;

import static org.readingroom.index.IndexFields.DATE;
import static org.readingroom.index.IndexFields.FACET_CLASSIFICATION;
import static org.readingroom.index.IndexFields.FACET_EXEMPTION;
import static org.readingroom.index.IndexFields.FACET_MONTH;
import static org.readingroom.index.IndexFields.FACET_RECIPIENT;
import static org.readingroom.index.IndexFields.FACET_RELEASE;
import static org.readingroom.index.IndexFields.FACET_SENDER;
import static org.readingroom.index.IndexFields.FACET_YEAR;
import static org.readingroom.index.IndexFields.KIND;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.readingroom.index.ArchiveStats;
import org.readingroom.index.EntryKind;
import org.readingroom.index.SearchResult.FacetCount;

/**
 * What the archive holds, for an overview: counts, the first and last dates, the facets of all
 * documents and messages. Counted once per reader: an archive changes only at a commit.
 */
final class StatsCounter {

  /** The stats of the reader they were counted on. */
  private record Counted(IndexReader reader, ArchiveStats stats) {}

  private final FacetCounts facets;
  private volatile Counted counted;

  StatsCounter(FacetCounts facets) {
    this.facets = facets;
  }

  ArchiveStats of(IndexSearcher s) throws IOException {
    Counted c = counted;
    if (c != null && c.reader() == s.getIndexReader()) {
      return c.stats();
    }
    ArchiveStats stats = count(s);
    counted = new Counted(s.getIndexReader(), stats);
    return stats;
  }

  private ArchiveStats count(IndexSearcher s) throws IOException {
    Query documents = new TermQuery(new Term(KIND, EntryKind.DOCUMENT.name()));
    Query messages = new TermQuery(new Term(KIND, EntryKind.MESSAGE.name()));
    Map<String, List<FacetCount>> byDocument = facets.of(s, documents);
    Map<String, List<FacetCount>> byMessage = facets.of(s, messages);
    return new ArchiveStats(s.count(documents), s.count(messages), edgeDate(s, messages, false),
        edgeDate(s, messages, true),
        byDocument.getOrDefault(FACET_RELEASE, List.of()),
        byMessage.getOrDefault(FACET_SENDER, List.of()),
        byMessage.getOrDefault(FACET_RECIPIENT, List.of()),
        byDocument.getOrDefault(FACET_EXEMPTION, List.of()),
        byDocument.getOrDefault(FACET_CLASSIFICATION, List.of()),
        byMessage.getOrDefault(FACET_YEAR, List.of()),
        byMessage.getOrDefault(FACET_MONTH, List.of()));
  }

  /** The date of the first (or last) dated entry {@code q} finds, or null. */
  private static String edgeDate(IndexSearcher s, Query q, boolean latest) throws IOException {
    Sort sort = new Sort(new SortField(DATE, SortField.Type.LONG, latest));
    TopDocs top = s.search(new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.FILTER)
        .add(new FieldExistsQuery(DATE), BooleanClause.Occur.FILTER)
        .build(), 1, sort);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return HitFields.read(s.getIndexReader(), new int[] {top.scoreDocs[0].doc})[0].date();
  }
}
