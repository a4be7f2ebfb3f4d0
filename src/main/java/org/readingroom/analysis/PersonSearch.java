package org.readingroom.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.index.NamedPersons;
import org.readingroom.index.SearchRequest;
import org.readingroom.people.People;
import org.readingroom.people.Person;

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
    SearchRequest.Builder b = request.toBuilder().personAliases(named);
    // a facet's person (its value is the person's id): exactly the entries the facet counted
    List<String> senderPerson = people.byId(orEmpty(request.sender())).map(PersonSearch::aliases).orElse(null);
    List<String> recipientPerson = people.byId(orEmpty(request.recipient())).map(PersonSearch::aliases).orElse(null);
    if (senderPerson != null) {
      b.sender(null).senders(senderPerson);
    }
    if (recipientPerson != null) {
      b.recipient(null).recipients(recipientPerson);
    }
    SearchRequest withPersons = b.build();
    List<String> senders = people.aliasesOf(request.from());
    List<String> recipients = people.aliasesOf(request.to());
    if (senders == null && recipients == null) {
      return withPersons;
    }
    return withPersons.withParties(senders, recipients);
  }

  /**
   * The request as {@link #expand(SearchRequest, People)} makes it, counting what readers count:
   * messages and persons, as the archive's analysis groups them ({@link ArchiveAnalysis#groups()}).
   */
  public static SearchRequest expand(SearchRequest request, ArchiveAnalysis analysis) {
    return expand(request.toBuilder().groups(analysis.groups()).build(), analysis.people());
  }

  private static List<String> aliases(Person p) {
    List<String> out = new ArrayList<>(p.aliases().size());
    p.aliases().forEach(a -> out.add(a.text()));
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
