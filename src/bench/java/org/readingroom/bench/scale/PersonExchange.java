package org.readingroom.bench.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.readingroom.people.Alias;
import org.readingroom.people.Person;

/**
 * Persons a copy exchanges for one another, with all their spellings. The corpus prints a person
 * many ways ({@code Sullivan, Jacob J}, {@code Sullivan, Jacob 1}, {@code Jake Sullivan}, {@code
 * SullivanJJ@state.gov}); exchanged one string at a time, each spelling became a stranger of its
 * own in a copy, and a name stood beside another person's address. Here a person the project's
 * person finder reads in the corpus with two or more spellings stands for another printed in the
 * same kinds of spelling ({@code Last, First} names, other names, addresses), turned in blocks of
 * alike as {@link Exchange} turns strings; each spelling stands for the other person's of its
 * kind and rank by frequency, and where the other has fewer, for one of them misprinted as OCR
 * misprints ({@code l} for {@code 1}, {@code rn} for {@code m}), a string the corpus never prints.
 * So one for one: two spellings stay two, and no string is the image of two. A person printed in
 * kinds no other is keeps the string exchange ({@link CorpusSurvey#names}, {@link
 * CorpusSurvey#addresses}), which holds no spelling of the persons exchanged here.
 */
final class PersonExchange {

  private final Exchange persons;
  /** A person's id by each of its names, and by each of its addresses' lower case. */
  private final Map<String, String> personOfName = new HashMap<>();
  private final Map<String, String> personOfAddress = new HashMap<>();
  /** By person id, then by kind: the spellings, most printed first. */
  private final Map<String, Map<String, List<String>>> spellings = new HashMap<>();
  /** Every name and address (lower case) the corpus prints: no misprint may be one. */
  private final Set<String> printed = new HashSet<>();

  private PersonExchange(List<Person> found, Map<String, Integer> nameCounts, Map<String, Integer> addressCounts,
      int block) {
    printed.addAll(nameCounts.keySet());
    printed.addAll(addressCounts.keySet());
    Map<String, Integer> totals = new TreeMap<>();
    Map<String, String> kinds = new HashMap<>();
    for (Person p : found) {
      List<Alias> aliases = new ArrayList<>(p.aliases());
      aliases.sort(Comparator.comparingLong((Alias a) -> -a.count()).thenComparing(Alias::text));
      Map<String, List<String>> mine = new TreeMap<>();
      int total = 0;
      for (Alias a : aliases) {
        String text = a.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (nameCounts.containsKey(text) && !personOfName.containsKey(text)) {
          personOfName.put(text, p.id());
          mine.computeIfAbsent(nameKind(text), k -> new ArrayList<>()).add(text);
          total += nameCounts.get(text);
        }
        if (addressCounts.containsKey(lower) && !personOfAddress.containsKey(lower)) {
          personOfAddress.put(lower, p.id());
          mine.computeIfAbsent(ADDRESS, k -> new ArrayList<>()).add(lower);
          total += addressCounts.get(lower);
        }
      }
      if (mine.values().stream().mapToInt(List::size).sum() >= 2) {
        spellings.put(p.id(), mine);
        totals.put(p.id(), total);
        kinds.put(p.id(), String.join(" ", mine.keySet()));
      }
    }
    // a person printed in kinds no other is has no one to stand for: its spellings stay strings
    Map<String, Integer> alike = new HashMap<>();
    kinds.values().forEach(k -> alike.merge(k, 1, Integer::sum));
    totals.keySet().removeIf(id -> alike.get(kinds.get(id)) < 2);
    personOfName.values().removeIf(id -> !totals.containsKey(id));
    personOfAddress.values().removeIf(id -> !totals.containsKey(id));
    persons = Exchange.inBlocks(CorpusSurvey.byFrequency(totals, kinds::get), block);
  }

  private static final String ADDRESS = "address";

  /** A name's kind: {@code Last, First} or not (a comma splits a list of recipients), or an address printed as a name. */
  private static String nameKind(String name) {
    return name.indexOf('@') >= 0 ? "name@" : name.indexOf(',') >= 0 ? "last-first" : "plain";
  }

  /**
   * The exchange over {@code found} (the person finder's persons of the corpus), whose spellings are
   * among {@code nameCounts}' names and {@code addressCounts}' addresses (by lower case).
   */
  static PersonExchange of(List<Person> found, Map<String, Integer> nameCounts, Map<String, Integer> addressCounts,
      int block) {
    return new PersonExchange(found, nameCounts, addressCounts, block);
  }

  /** How many persons are exchanged so. */
  int size() {
    return persons.size();
  }

  /** Whether {@code name} is a spelling of a person exchanged here: then the string exchange leaves it out. */
  boolean hasName(String name) {
    return personOfName.containsKey(name);
  }

  /** Whether the address whose lower case is {@code lowerCase} is a spelling of a person exchanged here. */
  boolean hasAddress(String lowerCase) {
    return personOfAddress.containsKey(lowerCase);
  }

  /** A copy's spellings: each spelling of a person exchanged here, and its image. */
  record Images(Map<String, String> names, Map<String, String> addresses) {}

  /** A copy's mapping; the same seed gives the same mapping. */
  Images images(long seed) {
    int[] images = persons.images(seed);
    Map<String, String> names = new HashMap<>();
    Map<String, String> addresses = new HashMap<>();
    Set<String> misprints = new HashSet<>();
    for (int i = 0; i < persons.size(); i++) {
      String person = persons.key(i);
      Map<String, List<String>> theirs = spellings.get(persons.key(images[i]));
      spellings.get(person).forEach((kind, mine) -> {
        List<String> their = theirs.get(kind);
        for (int rank = 0; rank < mine.size(); rank++) {
          String image = rank < their.size() ? their.get(rank) : misprint(their.get(rank % their.size()), misprints);
          (kind.equals(ADDRESS) ? addresses : names).put(mine.get(rank), image);
        }
      });
    }
    return new Images(names, addresses);
  }

  /** OCR's misreadings of a character, as the corpus prints them. */
  private static final Map<Character, String> MISREAD = Map.ofEntries(Map.entry('l', "1"), Map.entry('1', "l"),
      Map.entry('I', "l"), Map.entry('i', "l"), Map.entry('o', "0"), Map.entry('O', "0"), Map.entry('J', "3"),
      Map.entry('j', "i"), Map.entry('m', "rn"), Map.entry('n', "ri"), Map.entry('e', "c"), Map.entry('c', "e"),
      Map.entry('a', "o"), Map.entry('s', "5"), Map.entry('h', "b"), Map.entry('u', "v"), Map.entry('t', "f"),
      Map.entry('r', "n"), Map.entry('d', "cl"), Map.entry('g', "q"), Map.entry('y', "v"), Map.entry('D', "0"));

  /**
   * {@code spelling} with one character misread (two when every single misreading is taken, a speck
   * after it when none can be), the first such string neither the corpus nor {@code taken} holds;
   * added to {@code taken}.
   */
  private String misprint(String spelling, Set<String> taken) {
    List<String> singles = new ArrayList<>();
    for (int i = 0; i < spelling.length(); i++) {
      String misread = MISREAD.get(spelling.charAt(i));
      if (misread != null) {
        singles.add(spelling.substring(0, i) + misread + spelling.substring(i + 1));
      }
    }
    for (String s : singles) {
      if (!printed.contains(s) && taken.add(s)) {
        return s;
      }
    }
    for (String s : singles) {
      for (int i = 0; i < s.length(); i++) { // a second misreading
        String misread = MISREAD.get(s.charAt(i));
        String twice = misread == null ? null : s.substring(0, i) + misread + s.substring(i + 1);
        if (twice != null && !twice.equals(spelling) && !printed.contains(twice) && taken.add(twice)) {
          return twice;
        }
      }
    }
    for (String dots = "."; ; dots += ".") { // nothing to misread ("H"): a speck after it
      if (!printed.contains(spelling + dots) && taken.add(spelling + dots)) {
        return spelling + dots;
      }
    }
  }
}
