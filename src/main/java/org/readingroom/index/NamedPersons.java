package org.readingroom.index;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names a query's {@code from:}, {@code to:} and {@code recipient:} fields hold, read as the
 * search reads them: what a caller looks up among the archive's persons before searching, to give
 * the request their aliases ({@link SearchRequest#personAliases()}).
 */
public final class NamedPersons {
  private NamedPersons() {}

  private static final LuceneQueries QUERIES = new LuceneQueries(new ReleaseAnalyzer());

  /**
   * The names, in the order the query holds them; none for a query without such fields.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
  public static Set<String> in(String query) {
    Set<String> out = new LinkedHashSet<>();
    if (query != null && !query.isBlank()) {
      QUERIES.personNames(query, out::add);
    }
    return out;
  }
}
