package org.readingroom.threads;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.readingroom.archive.SpillFile;
import org.readingroom.archive.StableId;
import org.readingroom.record.Party;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.text.UnionFind;

/**
 * Finds the messages of an archive and their threads, from every printing of every message:
 *
 * <ol>
 *   <li>printings with the same sender (person), sent minute and subject without {@code Re:}/{@code
 *       Fw:} are candidates for one message; among them, those whose bodies open alike ({@link
 *       BodySketch}) and whose recipients are not two different sets of persons are one message.
 *       A printing with an empty body joins the one message it can be, else stands alone;
 *   <li>in a document's chain each message replies to or forwards the one printed under it
 *       (position i+1 is the parent of i), unless that one was sent more than a day later (not a
 *       chain); these links, joined across documents through the messages they share, make threads.
 * </ol>
 *
 * Feed it documents ({@link #add}, from several threads at once if need be), then {@link #find}
 * (as often as need be), then close it. It reads the printings a partition at a time, which is what
 * lets it keep them in a file instead of on the heap ({@link #spilled}).
 */
public final class ThreadFinder implements AutoCloseable {

  private static final long DAY_MINUTES = 1440;
  /**
   * The minutes of a bucket of printings, a week from the epoch's: a partition is whole buckets. No
   * join of printings into one message reaches past a day, or past the next minute ({@link
   * #partitions}).
   */
  static final long BUCKET_MINUTES = 7 * DAY_MINUTES;
  /** Printings a partition holds before the next starts, when its last bucket lets it end. */
  static final int PARTITION = 100_000;
  /** The bucket of printings without a time: a partition of its own. */
  private static final long UNDATED = Long.MIN_VALUE;

  private final Printings printings;
  private final int partition;
  /** What printings print alike, kept once while they are read, when they are held. */
  private final Shared shared;
  /** Each document read, in the order read, and where its printings start in {@link #printings}. */
  private final List<String> documentKeys = new ArrayList<>();
  private final Longs documentStarts = new Longs();
  /** Each printing's time in minutes, or {@link #UNDATED}, in the order read. */
  private final Longs minutes = new Longs();
  private Layout layout;

  /** A finder that holds the printings it reads on the heap. */
  public ThreadFinder() {
    this(Printings.held(), PARTITION);
  }

  ThreadFinder(Printings printings, int partition) {
    this.printings = printings;
    this.partition = partition;
    this.shared = printings.holds() ? new Shared() : Shared.NONE;
  }

  /**
   * A finder that writes the printings it reads to a file in {@code folder}, deleted when it is
   * closed, and reads them back a partition (a few weeks of printings) at a time: it holds about 30
   * bytes a printing while it finds the messages, and those of one partition ({@link #write} holds
   * no more of the messages it finds than 28 bytes each).
   */
  public static ThreadFinder spilled(Path folder) throws IOException {
    return new ThreadFinder(Printings.spilled(folder), PARTITION);
  }

  /** Reads the messages of a release stored under {@code documentKey}. */
  public void add(String documentKey, ReleaseRecord record) {
    int n = record.messages().size();
    if (n == 0) {
      return;
    }
    List<PrintedMessage> mine = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      mine.add(PrintedMessage.of(documentKey, record, i, shared));
    }
    synchronized (this) {
      if (layout != null) {
        throw new IllegalStateException("a document added after the printings were read");
      }
      documentKeys.add(documentKey);
      documentStarts.add(printings.size());
      printings.add(mine);
      for (PrintedMessage p : mine) {
        minutes.add(p.minutes() == null ? UNDATED : p.minutes());
      }
    }
  }

  @Override
  public void close() {
    printings.close();
  }

  /**
   * The messages and threads.
   *
   * <p>The printings are read a partition at a time, twice: first the printings of each minute that
   * may be one message, and those of one minute and the next, are joined; then those that bodies
   * cannot tell apart, by the message printed under them (which may stand in another partition:
   * the first reading keeps each printing's message), and those that lost their time. Every join
   * stays within a partition. Last, the chains are read document by document to link the messages
   * into threads.
   *
   * @param personOf the person id of a printed name or address (null when unknown): the same
   *     sender however printed
   */
  public synchronized Correspondence find(Function<String, String> personOf) {
    List<Correspondence.Draft> drafts = new ArrayList<>();
    return Correspondence.of(found(personOf, drafts::add), drafts);
  }

  /** What {@link #write} wrote: how many messages, threads and printings. */
  public record Written(int messages, int threads, long appearances) {}

  /**
   * {@link #find}, written to {@code file} as {@link Correspondence#write} writes it, without holding
   * the messages: each is written to a file beside {@code file} as it is found (deleted after), and
   * read back in id order as {@code file} is written.
   */
  public synchronized Written write(Function<String, String> personOf, Path file) throws IOException {
    try (SpillFile drafts = new SpillFile(file.toAbsolutePath().getParent(), "messages-")) {
      Correspondence.Found found = found(personOf, d -> drafts.add(d::write));
      Correspondence.write(file, found, m -> Correspondence.Draft.read(drafts.at(m)));
      return new Written(found.ids().length, found.threadCount(), printings.size());
    }
  }

  /** Finds the messages, handing {@code keep} each as it is found, in the order of their numbers. */
  private Correspondence.Found found(Function<String, String> personOf, Consumer<Correspondence.Draft> keep) {
    shared.forget(); // what is read is shared already; the map would only hold it twice
    Layout at = layout();
    int n = printings.size();
    // each printing's message, after the first reading, as its first printing's place among all
    int[] joinedTo = new int[n];
    // the order in which each printing's message was first found: messages of one identity keep it
    int[] foundAs = new int[n];
    int found = 0;
    for (int[] part : at.partitions) {
      List<PrintedMessage> ps = read(at, part);
      UnionFind same = new UnionFind(ps.size());
      for (List<PrintedMessage> candidates : candidates(ps, personOf)) {
        for (List<PrintedMessage> m : new SameMessage(candidates, personOf).messages()) {
          for (PrintedMessage p : m) {
            same.union(m.get(0).ordinal, p.ordinal);
            foundAs[p.global] = found;
          }
          found++;
        }
      }
      acrossTheMinute(new Messages(ps, same), same, personOf);
      for (PrintedMessage p : ps) {
        joinedTo[p.global] = ps.get(same.find(p.ordinal)).global;
      }
    }
    int[] messageOf = new int[n];
    Longs ids = new Longs();
    Longs firstMinutes = new Longs();
    for (int[] part : at.partitions) {
      List<PrintedMessage> ps = read(at, part);
      UnionFind same = new UnionFind(ps.size());
      int[] globals = new int[ps.size()];
      for (PrintedMessage p : ps) {
        globals[p.ordinal] = p.global;
      }
      for (PrintedMessage p : ps) {
        int first = Arrays.binarySearch(globals, joinedTo[p.global]);
        if (first < 0) {
          throw new IllegalStateException("a message joined across partitions at " + p.appearance().entryId());
        }
        same.union(p.ordinal, first);
      }
      overOneMessage(new Messages(ps, same), same, personOf, joinedTo);
      timeLost(new Messages(ps, same), same, personOf);
      messages(new Messages(ps, same), foundAs, personOf, (id, message) -> {
        for (PrintedMessage p : message) {
          messageOf[p.global] = ids.size();
        }
        Correspondence.Draft draft = Correspondence.Draft.of(id, message);
        ids.add(Correspondence.idNumber(id));
        firstMinutes.add(draft.minutes() == null ? Long.MAX_VALUE : draft.minutes());
        keep.accept(draft);
      });
    }
    return link(at, ids.toArray(), firstMinutes.toArray(), messageOf, personOf);
  }

  /**
   * Hands {@code out} each message of a partition, with its id: its sender (person), sent time and
   * subject without Re:/Fw:, and where two messages share those, the opening of its body and its
   * recipients, and a number in the order they were first found.
   */
  private static void messages(Messages joined, int[] foundAs, Function<String, String> personOf,
      BiConsumer<String, List<PrintedMessage>> out) {
    // the messages' order does not show in what is found (the ids decide it): a hash map, not a tree
    Map<String, List<Integer>> byIdentity = new HashMap<>(joined.size() * 4 / 3 + 1);
    int[] firstFound = new int[joined.size()];
    for (int m = 0; m < joined.size(); m++) {
      firstFound[m] = Integer.MAX_VALUE;
      for (int k = joined.start[m]; k < joined.start[m + 1]; k++) {
        firstFound[m] = Math.min(firstFound[m], foundAs[joined.printing(k).global]);
      }
      byIdentity.computeIfAbsent(identity(joined.first(m), personOf), k -> new ArrayList<>(1)).add(m);
    }
    byIdentity.forEach((identity, split) -> {
      Set<String> taken = new HashSet<>();
      split.sort(Comparator.comparingInt(m -> firstFound[m]));
      for (int m : split) {
        String id = identity;
        if (split.size() > 1) {
          id += "|" + String.join(" ", opening(joined.first(m))) + "|" + recipients(joined.first(m), personOf);
          String base = id;
          for (int k = 2; !taken.add(id); k++) {
            id = base + "#" + k;
          }
        }
        out.accept(StableId.of("m", id), joined.printings(m));
      }
    });
  }

  /** How many partitions the printings read are cut into. */
  synchronized int partitionCount() {
    return layout().partitions.size();
  }

  /**
   * Where the printings stand once all are read: each document's first printing's place among all
   * the archive's in appearance order, and the partitions, each the printings (by the order read)
   * of a run of buckets.
   */
  private record Layout(int[] base, List<int[]> partitions) {}

  private Layout layout() {
    if (layout == null) {
      int documents = documentKeys.size();
      int[] byKey = Longs.order(documents, (a, b) -> documentKeys.get(a).compareTo(documentKeys.get(b)));
      int[] base = new int[documents];
      int next = 0;
      for (int d : byKey) {
        base[d] = next;
        next += count(d);
      }
      layout = new Layout(base, partitions());
    }
    return layout;
  }

  /** How many printings document {@code d} (in the order read) has. */
  private int count(int d) {
    long end = d + 1 < documentKeys.size() ? documentStarts.get(d + 1) : printings.size();
    return (int) (end - documentStarts.get(d));
  }

  private static long bucket(long minute) {
    return minute == UNDATED ? UNDATED : Math.floorDiv(minute, BUCKET_MINUTES);
  }

  /**
   * The printings by bucket, cut into partitions of about {@link #partition} printings. A cut falls
   * between two buckets only where no message can join them: a message's printings are of one minute,
   * of one day, or of one minute and the next, so two buckets stay together when the last minute of
   * the one and the first of the next (the week's last and first) both have printings. The undated
   * printings are one partition: they join only their own kind.
   */
  private List<int[]> partitions() {
    int n = printings.size();
    int[] byBucket = Longs.order(n, (a, b) -> Long.compare(bucket(minutes.get(a)), bucket(minutes.get(b))));
    List<int[]> out = new ArrayList<>();
    int from = 0;
    boolean lastMinuteUsed = false;
    long previous = 0;
    for (int i = 0; i < n; ) {
      long b = bucket(minutes.get(byBucket[i]));
      int j = i;
      boolean firstUsed = false;
      boolean lastUsed = false;
      while (j < n && bucket(minutes.get(byBucket[j])) == b) {
        long minute = minutes.get(byBucket[j]);
        firstUsed |= minute == b * BUCKET_MINUTES;
        lastUsed |= minute == (b + 1) * BUCKET_MINUTES - 1;
        j++;
      }
      boolean joined = i > 0 && previous != UNDATED && b == previous + 1 && lastMinuteUsed && firstUsed;
      if (i > from && (previous == UNDATED || i - from >= partition && !joined)) {
        out.add(Arrays.copyOfRange(byBucket, from, i));
        from = i;
      }
      previous = b;
      lastMinuteUsed = lastUsed;
      i = j;
    }
    if (from < n) {
      out.add(Arrays.copyOfRange(byBucket, from, n));
    }
    return out;
  }

  /**
   * The printings of a partition, in appearance order, each with its place among them ({@link
   * PrintedMessage#ordinal}) and among all ({@link PrintedMessage#global}).
   */
  private List<PrintedMessage> read(Layout at, int[] part) {
    List<PrintedMessage> ps = new ArrayList<>(part.length);
    for (int i : part) {
      int d = documentOf(i);
      PrintedMessage p = printings.get(i, documentKeys.get(d));
      int position = i - (int) documentStarts.get(d);
      p.global = at.base[d] + position;
      p.last = position == count(d) - 1;
      ps.add(p);
    }
    ps.sort(Comparator.comparingInt(p -> p.global));
    for (int i = 0; i < ps.size(); i++) {
      ps.get(i).ordinal = i;
    }
    return ps;
  }

  /** The document (in the order read) of printing {@code i}. */
  private int documentOf(int i) {
    int lo = 0;
    int hi = documentKeys.size() - 1;
    while (lo < hi) { // the last document starting at or before i: none is empty
      int mid = (lo + hi + 1) >>> 1;
      if (documentStarts.get(mid) <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The messages as the printings' sets stand: message {@code m} is the set whose first printing is
   * the m-th such, its printings (by {@link PrintedMessage#ordinal}) {@code members[start[m],
   * start[m+1])} in appearance order. Three int arrays, where lists of lists made anew at each step
   * were 450 of the 3,750 MB the finder allocated in three rounds at ten times the corpus.
   */
  private static final class Messages {
    final List<PrintedMessage> printed;
    final int[] messageOf;
    final int[] start;
    final int[] members;

    /** The messages of a partition's printings ({@link ThreadFinder#read}), as their sets in {@code same} stand. */
    Messages(List<PrintedMessage> printed, UnionFind same) {
      this.printed = printed;
      int n = printed.size();
      messageOf = new int[n];
      int count = 0;
      for (int i = 0; i < n; i++) {
        int root = same.find(i); // the least member: a set's first printing is met before the others
        messageOf[i] = root == i ? count++ : messageOf[root];
      }
      start = new int[count + 1];
      for (int i = 0; i < n; i++) {
        start[messageOf[i] + 1]++;
      }
      for (int m = 0; m < count; m++) {
        start[m + 1] += start[m];
      }
      members = new int[n];
      int[] next = Arrays.copyOf(start, count);
      for (int i = 0; i < n; i++) {
        members[next[messageOf[i]]++] = i;
      }
    }

    int size() {
      return start.length - 1;
    }

    PrintedMessage first(int m) {
      return printed.get(members[start[m]]);
    }

    /** The printing at {@code members[k]}. */
    PrintedMessage printing(int k) {
      return printed.get(members[k]);
    }

    List<PrintedMessage> printings(int m) {
      List<PrintedMessage> out = new ArrayList<>(start[m + 1] - start[m]);
      for (int k = start[m]; k < start[m + 1]; k++) {
        out.add(printed.get(members[k]));
      }
      return out;
    }

    /** The printing whose body tells most; the first of those that tell as much. */
    PrintedMessage mostTelling(int m) {
      PrintedMessage best = first(m);
      for (int k = start[m] + 1; k < start[m + 1]; k++) {
        PrintedMessage p = printed.get(members[k]);
        if (p.body().shingles() > best.body().shingles()) {
          best = p;
        }
      }
      return best;
    }

    /** Joins messages {@code a} and {@code b} in {@code same}, through their first printings. */
    void join(UnionFind same, int a, int b) {
      same.union(members[start[a]], members[start[b]]);
    }

    boolean joined(UnionFind same, int a, int b) {
      return same.find(members[start[a]]) == same.find(members[start[b]]);
    }
  }

  /**
   * Joins the messages of one minute to those of the next that are the same email: a copy printed
   * at the top of a document can show the minute after the one its quoted copies show (C05795544
   * prints 10:44 what ten others print 10:43). Only bodies long enough to tell are trusted so.
   */
  private static void acrossTheMinute(Messages found, UnionFind same, Function<String, String> personOf) {
    TreeMap<Long, List<Integer>> byMinute = new TreeMap<>();
    for (int m = 0; m < found.size(); m++) {
      PrintedMessage first = found.first(m);
      if (first.sent() != null && first.sent().hasTime()) {
        byMinute.computeIfAbsent(first.minutes(), k -> new ArrayList<>()).add(m);
      }
    }
    byMinute.forEach((minute, here) -> {
      for (int b : byMinute.getOrDefault(minute + 1, List.of())) {
        for (int a : here) {
          if (!found.joined(same, a, b)
              && SameMessage.acrossTheMinute(found.mostTelling(a), found.mostTelling(b), personOf)) {
            found.join(same, a, b);
          }
        }
      }
    });
  }

  /**
   * Joins messages no body can tell apart (empty, withheld, or a few words) that are one email by
   * what is printed under them: the same sender and subject, within a minute, recipients not two
   * sets, each printed over the same message. Clinton's withheld "Re: Calls update" stands at the top
   * of C05786818 at 7:17 and inside C05786819 at 07:16, each over Sullivan's same message.
   */
  private static void overOneMessage(Messages found, UnionFind same, Function<String, String> personOf,
      int[] joinedTo) {
    // a message is named by its first printing's place among all: the one under a printing may stand in another partition
    Map<Integer, Set<Integer>> under = new HashMap<>();
    TreeMap<Long, List<Integer>> byMinute = new TreeMap<>();
    for (int m = 0; m < found.size(); m++) {
      PrintedMessage first = found.first(m);
      if (first.sent() == null || !first.sent().hasTime()
          || found.mostTelling(m).body().shingles() >= SameMessage.TELLING) {
        continue;
      }
      Set<Integer> u = new TreeSet<>();
      for (int k = found.start[m]; k < found.start[m + 1]; k++) {
        PrintedMessage p = found.printing(k);
        int below = p.last ? -1 : joinedTo[p.global + 1];
        if (below >= 0 && below != first.global) {
          u.add(below);
        }
      }
      if (!u.isEmpty()) {
        under.put(m, u);
        byMinute.computeIfAbsent(first.minutes(), k -> new ArrayList<>()).add(m);
      }
    }
    byMinute.forEach((minute, here) -> {
      List<Integer> near = new ArrayList<>(here);
      near.addAll(byMinute.getOrDefault(minute + 1, List.of()));
      for (int i = 0; i < here.size(); i++) {
        int a = here.get(i);
        for (int j = i + 1; j < near.size(); j++) {
          int b = near.get(j);
          if (!found.joined(same, a, b) && !Collections.disjoint(under.get(a), under.get(b))
              && SameMessage.overOneMessage(found.first(a), found.first(b), personOf)) {
            found.join(same, a, b);
          }
        }
      }
    });
  }

  /**
   * Joins a message printed with its date but no time (OCR lost the time, or the printing gives
   * none: Abedin's "Fw: Benghazi staffing" is 2011-04-22 in C05739670 and 2011-04-22 17:53 in
   * C05781835) to the one message of that day with a time that it can be: the same subject, the same
   * sender (or one a letter or two apart), bodies alike, recipients not two sets. When the day holds
   * two such messages, which one is not known, and the message stays apart.
   */
  private static void timeLost(Messages found, UnionFind same, Function<String, String> personOf) {
    // by day and subject: a day's messages grow with the archive, those of one subject on one day do not
    Map<DaySubject, List<Integer>> timedOn = new HashMap<>();
    for (int m = 0; m < found.size(); m++) {
      PrintedMessage first = found.first(m);
      if (first.sent() != null && first.sent().hasTime()) {
        timedOn.computeIfAbsent(new DaySubject(first.sent().date(), found.mostTelling(m).subjectKey()),
            k -> new ArrayList<>()).add(m);
      }
    }
    for (int m = 0; m < found.size(); m++) {
      PrintedMessage first = found.first(m);
      if (first.sent() == null || first.sent().hasTime()) {
        continue;
      }
      int only = -1;
      int candidates = 0;
      PrintedMessage telling = found.mostTelling(m);
      DaySubject key = new DaySubject(first.sent().date(), telling.subjectKey());
      for (int t : key.subject().isEmpty() ? List.<Integer>of() : timedOn.getOrDefault(key, List.of())) {
        if (SameMessage.sameDay(telling, found.mostTelling(t), personOf)) {
          only = t;
          candidates++;
        }
      }
      if (candidates == 1) {
        found.join(same, only, m);
      }
    }
  }

  /** A day, and a subject as {@link SubjectKey} reads it: {@link SameMessage#sameDay} joins no two that differ. */
  private record DaySubject(LocalDate day, String subject) {}

  /**
   * Hands {@code role} each pair of aliases printed in one role of two copies of one message: the
   * senders, and the only recipients, of two printings sent in one minute under one subject whose
   * bodies open alike and are long enough to tell ({@link SameMessage#TELLING}). A person printed
   * two ways ({@code sbwhoeop} and {@code Sidney Blumenthal}) is one sender there; read before
   * persons are known, so it is evidence for them.
   */
  public synchronized void copiedRoles(BiConsumer<String, String> role) {
    Layout at = layout();
    for (int[] part : at.partitions) { // a minute's printings are of one partition
      Map<String, List<PrintedMessage>> bySentAndSubject = new TreeMap<>();
      for (PrintedMessage p : read(at, part)) {
        String subject = p.subjectKey();
        if (p.sent() != null && p.sent().hasTime() && !subject.isEmpty() && p.body().shingles() >= SameMessage.TELLING) {
          bySentAndSubject.computeIfAbsent(p.minutes() + "|" + subject, k -> new ArrayList<>()).add(p);
        }
      }
      for (List<PrintedMessage> ps : bySentAndSubject.values()) {
        for (int i = 0; i < ps.size(); i++) {
          for (int j = i + 1; j < ps.size(); j++) {
            PrintedMessage a = ps.get(i);
            PrintedMessage b = ps.get(j);
            if (a.body().sameAs(b.body())) {
              both(a.senderAlias(), b.senderAlias(), role);
              both(a.onlyRecipientAlias(), b.onlyRecipientAlias(), role);
            }
          }
        }
      }
    }
  }

  /**
   * A reply printed over the message it answers: who replied, to whom alone, and who sent what it
   * answers. The one it was sent to is, most often, the one who wrote to the replier: {@code
   * sbwhoeop} is answered as {@code Sidney Blumenthal} wrote.
   */
  public record ReplyRole(String replier, String recipient, String quotedSender) {}

  /** Each reply ({@code Re:}, one recipient, no Cc) printed over a message of the same subject, as aliases. */
  public synchronized List<ReplyRole> replyRoles() {
    List<ReplyRole> out = new ArrayList<>();
    eachPair((reply, quoted) -> {
      if (reply.subject() == null || !REPLY.matcher(reply.subject()).lookingAt()) {
        return;
      }
      String subject = reply.subjectKey();
      String replier = reply.senderAlias();
      String recipient = reply.onlyRecipientAlias();
      String sender = quoted.senderAlias();
      if (replier != null && recipient != null && sender != null && !subject.isEmpty()
          && subject.equals(quoted.subjectKey())) {
        out.add(new ReplyRole(replier, recipient, sender));
      }
    });
    return out;
  }

  /**
   * Hands {@code pair} each printing printed over another in its document, and that other, document
   * by document in the order read.
   */
  private void eachPair(BiConsumer<PrintedMessage, PrintedMessage> pair) {
    Layout at = layout();
    for (int d = 0; d < documentKeys.size(); d++) {
      int first = (int) documentStarts.get(d);
      PrintedMessage above = printings.get(first, documentKeys.get(d));
      for (int k = 1; k < count(d); k++) {
        PrintedMessage under = printings.get(first + k, documentKeys.get(d));
        above.global = at.base[d] + k - 1;
        pair.accept(above, under);
        above = under;
      }
    }
  }

  private static final Pattern REPLY = Pattern.compile("(?i)\\s*re\\s*[:;.]");

  private static void both(String a, String b, BiConsumer<String, String> role) {
    if (a != null && b != null && !a.equals(b)) {
      role.accept(a, b);
    }
  }

  /**
   * The printings that may be one message: those sent in one minute (a copy's sender and subject
   * may be OCR damaged, {@link SameMessage} weighs them); those without a time, by sender, date and
   * subject. Each group in appearance order; the groups without a time first, by those keys, then
   * the minutes in the order of their decimal text (the order the finder has always met them in,
   * which the ids of messages alike follow).
   */
  private static List<List<PrintedMessage>> candidates(List<PrintedMessage> printed,
      Function<String, String> personOf) {
    Map<String, List<PrintedMessage>> untimed = new TreeMap<>();
    List<PrintedMessage> timed = new ArrayList<>(printed.size());
    for (PrintedMessage p : printed) {
      if (p.sent() != null && p.sent().hasTime()) {
        timed.add(p);
      } else {
        untimed.computeIfAbsent(identity(p, personOf), k -> new ArrayList<>()).add(p);
      }
    }
    timed.sort((a, b) -> decimalOrder(a.minutes(), b.minutes())); // stable: appearance order within a minute
    List<List<PrintedMessage>> out = new ArrayList<>(untimed.values());
    for (int from = 0, to; from < timed.size(); from = to) {
      long minute = timed.get(from).minutes();
      for (to = from + 1; to < timed.size() && timed.get(to).minutes() == minute; to++) {
        // the printings of one minute
      }
      out.add(timed.subList(from, to));
    }
    return out;
  }

  /** {@code Long.toString(a).compareTo(Long.toString(b))}, without the strings. */
  static int decimalOrder(long a, long b) {
    if (a >= 0 && b >= 0 && decimalDigits(a) == decimalDigits(b)) {
      return Long.compare(a, b);
    }
    return Long.toString(a).compareTo(Long.toString(b));
  }

  private static int decimalDigits(long x) {
    int d = 1;
    while (x >= 10) {
      x /= 10;
      d++;
    }
    return d;
  }

  /** What a message's id is made from: its sender (person), sent time and subject without Re:/Fw:. */
  private static String identity(PrintedMessage p, Function<String, String> personOf) {
    return senderKey(p, personOf) + "|" + p.sent() + "|" + p.subjectKey();
  }

  static String senderKey(PrintedMessage p, Function<String, String> personOf) {
    String alias = p.senderAlias();
    if (alias == null) {
      return "";
    }
    String person = personOf.apply(alias);
    return person != null ? person : "alias:" + alias;
  }

  private static List<String> opening(PrintedMessage p) {
    List<String> words = p.body().words();
    return words.subList(0, Math.min(BodySketch.KEPT, words.size()));
  }

  static Set<String> recipients(PrintedMessage p, Function<String, String> personOf) {
    Set<String> out = new TreeSet<>();
    for (String alias : p.recipientAliases()) {
      String person = personOf.apply(alias);
      out.add(person != null ? person : "alias:" + alias);
    }
    return out;
  }

  /**
   * Threads: chains' parent links across documents, as connected messages.
   *
   * @param minutes each message's first printing's time, {@link Long#MAX_VALUE} when undated
   * @param messageOf each printing's message, by its place among all ({@link PrintedMessage#global})
   */
  private Correspondence.Found link(Layout at, long[] ids, long[] minutes, int[] messageOf,
      Function<String, String> personOf) {
    UnionFind threads = new UnionFind(ids.length);
    Longs links = new Longs();
    eachPair((p, next) -> {
      int child = messageOf[p.global];
      int parent = messageOf[p.global + 1]; // the message printed next, under p
      if (parent != child && !later(minutes[parent], p.minutes()) && Conversation.continues(p, next, personOf)) {
        links.add((long) child << 32 | parent);
        threads.union(child, parent);
      }
    });
    long[] parents = Arrays.stream(links.toArray()).sorted().distinct().toArray();
    return new Correspondence.Found(ids, minutes, parents, threads);
  }

  /** Whether the parent was sent more than a day after its child: then it is no parent. */
  private static boolean later(long parent, Long child) {
    return parent != Long.MAX_VALUE && child != null && parent > child + DAY_MINUTES;
  }

  /**
   * Minutes since the epoch of an ISO date ({@code 2011-12-31}) or date-time to the minute ({@code
   * 2011-12-31T18:06}), or null. Read by hand: {@code LocalDateTime.parse} costs a tenth of a second
   * over a corpus's 70,000 printings.
   */
  static Long minutes(String iso) {
    if (iso == null || iso.length() != 10 && iso.length() != 16) {
      return null;
    }
    try {
      long day = LocalDate.of(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10)).toEpochDay();
      return day * DAY_MINUTES + (iso.length() == 16 ? digits(iso, 11, 13) * 60L + digits(iso, 14, 16) : 0);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(s);
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
