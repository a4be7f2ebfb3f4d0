package org.readingroom.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.PrefixCodedTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.readingroom.index.QuerySyntaxException;

/**
 * A query as the project reads it ({@code index.LuceneQueries}: the query syntax, the filters, a
 * person's aliases) translated into OpenSearch's query language, node for node: the same reading
 * of what a reader typed, so the same entries match on either engine. Words reach the cluster
 * already analysed by the project's analyzer (a term query looks for the very term), and a phrase
 * is analysed again by the index's own analyzer, which reads an analysed phrase unchanged.
 */
final class QueryTranslation {
  private QueryTranslation() {}

  static ObjectNode of(Query q) {
    ObjectNode out = Cluster.JSON.createObjectNode();
    if (q instanceof BooleanQuery b) {
      ObjectNode bool = out.putObject("bool");
      boolean should = false;
      for (BooleanClause c : b.clauses()) {
        String occur = switch (c.getOccur()) {
          case MUST -> "must";
          case FILTER -> "filter";
          case SHOULD -> "should";
          case MUST_NOT -> "must_not";
        };
        should |= c.getOccur() == BooleanClause.Occur.SHOULD;
        array(bool, occur).add(of(c.getQuery()));
      }
      if (b.getMinimumNumberShouldMatch() > 0) {
        bool.put("minimum_should_match", b.getMinimumNumberShouldMatch());
      } else if (should && b.clauses().stream().noneMatch(c -> c.getOccur() == BooleanClause.Occur.MUST
          || c.getOccur() == BooleanClause.Occur.FILTER)) {
        bool.put("minimum_should_match", 1);
      } else if (should) {
        bool.put("minimum_should_match", 0); // as Lucene: optional beside a required clause
      }
    } else if (q instanceof TermQuery t) {
      term(out, t.getTerm());
    } else if (q instanceof TermInSetQuery s) {
      termsInSet(out, s);
    } else if (q instanceof PhraseQuery p) {
      phrase(out, p);
    } else if (q instanceof FuzzyQuery f) {
      out.putObject("fuzzy").putObject(f.getField())
          .put("value", f.getTerm().text())
          .put("fuzziness", f.getMaxEdits())
          .put("prefix_length", f.getPrefixLength())
          .put("transpositions", f.getTranspositions());
    } else if (q instanceof PrefixQuery p) {
      out.putObject("prefix").putObject(p.getField()).put("value", p.getPrefix().text());
    } else if (q instanceof WildcardQuery w) {
      out.putObject("wildcard").putObject(w.getField()).put("value", w.getTerm().text());
    } else if (q instanceof TermRangeQuery r) {
      ObjectNode range = out.putObject("range").putObject(r.getField());
      if (r.getLowerTerm() != null) {
        range.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
      }
      if (r.getUpperTerm() != null) {
        range.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
      }
    } else if (q instanceof PointRangeQuery r && r.getNumDims() == 1 && r.getBytesPerDim() == Long.BYTES) {
      ObjectNode range = out.putObject("range").putObject(r.getField());
      long lo = LongPoint.decodeDimension(r.getLowerPoint(), 0);
      long hi = LongPoint.decodeDimension(r.getUpperPoint(), 0);
      if (lo != Long.MIN_VALUE) {
        range.put("gte", lo);
      }
      if (hi != Long.MAX_VALUE) {
        range.put("lte", hi);
      }
    } else if (q instanceof MatchAllDocsQuery) {
      out.putObject("match_all");
    } else if (q instanceof MatchNoDocsQuery) {
      out.putObject("match_none");
    } else if (q instanceof BoostQuery b) {
      ObjectNode bool = out.putObject("bool");
      bool.putArray("must").add(of(b.getQuery()));
      bool.put("boost", b.getBoost());
    } else if (q instanceof ConstantScoreQuery c) {
      out.putObject("constant_score").set("filter", of(c.getQuery()));
    } else {
      throw new QuerySyntaxException("the opensearch engine cannot search this part of the query yet: " + q);
    }
    return out;
  }

  private static ArrayNode array(ObjectNode bool, String occur) {
    return bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
  }

  private static void term(ObjectNode out, Term t) {
    out.putObject("term").putObject(t.field()).put("value", t.text());
  }

  /**
   * A set of terms; facet drill-down terms ({@code dim} and value in Lucene's facet field) become
   * terms of the facet's keyword field.
   */
  @SuppressWarnings("deprecation") // its terms, which Lucene 9 gives only so; Lucene 10 has another way
  private static void termsInSet(ObjectNode out, TermInSetQuery s) {
    List<String> values = new ArrayList<>();
    String field = null;
    PrefixCodedTerms.TermIterator it = s.getTermData().iterator();
    for (BytesRef b = it.next(); b != null; b = it.next()) {
      String f = it.field();
      String v = b.utf8ToString();
      if (f.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
        String[] path = FacetsConfig.stringToPath(v);
        f = IndexDesign.FACET + "." + path[0];
        v = path.length > 1 ? path[1] : "";
      }
      field = f;
      values.add(v);
    }
    if (field == null) {
      out.putObject("match_none");
      return;
    }
    ArrayNode terms = out.putObject("terms").putArray(field);
    values.forEach(terms::add);
  }

  /** A phrase as the index's analyzer reads it: the analysed words again, with the same slop. */
  private static void phrase(ObjectNode out, PhraseQuery p) {
    Term[] terms = p.getTerms();
    if (terms.length == 0) {
      out.putObject("match_none");
      return;
    }
    int[] positions = p.getPositions();
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] != positions[i - 1] + 1) {
        throw new QuerySyntaxException("the opensearch engine cannot search a phrase with gaps yet: " + p);
      }
    }
    StringBuilder words = new StringBuilder();
    for (Term t : terms) {
      words.append(words.length() == 0 ? "" : " ").append(t.text());
    }
    out.putObject("match_phrase").putObject(terms[0].field())
        .put("query", words.toString())
        .put("slop", p.getSlop());
  }
}
