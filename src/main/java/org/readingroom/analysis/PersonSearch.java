package org.readingroom.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.index.NamedPersons;
import org.readingroom.index.SearchRequest;
import org.readingroom.people.People;

/**
 * A search for a person rather than a spelling, the one way for the command line, the API and the
 * pages: a sender or recipient that names a person (an id, or a name or address printed for them),
 * in {@code --from}/{@code --to} or the query's {@code from:}, {@code to:} and {@code recipient:},
 * matches every alias of that person. The aliases are looked up before the search, and the request
 * carries them.
 */
public final class PersonSearch {
  private PersonSearch() {}

  /**
   * Whether the request names a sender or recipient that may be a person: a caller that must read
   * the persons first (the command line) reads them only then.
   *
   * @throws org.readingroom.index.QuerySyntaxException when the query cannot be read
   */
  public static boolean namesAnyone(SearchRequest request) {
    return request.from() != null || request.to() != null || !NamedPersons.in(request.query()).isEmpty();
  }

  /**
   * The request with each person it names widened to their aliases.
   *
   * @throws org.readingroom.index.QuerySyntaxException when the query cannot be read
   */
  public static SearchRequest expand(SearchRequest request, People people) {
    Map<String, List<String>> named = new LinkedHashMap<>();
    for (String name : NamedPersons.in(request.query())) {
      List<String> aliases = people.aliasesOf(name);
      if (aliases != null) {
        named.put(name, aliases);
      }
    }
    SearchRequest withPersons = request.toBuilder().personAliases(named).build();
    List<String> senders = people.aliasesOf(request.from());
    List<String> recipients = people.aliasesOf(request.to());
    if (senders == null && recipients == null) {
      return withPersons;
    }
    return withPersons.withParties(senders, recipients);
  }
}
