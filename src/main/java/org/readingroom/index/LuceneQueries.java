package org.readingroom.index;

import static org.readingroom.index.IndexFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.readingroom.parse.ExemptionCodes;

/**
 * Turns a {@link SearchRequest} into a Lucene query: the query syntax of Lucene's classic parser
 * (words, "phrases", "a b"~5, AND/OR/NOT, field:value, word~, prefix*) with readingroom's field
 * names, date ranges ({@code sent:[2011-01 TO 2011-06]}), exemption codes typed as printed ({@code
 * 1.4(D)}), all words required unless OR says otherwise; and the request's filters.
 */
public final class LuceneQueries {

  /**
   * The largest query a search reads, in characters, before anything else is done with it: a
   * reader's query is a line, not a document.
   */
  public static final int MAX_QUERY_LENGTH = 2000;
  /**
   * Groups within groups a query may hold: the classic parser descends once per parenthesis, and
   * three thousand of them overflowed its stack. Checked before it reads a character.
   */
  public static final int MAX_NESTING = 20;
  /** Words, phrases and ranges a query may hold (the classic parser makes each a clause). */
  public static final int MAX_CLAUSES = 200;
  /**
   * Words with {@code *}, {@code ?} or {@code ~} a query may hold: each is looked up in the whole
   * list of the index's words and stands for up to fifty of them.
   */
  public static final int MAX_EXPANDING = 10;


  private final Analyzer analyzer;

  public LuceneQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query that finds what the request asks for (filters included). */
  public Query build(SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text(r.query(), r.personAliases(), null), BooleanClause.Occur.MUST);
    QueryBuilder words = new QueryBuilder(analyzer);
    if (present(r.from())) {
      b.add(phrase(words, FROM, r.from()), BooleanClause.Occur.FILTER);
    }
    if (present(r.to())) {
      b.add(phrase(words, RECIPIENT, r.to()), BooleanClause.Occur.FILTER);
    }
    if (!r.senders().isEmpty()) {
      b.add(facetValues(FACET_SENDER, r.senders()), BooleanClause.Occur.FILTER);
    }
    if (!r.recipients().isEmpty()) {
      b.add(facetValues(FACET_RECIPIENT, r.recipients()), BooleanClause.Occur.FILTER);
    }
    if (r.since() != null || r.until() != null) {
      long lo = r.since() == null ? Long.MIN_VALUE : r.since().toEpochDay() * 1440;
      long hi = r.until() == null ? Long.MAX_VALUE : r.until().toEpochDay() * 1440 + 1439;
      b.add(LongPoint.newRangeQuery(DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (present(r.release())) {
      String release = r.release().strip().toUpperCase(Locale.ROOT);
      if (!release.equals("PART") && !release.equals("FULL")) {
        throw new QuerySyntaxException("release must be PART or FULL, not '" + r.release() + "'");
      }
      b.add(new TermQuery(new Term(RELEASE, release)), BooleanClause.Occur.FILTER);
    }
    if (present(r.exemption())) {
      String code = ExemptionCodes.normalise(r.exemption().strip());
      if (code == null) {
        throw new QuerySyntaxException("not an exemption code: '" + r.exemption() + "' (examples: B6, 1.4(D))");
      }
      b.add(new TermQuery(new Term(EXEMPTION, code)), BooleanClause.Occur.FILTER);
    }
    if (r.kind() != null) {
      b.add(new TermQuery(new Term(KIND, r.kind().name())), BooleanClause.Occur.FILTER);
    }
    if (present(r.year())) {
      b.add(new TermQuery(new Term(YEAR, r.year().strip())), BooleanClause.Occur.FILTER);
    }
    if (present(r.classification())) {
      b.add(new TermQuery(new Term(CLASSIFICATION, r.classification().strip().toUpperCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
    if (present(r.sender())) {
      b.add(facetValues(FACET_SENDER, List.of(r.sender())), BooleanClause.Occur.FILTER);
    }
    if (present(r.recipient())) {
      b.add(facetValues(FACET_RECIPIENT, List.of(r.recipient())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The user's query alone: what snippets highlight. */
  public Query text(String query) {
    return text(query, Map.of(), null);
  }

  /** One parse of the query syntax, within the limits. */
  private Query parse(String syntax, Map<String, List<String>> aliases, Consumer<String> names) throws ParseException {
    Parser parser = new Parser(analyzer, aliases, names);
    // 1.4(D) would read as a group: folded as the index folds it, it is one word
    Query parsed = parser.parse(CodeFolding.fold(syntax));
    if (parser.clauses > MAX_CLAUSES) {
      throw new QuerySyntaxException("the query holds " + parser.clauses + " words, phrases and ranges; a search"
          + " takes at most " + MAX_CLAUSES);
    }
    return parsed;
  }

  /** A query read as plain words: its operators and brackets dropped, the rest escaped. */
  private static String asWords(String syntax) {
    return QueryParser.escape(NOT_A_WORD.matcher(syntax).replaceAll(" ").strip());
  }

  private static final Pattern NOT_A_WORD = Pattern.compile("\\b(AND|OR|NOT)\\b|[()\\[\\]{}]|&&|\\|\\|");

  /**
   * What the search read otherwise than typed ({@link ReadersQuery}), in words for the reader; null
   * when it read the query as typed.
   */
  public String notice(String query) {
    if (!present(query)) {
      return null;
    }
    ReadersQuery reading = ReadersQuery.of(query);
    try {
      parse(reading.syntax(), Map.of(), null);
      return reading.notice();
    } catch (ParseException e) {
      return "the query's syntax could not be read (" + shown(firstLine(e.getMessage()))
          + "), so its words were searched";
    } catch (RuntimeException e) {
      return null; // an error the search itself will report
    }
  }

  /**
   * The names a query's {@code from:}, {@code to:} and {@code recipient:} fields hold, as its
   * parser reads them (unquoted, unescaped), each passed to {@code names}.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
  void personNames(String query, Consumer<String> names) {
    text(query, Map.of(), names);
  }

  /**
   * The user's query, a person in from:, to: or recipient: widened to {@code aliases}; each such
   * name passed to {@code names} when it is given.
   */
  private Query text(String query, Map<String, List<String>> aliases, Consumer<String> names) {
    if (!present(query)) {
      return new MatchAllDocsQuery();
    }
    checkSize(query);
    ReadersQuery reading = ReadersQuery.of(query);
    try {
      Query parsed;
      try {
        parsed = parse(reading.syntax(), aliases, names);
      } catch (ParseException e) {
        // what the syntax still refuses is read as plain words: a reader's query is answered
        String words = asWords(reading.syntax());
        parsed = words.isEmpty() ? new MatchNoDocsQuery("the query holds no words") : parse(words, aliases, names);
      }
      String number = ReadersQuery.documentNumber(query);
      if (number != null) {
        // a document number typed alone (or with its banner's label): that document first, then
        // what else holds the number
        parsed = new BooleanQuery.Builder()
            .add(new BoostQuery(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(DOC_ID, number)), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(KIND, EntryKind.DOCUMENT.name())), BooleanClause.Occur.FILTER)
                .build(), 100f), BooleanClause.Occur.SHOULD)
            .add(number.equalsIgnoreCase(query.strip()) ? parsed : parse(number, aliases, names), BooleanClause.Occur.SHOULD)
            .build();
      }
      return parsed;
    } catch (QuerySyntaxException e) {
      throw e;
    } catch (ParseException | IllegalArgumentException | TooComplexToDeterminizeException e) {
      throw new QuerySyntaxException("cannot read the query '" + shown(query) + "': " + shown(firstLine(e.getMessage())));
    } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the query '" + shown(query) + "' holds or expands to more than "
          + org.apache.lucene.search.IndexSearcher.getMaxClauseCount() + " terms: narrow it or its wildcards");
    }
  }

  /**
   * Refuses a query longer than {@link #MAX_QUERY_LENGTH} or nested deeper than {@link
   * #MAX_NESTING}, counting parentheses as the parser will read them (not inside quotes, not when
   * escaped): one pass, before the parser recurses.
   */
  private static void checkSize(String query) {
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException("the query is " + query.length() + " characters long; a search takes at most "
          + MAX_QUERY_LENGTH);
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
        throw new QuerySyntaxException("the query nests groups in parentheses more than " + MAX_NESTING
            + " deep; a search takes at most " + MAX_NESTING);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  private static Query phrase(QueryBuilder words, String field, String value) {
    Query q = words.createPhraseQuery(field, value);
    return q == null ? new MatchNoDocsQuery("no words in '" + value + "'") : q;
  }

  /** Entries that hold one of these values in a facet dimension (its drill-down terms, exact). */
  private static Query facetValues(String dim, List<String> values) {
    List<BytesRef> terms = new ArrayList<>(values.size());
    for (String v : values) {
      terms.add(new BytesRef(FacetsConfig.pathToString(dim, new String[] {v})));
    }
    return new TermInSetQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, terms);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** A query (or the parser's words about it) as an error message quotes it: 200 characters at most. */
  private static String shown(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed";
    }
    String line = message.lines().findFirst().orElse("malformed").strip();
    // the classic parser explains in its own grammar's words; keep where it stumbled
    return line.replaceAll("Cannot parse '.*?': ", "").replaceAll("\\s+", " ");
  }

  /** Lucene's classic parser with readingroom's field names and date ranges. */
  private static final class Parser extends QueryParser {
    private final Map<String, List<String>> personAliases;
    private final Consumer<String> personNames;
    /** Words, phrases and ranges read so far. */
    int clauses;
    /** Words with * ? or ~ read so far. */
    private int expanding;

    Parser(Analyzer analyzer, Map<String, List<String>> personAliases, Consumer<String> personNames) {
      super(TEXT, analyzer);
      this.personAliases = personAliases;
      this.personNames = personNames;
      setDefaultOperator(Operator.AND);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
      setAutoGeneratePhraseQueries(true);
    }

    private static String field(String typed) {
      if (typed.equals(TEXT) || IndexFields.QUERY_ALIASES.containsValue(typed)) {
        return typed;
      }
      String field = IndexFields.QUERY_ALIASES.get(typed.toLowerCase(Locale.ROOT));
      if (field == null) {
        throw new IllegalArgumentException("unknown field '" + typed + "'; fields are "
            + String.join(", ", new TreeSet<>(IndexFields.QUERY_ALIASES.keySet())));
      }
      return field;
    }

    /** Counts a word with * ? or ~; refuses one more than {@link #MAX_EXPANDING}. */
    private void expands(String termStr) {
      if (++expanding > MAX_EXPANDING) {
        throw new QuerySyntaxException("the query holds more than " + MAX_EXPANDING + " words with * ? or ~ (each"
            + " stands for many words of the index): use fewer, or make them longer ('" + shown(termStr) + "')");
      }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      clauses++;
      String f = field(field);
      if (f.equals(TEXT) && field.equals(TEXT)) {
        // an unfielded word: in the text or in a subject
        return textOrSubject(super.getFieldQuery(TEXT, queryText, quoted),
            super.getFieldQuery(SUBJECT, queryText, quoted));
      }
      if (f.equals(EXEMPTION) || f.equals(REDACTION)) {
        String code = ExemptionCodes.normalise(CodeFolding.unfold(queryText));
        if (code == null) {
          throw new ParseException("not an exemption code: '" + queryText + "'");
        }
        return new TermQuery(new Term(f, code));
      }
      if (f.equals(DATE) || DAY_DATES.contains(f)) {
        return getRangeQuery(field, queryText, queryText, true, true);
      }
      Query words = super.getFieldQuery(f, queryText, quoted);
      String dim = f.equals(FROM) ? FACET_SENDER : f.equals(TO) || f.equals(RECIPIENT) ? FACET_RECIPIENT : null;
      String name = dim == null ? null : CodeFolding.unfold(queryText);
      if (name != null && personNames != null) {
        personNames.accept(name);
      }
      List<String> aliases = name == null ? null : personAliases.get(name);
      if (aliases == null || aliases.isEmpty()) {
        return words;
      }
      // a person: their words as printed, or any of their aliases exactly (to: then means To or Cc,
      // as the recipient facet and --to do)
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      if (words != null) {
        either.add(words, BooleanClause.Occur.SHOULD);
      }
      return either.add(facetValues(dim, aliases), BooleanClause.Occur.SHOULD).build();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field.equals(TEXT)) {
        return textOrSubject(withSlop(newFieldQuery(getAnalyzer(), TEXT, queryText, true), slop),
            withSlop(newFieldQuery(getAnalyzer(), SUBJECT, queryText, true), slop));
      }
      return withSlop(getFieldQuery(field(field), queryText, true), slop);
    }

    /** Words typed without a field are looked for in the text and in the subject. */
    private static Query textOrSubject(Query text, Query subject) {
      if (text == null || subject == null) {
        return text;
      }
      return new BooleanQuery.Builder()
          .add(text, BooleanClause.Occur.SHOULD)
          .add(subject, BooleanClause.Occur.SHOULD)
          .build();
    }

    /** A phrase that lets its words stand up to {@code slop} positions apart ("a b"~5). */
    private static Query withSlop(Query q, int slop) {
      if (q instanceof PhraseQuery p) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        for (int i = 0; i < terms.length; i++) {
          b.add(terms[i], positions[i]);
        }
        return b.build();
      }
      if (q instanceof MultiPhraseQuery m) {
        return new MultiPhraseQuery.Builder(m).setSlop(slop).build();
      }
      return q;
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      clauses++;
      String f = field(field);
      boolean minutes = MINUTE_DATES.contains(f);
      if (!minutes && !DAY_DATES.contains(f)) {
        return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
      }
      long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : firstDay(part1).toEpochDay();
      long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : lastDay(part2).toEpochDay();
      if (minutes) {
        lo = lo == Long.MIN_VALUE ? lo : lo * 1440;
        hi = hi == Long.MAX_VALUE ? hi : hi * 1440 + 1439;
      }
      return LongPoint.newRangeQuery(f, lo, hi);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      clauses++;
      expands(termStr);
      if (field.equals(TEXT)) {
        return textOrSubject(super.getPrefixQuery(TEXT, termStr), super.getPrefixQuery(SUBJECT, termStr));
      }
      return super.getPrefixQuery(field(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      clauses++;
      expands(termStr);
      if (field.equals(TEXT)) {
        return textOrSubject(super.getWildcardQuery(TEXT, termStr), super.getWildcardQuery(SUBJECT, termStr));
      }
      return super.getWildcardQuery(field(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      clauses++;
      expands(termStr);
      if (field.equals(TEXT)) {
        return textOrSubject(super.getFuzzyQuery(TEXT, termStr, minSimilarity),
            super.getFuzzyQuery(SUBJECT, termStr, minSimilarity));
      }
      return super.getFuzzyQuery(field(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new ParseException("regular expressions are not supported: /" + termStr + "/");
    }
  }

  private static LocalDate firstDay(String s) {
    return day(s, true);
  }

  private static LocalDate lastDay(String s) {
    return day(s, false);
  }

  /** A range's end: a reader who wrote a range meant dates, so a word there is an error, not words. */
  private static LocalDate day(String s, boolean first) {
    return SearchRequest.parseDay(s, first);
  }

}
