package org.readingroom.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.text.UnionFind;

/**
 * Union-find over aliases that refuses a union that would make one person of two: when the full
 * name each side is printed as most (twice or more) cannot be the other's ({@link
 * PersonName#compatibleWith}), the aliases stay apart. A wrong merge costs more than a
 * missed one, and evidence is applied strongest first, so the weaker link is the one refused.
 */
final class AliasForest {

  /** Full names printed fewer times than this are not trusted to keep two persons apart. */
  private static final long NAME_EVIDENCE = 2;

  private final UnionFind sets;
  /** For each root: the full names its aliases carry, by key, with their counts. */
  private final List<Map<String, NameCount>> names;
  private int refused;

  private record NameCount(PersonName name, long count) {}

  AliasForest(List<PersonName> namesOfAliases, long[] counts) {
    int n = counts.length;
    sets = new UnionFind(n);
    names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PersonName name = namesOfAliases.get(i);
      Map<String, NameCount> own = new HashMap<>(2);
      if (name != null) {
        own.put(name.key(), new NameCount(name, counts[i]));
      }
      names.add(own);
    }
  }

  int find(int i) {
    return sets.find(i);
  }

  /** Joins the two aliases' persons unless their full names say they are two people; true if joined (or one already). */
  boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return true;
    }
    if (conflict(names.get(ra), names.get(rb))) {
      refused++;
      return false;
    }
    sets.union(ra, rb); // the least root stays the root
    int into = Math.min(ra, rb);
    int from = Math.max(ra, rb);
    Map<String, NameCount> target = names.get(into);
    for (Map.Entry<String, NameCount> e : names.get(from).entrySet()) {
      target.merge(e.getKey(), e.getValue(), (x, y) -> new NameCount(x.name(), x.count() + y.count()));
    }
    names.set(from, Map.of());
    return true;
  }

  /**
   * Whether the two persons' names say they are two people: the name each side is printed as most
   * (twice or more) cannot be one person's. Only those: a person's rarer spellings are OCR's
   * ({@code Mills, Cheryl B}, {@code Cheryl Millf}), and a rare spelling on one side must not keep
   * a plain spelling on the other apart from it.
   */
  private static boolean conflict(Map<String, NameCount> a, Map<String, NameCount> b) {
    NameCount x = mostPrinted(a);
    NameCount y = mostPrinted(b);
    return x != null && y != null && !x.name().compatibleWith(y.name());
  }

  private static NameCount mostPrinted(Map<String, NameCount> names) {
    NameCount best = null;
    for (Map.Entry<String, NameCount> e : names.entrySet()) {
      NameCount n = e.getValue();
      if (n.count() >= NAME_EVIDENCE && (best == null || n.count() > best.count()
          || n.count() == best.count() && n.name().key().compareTo(best.name().key()) < 0)) {
        best = n;
      }
    }
    return best;
  }

  /** Whether the person of {@code i} is printed with a full name (twice or more). */
  boolean named(int i) {
    return mostPrinted(names.get(find(i))) != null;
  }

  /** Unions refused so far because names disagreed. */
  int refused() {
    return refused;
  }

  /** The aliases of each person: lists of alias indices, each in increasing order, by their first alias. */
  List<List<Integer>> groups() {
    Map<Integer, List<Integer>> byRoot = new HashMap<>();
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<Integer> g = byRoot.get(find(i));
      if (g == null) {
        g = new ArrayList<>();
        byRoot.put(find(i), g);
        out.add(g);
      }
      g.add(i);
    }
    return out;
  }
}
