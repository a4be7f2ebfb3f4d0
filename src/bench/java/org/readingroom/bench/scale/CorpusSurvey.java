package org.readingroom.bench.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.readingroom.parse.ReleaseReader;
import org.readingroom.people.PartyTally;
import org.readingroom.people.PersonFinder;
import org.readingroom.record.Message;
import org.readingroom.record.ParseResult;
import org.readingroom.record.Party;
import org.readingroom.record.ReleaseRecord;

/**
 * The first pass over the corpus: each document parsed (by the project's parser) for the names and
 * addresses its headers print, and the words of its running text counted; then the tables the
 * copies exchange them by. Everything in it is in the corpus's path order, whatever the threads did.
 */
final class CorpusSurvey {

  /** Names exchanged among as many of the same shape and about the same frequency. */
  static final int NAME_BLOCK = 16;

  /**
   * A document of the corpus: its path from the corpus folder ({@code /}-separated), whether it is
   * text (a {@code .txt}: only text is copied beyond copy 0), and what its headers print.
   */
  record Document(Path file, String relative, boolean text, String docId, List<String> names, List<String> addresses) {}

  final List<Document> documents;
  /** Persons of two or more spellings; their spellings are exchanged through them. */
  final PersonExchange persons;
  /** The other names, exchanged as strings. */
  final Exchange names;
  /** The other addresses, by their lower case: {@code MillsCD@state.gov} and {@code millscd@state.gov} are one. */
  final Exchange addresses;
  final RunningWords words;
  /** Each address (by its lower case) as it is printed most often. */
  private final Map<String, String> addressForms;

  private CorpusSurvey(List<Document> documents, PersonExchange persons, Exchange names, Exchange addresses,
      RunningWords words, Map<String, String> addressForms) {
    this.documents = documents;
    this.persons = persons;
    this.names = names;
    this.addresses = addresses;
    this.words = words;
    this.addressForms = addressForms;
  }

  /** The address whose lower case is {@code lowerCase}, as it is printed most often. */
  String addressAsPrinted(String lowerCase) {
    return addressForms.getOrDefault(lowerCase, lowerCase);
  }

  static CorpusSurvey of(Path corpus, ForkJoinPool pool, PrintWriter err) throws IOException {
    long start = System.nanoTime();
    TreeMap<String, Path> byName = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(Files::isRegularFile).forEach(p -> byName.put(relative(corpus, p), p));
    }
    List<Path> files = List.copyOf(byName.values());
    ReleaseReader reader = new ReleaseReader();
    ConcurrentHashMap<String, Integer> wordCounts = new ConcurrentHashMap<>();
    PartyTally tally = new PartyTally();
    List<Document> reads = pool.submit(() -> IntStream.range(0, files.size()).parallel()
        .mapToObj(i -> read(corpus, files.get(i), reader, wordCounts, tally)).toList()).join();
    Map<String, Integer> nameCounts = new TreeMap<>();
    Map<String, Integer> addressCounts = new TreeMap<>();
    Map<String, Integer> printedAddressCounts = new TreeMap<>();
    for (Document d : reads) {
      d.names().forEach(n -> nameCounts.merge(n, 1, Integer::sum));
      for (String a : d.addresses()) {
        addressCounts.merge(a.toLowerCase(Locale.ROOT), 1, Integer::sum);
        printedAddressCounts.merge(a, 1, Integer::sum);
      }
    }
    PersonExchange persons =
        PersonExchange.of(PersonFinder.find(tally, List.of()).persons(), nameCounts, addressCounts, NAME_BLOCK);
    // the strings exchanged as strings: none a spelling of a person exchanged whole, so no two give one image
    Map<String, Integer> loneNames = new TreeMap<>(nameCounts);
    loneNames.keySet().removeIf(persons::hasName);
    Map<String, Integer> loneAddresses = new TreeMap<>(addressCounts);
    loneAddresses.keySet().removeIf(persons::hasAddress);
    CorpusSurvey survey = new CorpusSurvey(List.copyOf(reads), persons,
        Exchange.inBlocks(byFrequency(loneNames, CorpusSurvey::nameShape), NAME_BLOCK),
        Exchange.inBlocks(byFrequency(loneAddresses, CorpusSurvey::domain), NAME_BLOCK),
        RunningWords.of(wordCounts), mostPrinted(printedAddressCounts));
    err.printf(Locale.ROOT, "scale-corpus: surveyed %d files in %.1f s: %d persons printed several ways, and %d"
        + " other names and %d other addresses, in headers; %d words of running text%n", reads.size(),
        (System.nanoTime() - start) / 1e9, survey.persons.size(), survey.names.size(), survey.addresses.size(),
        survey.words.size());
    return survey;
  }

  /** For each address's lower case, the form printed most often (of equals, the first in order). */
  private static Map<String, String> mostPrinted(Map<String, Integer> printedCounts) {
    Map<String, String> forms = new HashMap<>();
    printedCounts.forEach((printed, count) -> forms.merge(printed.toLowerCase(Locale.ROOT), printed,
        (kept, other) -> printedCounts.get(other) > printedCounts.get(kept) ? other : kept));
    return forms;
  }

  static String relative(Path corpus, Path file) {
    return corpus.relativize(file).toString().replace('\\', '/');
  }

  private static Document read(Path corpus, Path file, ReleaseReader reader,
      ConcurrentHashMap<String, Integer> wordCounts, PartyTally tally) {
    String relative = relative(corpus, file);
    if (!relative.toLowerCase(Locale.ROOT).endsWith(".txt")) {
      return new Document(file, relative, false, null, List.of(), List.of());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> names = new LinkedHashSet<>();
    Set<String> addresses = new LinkedHashSet<>();
    String docId = null;
    ParseResult parsed = reader.parse(relative, bytes);
    if (parsed instanceof ReleaseRecord record) {
      docId = record.docId();
      for (Message m : record.messages()) {
        add(m.from(), names, addresses, tally);
        m.to().forEach(p -> add(p, names, addresses, tally));
        m.cc().forEach(p -> add(p, names, addresses, tally));
      }
    }
    ReleaseLines lines = ReleaseLines.of(DocumentCopy.decode(bytes));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.runningText(i) > 0) {
        RunningWords.count(lines.line(i).substring(0, lines.runningText(i)), wordCounts);
      }
    }
    return new Document(file, relative, true, docId, List.copyOf(names), List.copyOf(addresses));
  }

  /** Keeps what {@code party} prints in {@code names} and {@code addresses}, and counts it in {@code tally}. */
  private static void add(Party party, Set<String> names, Set<String> addresses, PartyTally tally) {
    if (party == null) {
      return;
    }
    tally.add(party);
    if (party.name() != null) {
      names.add(party.name());
    }
    if (party.address() != null) {
      addresses.add(party.address());
    }
  }

  /**
   * The strings grouped by their kind (in the kind's order), each group from the most frequent down
   * (ties in string order): so a block holds strings alike in kind and frequency.
   */
  static List<List<String>> byFrequency(Map<String, Integer> counts, java.util.function.Function<String, String> kind) {
    Map<String, List<String>> groups = new TreeMap<>();
    counts.keySet().forEach(s -> groups.computeIfAbsent(kind.apply(s), k -> new ArrayList<>()).add(s));
    for (List<String> group : groups.values()) {
      group.sort(Comparator.comparing((String s) -> -counts.get(s)).thenComparing(Comparator.naturalOrder()));
    }
    return new ArrayList<>(groups.values());
  }

  /**
   * A name's shape: {@code Last, First} or not, and how many words: a name takes the place of one
   * printed alike, so the recipients' lists it stands in split as the originals did.
   */
  static String nameShape(String name) {
    int words = name.isBlank() ? 0 : name.strip().split("\\s+").length;
    return (name.indexOf(',') >= 0 ? "last-first " : "plain ") + Math.min(words, 4) + (name.indexOf('@') >= 0 ? " @" : "");
  }

  /** An address's domain: an address takes the place of one at the same domain. */
  static String domain(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Why the copies' document numbers could meet a real one or each other's (see {@link
   * CopyPlan#number}), or an empty list.
   */
  List<String> numberClashes(int factor) {
    Map<String, String> taken = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Document d : documents) {
      if (d.docId() != null) {
        taken.put(d.docId(), d.docId());
      }
    }
    for (Document d : documents) {
      for (int copy = 1; copy < factor && d.docId() != null && clashes.size() < 5; copy++) {
        String number = CopyPlan.number(copy, d.docId());
        String before = taken.putIfAbsent(number, d.docId());
        if (number.equals(d.docId())) {
          clashes.add(d.docId() + " is not of the form C0xxxxxxx, so its copies keep its number");
        } else if (before != null && !before.equals(d.docId())) {
          clashes.add(number + " (copy " + copy + " of " + d.docId() + ") is also " + before + " or its copy");
        }
      }
    }
    return clashes;
  }
}
