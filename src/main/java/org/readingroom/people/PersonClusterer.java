package org.readingroom.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.readingroom.text.OcrFolding;

/**
 * Clusters the names and addresses printed in an archive's headers into persons, from evidence
 * applied strongest first (see {@link AliasForest}, which refuses a union two full names disagree
 * on):
 *
 * <ol>
 *   <li>spellings of one address ({@link EmailAddress}: case, OCR confusions, {@code .corn}, a
 *       stray mark), and a domain OCR damaged read as the common domain it is one or two letters
 *       from ({@code dintonemall.com} is {@code clintonemail.com});
 *   <li>one word in other case or punctuation ({@code HRC}, {@code Hrc}), and from four letters on as
 *       OCR reads it ({@code Ivalmoro}, {@code lvalmoro});
 *   <li>one person's name in its forms ({@link PersonName}: {@code Mills, Cheryl D}, {@code Cheryl
 *       Mills}, {@code cheryl.mills}, {@code Jake Sullivan} for {@code Sullivan, Jacob J}), unless
 *       middle initials say there are two people of that name;
 *   <li>a name printed with an address in one header ({@code Mills, Cheryl D <MillsCD@state.gov>}),
 *       most frequent first: trusted when the address holds the name or the pair was printed three
 *       times or more; an address printed with several people's names (a mailing service) joins none;
 *   <li>copies of one message printed with two senders ({@code sbwhoeor}, {@code sbwhoeop}), twice or
 *       more;
 *   <li>a word that is the local part of one address only ({@code OpsNewsTicker} and {@code
 *       OpsNewsTicker@state.gov}), or an address whose @ OCR read as a letter ({@code
 *       OpsNewsTickerOstate.gov});
 *   <li>OCR damage at a word's end: a rare spelling one letter from a frequent one, printed a fifth as
 *       often (a twentieth, if itself frequent) ({@code Sullivan, Jacobi}, {@code imillscd@state.gov},
 *       {@code jake.sullivar}, {@code sbwhoeor}), or a name's two words read the other way round
 *       ({@code Muscatine Lissa});
 *   <li>the one a reply was sent to alone is the one who wrote what it answers, when each is the
 *       other's most frequent such partner and only one of them is printed with a full name ({@code
 *       sbwhoeop} is {@code Sidney Blumenthal});
 *   <li>a word that is the local part a frequent name makes and no other ({@code preines} is {@code
 *       Reines, Philippe I}; a word printed as a name, {@code Spencer}, is not a local part).
 * </ol>
 */
final class PersonClusterer {

  /** A spelling at least this frequent (and five times the other) is what a rare one is a damaged copy of. */
  static final long FREQUENT = 20;
  static final long RATIO = 5;
  /** A rare spelling this much less printed than a frequent one is its damaged copy, however often printed itself. */
  static final long FAR_RATIO = 20;
  /** Words this long are compared as OCR reads them ({@code Ivalmoro} is {@code lvalmoro}); shorter ones ({@code H2}) as printed. */
  private static final int MIN_FOLDED_WORD = 4;
  /** A word is read as a mailbox's local part from this length on. */
  static final int MAILBOX_WORD = 5;
  /** Two copies of one message printed with these two senders are trusted from this many on. */
  static final long COPIES = 2;
  /** Two persons each the other's most frequent reply partner are one from this many replies on. */
  static final long REPLIES = 3;
  /** A name printed with an address it does not hold is trusted from this many pairings on. */
  static final long PAIRINGS = 3;
  /** An address whose most printed name holds less than this share of its pairings is shared. */
  private static final double SHARED = 0.8;

  private final List<String> aliases;
  private final long[] counts;
  private final List<AliasReading> readings = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<PartyTally.Pairing, Long> pairings;
  private final Map<PartyTally.Copy, Long> copies;
  private final Map<PartyTally.Reply, Long> replies;
  private final AliasForest forest;
  /** Each alias's address key, with its domain read as the common domain it is a damaged copy of. */
  private final String[] addressKeys;
  /** The aliases that read as a person's name, by the name's key. */
  private final Map<String, List<Integer>> byNameKey;

  PersonClusterer(PartyTally tally) {
    Map<String, Long> all = new TreeMap<>(tally.aliases());
    aliases = new ArrayList<>(all.keySet());
    counts = new long[aliases.size()];
    List<PersonName> names = new ArrayList<>();
    for (int i = 0; i < aliases.size(); i++) {
      counts[i] = all.get(aliases.get(i));
      index.put(aliases.get(i), i);
      AliasReading r = AliasReading.of(aliases.get(i));
      readings.add(r);
      names.add(r.name());
    }
    pairings = tally.pairings();
    copies = tally.copies();
    replies = tally.replies();
    forest = new AliasForest(names, counts);
    addressKeys = addressKeys();
    byNameKey = nameKeys();
  }

  /** The persons: each a list of alias indices. */
  List<List<Integer>> cluster() {
    String[] wordKeys = wordKeys();
    joinEqualKeys(addressKeys);
    joinEqualKeys(wordKeys);
    joinNames();
    joinPairings();
    joinCopies();
    joinMailboxWords(wordKeys);
    joinDamagedAddresses();
    joinDamagedNames();
    joinDamagedWords(wordKeys);
    joinReplies();
    joinLocalPartWords();
    return forest.groups();
  }

  String alias(int i) {
    return aliases.get(i);
  }

  long count(int i) {
    return counts[i];
  }

  PersonName name(int i) {
    return readings.get(i).name();
  }

  int refused() {
    return forest.refused();
  }

  // 1. addresses

  private String[] addressKeys() {
    Map<String, Long> domains = new HashMap<>();
    for (int i = 0; i < aliases.size(); i++) {
      EmailAddress a = readings.get(i).address();
      if (a != null) {
        domains.merge(a.domain(), counts[i], Long::sum);
      }
    }
    Map<String, String> canonical = DomainRepair.canonical(domains);
    String[] keys = new String[aliases.size()];
    for (int i = 0; i < keys.length; i++) {
      EmailAddress a = readings.get(i).address();
      if (a != null) {
        keys[i] = a.local() + "@" + canonical.getOrDefault(a.domain(), a.domain());
      }
    }
    return keys;
  }

  // 2. words

  private String[] wordKeys() {
    String[] keys = new String[aliases.size()];
    for (int i = 0; i < keys.length; i++) {
      String w = readings.get(i).word();
      keys[i] = w == null || w.length() < MIN_FOLDED_WORD ? w : OcrFolding.fold(w);
    }
    return keys;
  }

  private void joinEqualKeys(String[] keys) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        Integer j = first.putIfAbsent(keys[i], i);
        if (j != null) {
          forest.union(j, i);
        }
      }
    }
  }

  // 3. names

  private void joinNames() {
    for (List<Integer> group : byNameKey.values()) {
      Map<Character, Long> middles = new TreeMap<>();
      for (int i : group) {
        char m = name(i).middle();
        if (m != 0) {
          middles.merge(m, counts[i], Long::sum);
        }
      }
      char dominant = dominantMiddle(middles);
      Map<Character, Integer> firstOf = new HashMap<>();
      for (int i : group) {
        char m = name(i).middle();
        char joinAs = middles.size() <= 1 ? 'x' : m == 0 ? dominant : m;
        Integer j = firstOf.putIfAbsent(joinAs, i);
        if (j != null) {
          forest.union(j, i);
        }
      }
    }
  }

  /** The middle initial that holds nine tenths of those printed with a name, else {@code 0} (a name without one stays apart). */
  private static char dominantMiddle(Map<Character, Long> middles) {
    long total = middles.values().stream().mapToLong(Long::longValue).sum();
    for (Map.Entry<Character, Long> e : middles.entrySet()) {
      if (e.getValue() >= 0.9 * total) {
        return e.getKey();
      }
    }
    return 0;
  }

  private Map<String, List<Integer>> nameKeys() {
    Map<String, List<Integer>> out = new TreeMap<>();
    for (int i = 0; i < aliases.size(); i++) {
      if (name(i) != null) {
        out.computeIfAbsent(name(i).key(), k -> new ArrayList<>()).add(i);
      }
    }
    return out;
  }

  // 4. a name printed with an address

  private void joinPairings() {
    List<Map.Entry<PartyTally.Pairing, Long>> order = new ArrayList<>(pairings.entrySet());
    order.sort(Map.Entry.<PartyTally.Pairing, Long>comparingByValue().reversed()
        .thenComparing(e -> e.getKey().name()).thenComparing(e -> e.getKey().address()));
    Map<String, Boolean> shared = sharedAddresses(order);
    for (Map.Entry<PartyTally.Pairing, Long> e : order) {
      int n = index.get(e.getKey().name());
      int a = index.get(e.getKey().address());
      if (addressKeys[a] != null && trusted(n, a, e.getValue()) && !shared.getOrDefault(addressKeys[a], false)) {
        forest.union(n, a);
      }
    }
  }

  private boolean trusted(int name, int address, long times) {
    if (times >= PAIRINGS) {
      return true;
    }
    EmailAddress a = readings.get(address).address();
    AliasReading n = readings.get(name);
    if (n.name() != null) {
      return LocalParts.fits(n.name(), a);
    }
    return n.word() != null && LocalParts.fits(n.word(), a);
  }

  /** Addresses printed with the names of several people, none of which holds four fifths of the pairings. */
  private Map<String, Boolean> sharedAddresses(List<Map.Entry<PartyTally.Pairing, Long>> order) {
    Map<String, Map<String, Long>> namesByAddress = new HashMap<>();
    for (Map.Entry<PartyTally.Pairing, Long> e : order) {
      int n = index.get(e.getKey().name());
      int a = index.get(e.getKey().address());
      if (addressKeys[a] != null && name(n) != null && trusted(n, a, e.getValue())) {
        namesByAddress.computeIfAbsent(addressKeys[a], k -> new HashMap<>()).merge(name(n).key(), e.getValue(), Long::sum);
      }
    }
    Map<String, Boolean> out = new HashMap<>();
    namesByAddress.forEach((address, names) -> {
      long total = names.values().stream().mapToLong(Long::longValue).sum();
      long top = names.values().stream().mapToLong(Long::longValue).max().orElse(0);
      out.put(address, top < SHARED * total);
    });
    return out;
  }

  // 5. copies of one message: one sender however printed

  private void joinCopies() {
    List<Map.Entry<PartyTally.Copy, Long>> order = new ArrayList<>(copies.entrySet());
    order.sort(Map.Entry.<PartyTally.Copy, Long>comparingByValue().reversed()
        .thenComparing(e -> e.getKey().a()).thenComparing(e -> e.getKey().b()));
    for (Map.Entry<PartyTally.Copy, Long> e : order) {
      Integer a = index.get(e.getKey().a());
      Integer b = index.get(e.getKey().b());
      if (a != null && b != null && e.getValue() >= COPIES) {
        forest.union(a, b);
      }
    }
  }

  // 6. a mailbox printed as its local part, or with its @ read as a letter

  private void joinMailboxWords(String[] wordKeys) {
    Map<String, Integer> addressByLocal = new HashMap<>();
    Map<String, Boolean> ambiguous = new HashMap<>();
    Map<String, Integer> firstWithKey = firstWithKey(addressKeys);
    Map<String, Long> domainCounts = new TreeMap<>();
    for (int i = 0; i < addressKeys.length; i++) {
      String key = addressKeys[i];
      if (key != null) {
        int at = key.indexOf('@');
        Integer was = addressByLocal.putIfAbsent(key.substring(0, at), firstWithKey.get(key));
        if (was != null && !addressKeys[was].equals(key)) {
          ambiguous.put(key.substring(0, at), true);
        }
        domainCounts.merge(key.substring(at + 1), counts[i], Long::sum);
      }
    }
    List<String> commonDomains = new ArrayList<>();
    domainCounts.forEach((d, c) -> {
      if (c >= FREQUENT && d.length() >= 6) {
        commonDomains.add(d);
      }
    });
    for (int i = 0; i < aliases.size(); i++) {
      String w = wordKeys[i];
      if (w == null || w.length() < MAILBOX_WORD || isTitleCase(aliases.get(i))) {
        continue;
      }
      Integer address = ambiguous.containsKey(w) ? null : addressByLocal.get(w);
      if (address == null) {
        address = withAtReadAsALetter(w, commonDomains, firstWithKey);
      }
      if (address != null) {
        forest.union(i, address);
      }
    }
  }

  /** {@code OpsNewsTickerOstate.gov}: the address {@code OpsNewsTicker@state.gov}, its @ read as one or two letters. */
  private static Integer withAtReadAsALetter(String word, List<String> domains, Map<String, Integer> addresses) {
    for (String d : domains) {
      if (word.endsWith(d)) {
        for (int marks = 1; marks <= 2; marks++) {
          int end = word.length() - d.length() - marks;
          if (end >= MAILBOX_WORD - 1) {
            Integer a = addresses.get(word.substring(0, end) + "@" + d);
            if (a != null) {
              return a;
            }
          }
        }
      }
    }
    return null;
  }

  // 7. damage at a word's end

  private void joinDamagedAddresses() {
    Map<String, Long> keyCounts = keyCounts(addressKeys);
    Map<String, Integer> firstWithKey = firstWithKey(addressKeys);
    Map<String, List<String>> frequentByDomain = new TreeMap<>();
    keyCounts.forEach((key, c) -> {
      if (c >= FREQUENT) {
        frequentByDomain.computeIfAbsent(key.substring(key.indexOf('@')), d -> new ArrayList<>()).add(key);
      }
    });
    frequentByDomain.values().forEach(l -> l.sort(null));
    for (int i = 0; i < aliases.size(); i++) {
      String key = addressKeys[i];
      if (key == null || keyCounts.get(key) >= FREQUENT) {
        continue;
      }
      int at = key.indexOf('@');
      for (String strong : frequentByDomain.getOrDefault(key.substring(at), List.of())) {
        if (EndDamage.strayMarkBefore(key.substring(0, at), strong.substring(0, strong.indexOf('@')))
            && keyCounts.get(strong) >= RATIO * keyCounts.get(key)) {
          forest.union(i, firstWithKey.get(strong));
          break;
        }
      }
    }
  }

  private void joinDamagedNames() {
    Map<String, List<Integer>> groups = byNameKey;
    Map<String, Long> keyCounts = new HashMap<>();
    groups.forEach((k, g) -> keyCounts.put(k, g.stream().mapToLong(i -> counts[i]).sum()));
    Map<String, List<String>> frequentByFirst = new TreeMap<>();
    Map<String, List<String>> frequentByLast = new TreeMap<>();
    keyCounts.forEach((key, c) -> {
      if (c >= FREQUENT) {
        String[] parts = key.split(" ", 2);
        frequentByFirst.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(key);
        frequentByLast.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(key);
      }
    });
    frequentByFirst.values().forEach(l -> l.sort(null));
    frequentByLast.values().forEach(l -> l.sort(null));
    for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
      long own = keyCounts.get(e.getKey());
      String[] parts = e.getKey().split(" ");
      String target = null;
      List<String> candidates = new ArrayList<>(frequentByLast.getOrDefault(parts[1], List.of()));
      candidates.addAll(frequentByFirst.getOrDefault(parts[0], List.of()));
      String swapped = parts[1] + " " + parts[0]; // "Muscatine Lissa": Lissa Muscatine, the comma lost
      if (keyCounts.getOrDefault(swapped, 0L) >= FREQUENT) {
        candidates.add(swapped);
      }
      for (String candidate : candidates) {
        String[] c = candidate.split(" ");
        boolean close = candidate.equals(swapped) || (c[1].equals(parts[1]) ? EndDamage.oneAtAnEnd(c[0], parts[0], 4)
            : c[0].equals(parts[0]) && EndDamage.oneAtAnEnd(c[1], parts[1], 4));
        long strength = keyCounts.get(candidate);
        if (close && strength >= (own < FREQUENT ? RATIO : FAR_RATIO) * own
            && (target == null || strength > keyCounts.get(target))) {
          target = candidate;
        }
      }
      if (target != null) {
        List<Integer> to = new ArrayList<>(groups.get(target));
        to.sort(byCountThenText(this));
        PersonName strong = name(to.get(0));
        for (int i : e.getValue()) {
          char m = name(i).middle();
          if (m == 0 || strong.middle() == 0 || m == strong.middle()) {
            forest.union(i, to.get(0));
          }
        }
      }
    }
  }

  /** {@code sbwhoeor} is {@code sbwhoeop}: see {@link DamagedWords}. */
  private void joinDamagedWords(String[] wordKeys) {
    Map<String, Integer> firstWithKey = firstWithKey(wordKeys);
    Map<String, String> targetOf = DamagedWords.targets(keyCounts(wordKeys));
    for (int i = 0; i < wordKeys.length; i++) {
      String t = wordKeys[i] == null ? null : targetOf.get(wordKeys[i]);
      if (t != null) {
        forest.union(i, firstWithKey.get(t));
      }
    }
  }

  // 8. the one a reply was sent to is the one who wrote

  /** {@code sbwhoeop} is {@code Sidney Blumenthal}: see {@link ReplyPartners}; one side printed with a full name, the other never. */
  private void joinReplies() {
    ReplyPartners partners = new ReplyPartners();
    List<Map.Entry<PartyTally.Reply, Long>> order = new ArrayList<>(replies.entrySet());
    order.sort(Map.Entry.<PartyTally.Reply, Long>comparingByKey(Comparator.comparing(PartyTally.Reply::replier)
        .thenComparing(PartyTally.Reply::recipient).thenComparing(PartyTally.Reply::quotedSender)));
    for (Map.Entry<PartyTally.Reply, Long> e : order) {
      Integer replier = index.get(e.getKey().replier());
      Integer recipient = index.get(e.getKey().recipient());
      Integer sender = index.get(e.getKey().quotedSender());
      if (replier == null || recipient == null || sender == null) {
        continue;
      }
      int a = forest.find(recipient);
      int b = forest.find(sender);
      if (a != b && forest.find(replier) != b) {
        partners.add(a, b, e.getValue());
      }
    }
    for (int[] pair : partners.mutual(REPLIES)) {
      if (forest.named(pair[0]) != forest.named(pair[1])) {
        forest.union(pair[0], pair[1]);
      }
    }
  }

  // 9. a word that is a local part

  private void joinLocalPartWords() {
    Map<String, List<Integer>> groups = byNameKey;
    Map<String, String> nameByLocal = new HashMap<>();
    Map<String, Boolean> ambiguous = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
      long total = e.getValue().stream().mapToLong(i -> counts[i]).sum();
      if (total < FREQUENT) {
        continue;
      }
      PersonName n = name(e.getValue().get(0));
      for (String local : LocalParts.of(n)) {
        String was = nameByLocal.putIfAbsent(local, e.getKey());
        if (was != null && !was.equals(e.getKey())) {
          ambiguous.put(local, true);
        }
      }
    }
    for (int i = 0; i < aliases.size(); i++) {
      AliasReading r = readings.get(i);
      boolean looksLikeAName = isTitleCase(aliases.get(i)); // "Spencer" is a name, "rspence" a local part
      String local = r.word() != null && r.word().length() >= 5 && !looksLikeAName ? OcrFolding.fold(r.word()) : null;
      if (local != null && nameByLocal.containsKey(local) && !ambiguous.containsKey(local)) {
        forest.union(i, groups.get(nameByLocal.get(local)).get(0));
      }
    }
  }

  /** A capital, then lower-case letters only: how a name is printed, not an address's local part. */
  private static boolean isTitleCase(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Map<String, Long> keyCounts(String[] keys) {
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        out.merge(keys[i], counts[i], Long::sum);
      }
    }
    return out;
  }

  private static Map<String, Integer> firstWithKey(String[] keys) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        out.putIfAbsent(keys[i], i);
      }
    }
    return out;
  }

  static Comparator<Integer> byCountThenText(PersonClusterer c) {
    return Comparator.<Integer>comparingLong(i -> -c.count(i)).thenComparing(c::alias);
  }
}
