package org.readingroom.threads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.readingroom.archive.DamagedFileException;
import org.readingroom.archive.MappedFile;
import org.readingroom.archive.SpillFile;
import org.readingroom.archive.MessagesFile;
import org.readingroom.archive.StableId;
import org.readingroom.archive.TablePlaces;
import org.readingroom.record.SentTime;
import org.readingroom.text.UnionFind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages of an archive and their threads: a message by id or by where it is printed, a
 * thread by id, the messages of a thread in time order.
 */
public final class Correspondence {

  private static final Logger LOG = LoggerFactory.getLogger(Correspondence.class);

  /** Where the messages are: on the heap ({@link Held}) or in a {@link MessageTable} read in place. */
  private interface Store {
    List<ThreadMessage> messages();

    List<MessageThread> threads();

    Optional<ThreadMessage> message(String id);

    Optional<ThreadMessage> messageAt(String documentKey, int position);

    String messageIdAt(String documentKey, int position);

    int documentsOf(String id);

    Optional<MessageThread> thread(String id);

    long appearances();
  }

  private final Store store;

  private Correspondence(Store store) {
    this.store = store;
  }

  /** @param messages sorted by id */
  Correspondence(List<ThreadMessage> messages) {
    this(new Held(messages));
  }

  /**
   * The messages held on the heap, as {@link ThreadFinder#find} finds them and as {@link #read}
   * reads them. Hash maps, sized once: at a million printings a tree of string keys costs a cache
   * miss at each of its twenty levels. The maps by id and by place, and the threads, are built when
   * first asked for: a caller that only writes the messages looks none up (at ten times the corpus,
   * building them was 2.1 of the finder's 8.5 s).
   */
  private static final class Held implements Store {
    private final List<ThreadMessage> messages;
    private volatile Lookup lookup;
    private volatile List<MessageThread> threadList; // by id

    /** The maps of {@link Held}, built together once. */
    private record Lookup(Map<String, ThreadMessage> byId, Map<Place, ThreadMessage> byEntry,
        Map<String, MessageThread> threads) {}

    Held(List<ThreadMessage> messages) {
      this.messages = List.copyOf(messages);
    }

    private Lookup lookup() {
      Lookup l = lookup;
      if (l == null) {
        synchronized (this) {
          l = lookup;
          if (l == null) {
            l = lookupOf(messages, threads());
            lookup = l;
          }
        }
      }
      return l;
    }

    private static Lookup lookupOf(List<ThreadMessage> messages, List<MessageThread> threadList) {
      Map<String, ThreadMessage> byId = new HashMap<>(capacity(messages.size()));
      int appearances = 0;
      for (ThreadMessage m : messages) {
        byId.put(m.id(), m);
        appearances += m.appearances().size();
      }
      Map<Place, ThreadMessage> byEntry = new HashMap<>(capacity(appearances));
      for (ThreadMessage m : messages) {
        for (Appearance a : m.appearances()) {
          byEntry.put(new Place(a.document(), a.position()), m);
        }
      }
      Map<String, MessageThread> threads = new HashMap<>(capacity(threadList.size()));
      threadList.forEach(t -> threads.put(t.id(), t));
      return new Lookup(byId, byEntry, threads);
    }

    @Override
    public List<ThreadMessage> messages() {
      return messages;
    }

    @Override
    public List<MessageThread> threads() {
      List<MessageThread> t = threadList;
      if (t == null) {
        synchronized (this) {
          t = threadList;
          if (t == null) {
            t = threadsOf(messages);
            threadList = t;
          }
        }
      }
      return t;
    }

    @Override
    public Optional<ThreadMessage> message(String id) {
      return Optional.ofNullable(lookup().byId().get(id));
    }

    @Override
    public Optional<ThreadMessage> messageAt(String documentKey, int position) {
      return Optional.ofNullable(lookup().byEntry().get(new Place(documentKey, position)));
    }

    @Override
    public String messageIdAt(String documentKey, int position) {
      ThreadMessage m = lookup().byEntry().get(new Place(documentKey, position));
      return m == null ? null : m.id();
    }

    @Override
    public Optional<MessageThread> thread(String id) {
      return Optional.ofNullable(lookup().threads().get(id));
    }

    @Override
    public int documentsOf(String id) {
      ThreadMessage m = lookup().byId().get(id);
      return m == null ? 0 : (int) m.appearances().stream().map(Appearance::document).distinct().count();
    }

    @Override
    public long appearances() {
      long n = 0;
      for (ThreadMessage m : messages) {
        n += m.appearances().size();
      }
      return n;
    }
  }

  /** The messages in a table read in place: nothing of them held between calls. */
  private record InTable(MessageTable table) implements Store {
    @Override
    public List<ThreadMessage> messages() {
      return table.messages();
    }

    @Override
    public List<MessageThread> threads() {
      return table.threads();
    }

    @Override
    public Optional<ThreadMessage> message(String id) {
      return table.message(id);
    }

    @Override
    public Optional<ThreadMessage> messageAt(String documentKey, int position) {
      return table.messageAt(documentKey, position);
    }

    @Override
    public String messageIdAt(String documentKey, int position) {
      return table.messageIdAt(documentKey, position);
    }

    @Override
    public Optional<MessageThread> thread(String id) {
      return table.thread(id);
    }

    @Override
    public int documentsOf(String id) {
      return table.documentsOf(id);
    }

    @Override
    public long appearances() {
      return table.appearances();
    }
  }

  /** Where a message is printed: the key of the map by printing (the document's key is the message's own string). */
  private record Place(String document, int position) {}

  /**
   * A message as {@link ThreadFinder} finds it, before its parents and thread are known: what its
   * printings print, kept so that the printings need not be.
   *
   * @param minutes its first printing's time in minutes since the epoch, or null
   */
  record Draft(String id, SentTime sent, Long minutes, String subject, List<String> from, List<String> to,
      List<String> cc, List<Appearance> appearances) {

    /** The message {@code id} printed as {@code printings}, in appearance order. */
    static Draft of(String id, List<PrintedMessage> printings) {
      List<String> from = new ArrayList<>(2);
      List<String> to = new ArrayList<>();
      List<String> cc = new ArrayList<>();
      List<Appearance> appearances = new ArrayList<>(printings.size());
      for (PrintedMessage p : printings) {
        if (p.from() != null) {
          PrintedMessage.aliases(List.of(p.from()), from);
        }
        PrintedMessage.aliases(p.to(), to);
        PrintedMessage.aliases(p.cc(), cc);
        appearances.add(p.appearance());
      }
      PrintedMessage first = printings.get(0);
      return new Draft(id, first.sent(), first.minutes(), mostPrinted(printings), distinct(from), distinct(to),
          distinct(cc), appearances);
    }

    /** Writes it as a record of a {@link SpillFile}, as {@link #read} reads it back. */
    void write(MappedFile.Writer out) throws IOException {
      out.writeString(id);
      SpillFile.writeSent(out, sent);
      out.writeString(subject);
      out.writeStrings(from);
      out.writeStrings(to);
      out.writeStrings(cc);
      MessageTable.writeAppearances(out, appearances);
    }

    static Draft read(MappedFile.Cursor c) {
      String id = c.readString();
      SentTime sent = SpillFile.readSent(c);
      String subject = c.readString();
      List<String> from = c.readStrings();
      List<String> to = c.readStrings();
      List<String> cc = c.readStrings();
      return new Draft(id, sent, sent == null ? null : sent.epochMinutes(), subject, from, to, cc,
          MessageTable.readAppearances(c));
    }
  }

  /**
   * What {@link ThreadFinder} found, but what each message prints: 28 bytes a message, and 8 a link.
   *
   * @param ids each message's id as a number ({@link #idNumber}), by the order the messages were found
   * @param minutes each message's first printing's time in minutes since the epoch, {@link Long#MAX_VALUE} when undated
   * @param parents each link of a message to its parent, {@code child << 32 | parent}, sorted, each once
   * @param threads which messages are one thread
   */
  record Found(long[] ids, long[] minutes, long[] parents, UnionFind threads) {
    int threadCount() {
      int n = 0;
      for (int m = 0; m < ids.length; m++) {
        n += threads.find(m) == m ? 1 : 0;
      }
      return n;
    }
  }

  /** A message id as the number of its digits ({@link StableId#number}), in the ids' order. */
  static long idNumber(String id) {
    long n = StableId.number("m", id);
    if (n < 0) {
      throw new IllegalArgumentException("not a message id: " + id);
    }
    return n;
  }

  private static String messageId(long number) {
    return StableId.ofNumber("m", number);
  }

  /** The messages found, held on the heap; each draft is let go as its message is made. */
  static Correspondence of(Found found, List<Draft> drafts) {
    return new Correspondence(new ArrayList<>(messages(found, m -> drafts.set(m, null))));
  }

  /** Writes the messages found to {@code file} as {@link #write} does, one at a time, never all held. */
  static void write(Path file, Found found, IntFunction<Draft> drafts) throws IOException {
    MessagesFile.write(file, entries(messages(found, drafts)));
  }

  /**
   * The messages found, in id order, each made from its draft when it is read. A thread's id is a
   * hash of its first message's id: the earliest sent (undated last), then the least id.
   */
  private static List<ThreadMessage> messages(Found found, IntFunction<Draft> drafts) {
    long[] ids = found.ids();
    long[] minutes = found.minutes();
    int n = ids.length;
    int[] firstOfThread = new int[n]; // by the thread's least message, its root in threads
    Arrays.fill(firstOfThread, -1);
    for (int m = 0; m < n; m++) {
      int root = found.threads().find(m);
      int first = firstOfThread[root];
      if (first < 0 || minutes[m] < minutes[first] || minutes[m] == minutes[first] && ids[m] < ids[first]) {
        firstOfThread[root] = m;
      }
    }
    int[] byId = Longs.order(n, (a, b) -> Long.compare(ids[a], ids[b]));
    long[] parents = found.parents();
    return new AbstractList<>() {
      @Override
      public ThreadMessage get(int k) {
        int m = byId[k];
        Draft d = drafts.apply(m);
        int from = lowerBound(parents, (long) m << 32);
        int to = lowerBound(parents, (long) (m + 1) << 32);
        long[] parentIds = new long[to - from];
        for (int i = from; i < to; i++) {
          parentIds[i - from] = ids[(int) parents[i]];
        }
        Arrays.sort(parentIds);
        List<String> parentList = new ArrayList<>(parentIds.length);
        for (long p : parentIds) {
          parentList.add(messageId(p));
        }
        String threadId = StableId.of("t", messageId(ids[firstOfThread[found.threads().find(m)]]));
        return new ThreadMessage(d.id(), threadId, d.sent(), d.subject(), d.from(), d.to(), d.cc(), d.appearances(),
            parentList);
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /** The first index of {@code sorted} whose value is not below {@code key}. */
  private static int lowerBound(long[] sorted, long key) {
    int i = Arrays.binarySearch(sorted, key);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == key) {
      i--;
    }
    return i;
  }

  /**
   * The threads of these messages (sorted by id), by id: each thread's messages in time order
   * (undated last), then by id.
   */
  private static List<MessageThread> threadsOf(List<ThreadMessage> messages) {
    long[] minutes = new long[messages.size()];
    Map<String, List<Integer>> byThread = new HashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      ThreadMessage m = messages.get(i);
      minutes[i] = m.sent() == null ? Long.MAX_VALUE : m.sent().epochMinutes();
      byThread.computeIfAbsent(m.threadId(), k -> new ArrayList<>(2)).add(i);
    }
    List<String> threadIds = new ArrayList<>(byThread.keySet());
    threadIds.sort(null);
    List<MessageThread> out = new ArrayList<>(threadIds.size());
    for (String id : threadIds) {
      List<Integer> ms = byThread.get(id);
      ms.sort(Comparator.<Integer>comparingLong(i -> minutes[i]).thenComparing(i -> messages.get(i).id()));
      TreeSet<String> documents = new TreeSet<>();
      List<String> ids = new ArrayList<>(ms.size());
      for (int i : ms) {
        ThreadMessage m = messages.get(i);
        ids.add(m.id());
        m.appearances().forEach(a -> documents.add(a.document()));
      }
      out.add(new MessageThread(id, messages.get(ms.get(0)).subject(), ids, new ArrayList<>(documents)));
    }
    return List.copyOf(out);
  }

  /** A hash map's initial capacity for {@code n} entries, so that it is never resized. */
  private static int capacity(int n) {
    return (int) Math.min(Integer.MAX_VALUE, n * 4L / 3 + 1);
  }

  /** The subject most printings print; of those printed as often, the least. */
  private static String mostPrinted(List<PrintedMessage> printings) {
    if (printings.size() == 1) {
      return printings.get(0).subject();
    }
    Map<String, Integer> subjects = new TreeMap<>();
    for (PrintedMessage p : printings) {
      if (p.subject() != null) {
        subjects.merge(p.subject(), 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : subjects.entrySet()) {
      if (best == null || e.getValue() > subjects.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** The values in the order first met, each once: a message's few aliases, compared one by one. */
  private static List<String> distinct(List<String> xs) {
    if (xs.size() > 16) {
      return new ArrayList<>(new LinkedHashSet<>(xs));
    }
    List<String> out = new ArrayList<>(xs.size());
    for (String x : xs) {
      if (!out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  /** Every message, by id. */
  public List<ThreadMessage> messages() {
    return store.messages();
  }

  /** Every thread, by id. */
  public List<MessageThread> threads() {
    return store.threads();
  }

  public Optional<ThreadMessage> message(String id) {
    return store.message(id);
  }

  /** The message printed at {@code position} of document {@code documentKey} (0: the top message). */
  public Optional<ThreadMessage> messageAt(String documentKey, int position) {
    return store.messageAt(documentKey, position);
  }

  /** The id of the message printed at {@code position} of document {@code documentKey}, or null. */
  public String messageIdAt(String documentKey, int position) {
    return store.messageIdAt(documentKey, position);
  }

  public Optional<MessageThread> thread(String id) {
    return store.thread(id);
  }

  /** How many documents print the message {@code id}; 0 when there is no such message. */
  public int documentsOf(String id) {
    return store.documentsOf(id);
  }

  /** How many printings the messages have, all together. */
  public long appearances() {
    return store.appearances();
  }

  /** No message at all. */
  public static Correspondence none() {
    return new Correspondence(List.of());
  }

  /**
   * The correspondence kept in {@code file} ({@link MessagesFile}), read in place from a table
   * ({@link MessageTable}): the first of {@code tables} made from this state of {@code file}, else
   * the first that can be made (as the messages are read one at a time, {@link MessageTable#make},
   * or from the whole file when it is not in id order); the next place is tried when one cannot be
   * written (a folder read only). When none can be, the messages are held on the heap as {@link
   * #read} reads them. None when there is no {@code file}.
   */
  public static Correspondence open(Path file, Path... tables) throws IOException {
    BasicFileAttributes source;
    try {
      source = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return none();
    }
    long size = source.size();
    long modified = source.lastModifiedTime().toMillis();
    Correspondence found = TablePlaces.firstOpened(tables, table -> {
      MessageTable t = MessageTable.open(table);
      return t.madeFrom(size, modified) ? new Correspondence(new InTable(t)) : null;
    });
    if (found != null) {
      return found;
    }
    List<Correspondence> held = new ArrayList<>(1); // read whole once, when the file is not in id order
    found = TablePlaces.firstMade(tables, table -> {
      if (held.isEmpty()) {
        if (MessageTable.make(table, file)) {
          return new Correspondence(new InTable(MessageTable.open(table)));
        }
        held.add(read(file));
      }
      MessageTable.write(table, held.get(0).messages(), held.get(0).threads(), size, modified);
      return new Correspondence(new InTable(MessageTable.open(table)));
    });
    if (found != null) {
      return found;
    }
    LOG.warn("cannot write the table of {} in {}: the messages are held in memory instead", file,
        Arrays.toString(tables));
    return held.isEmpty() ? read(file) : held.get(0);
  }

  /** The correspondence kept in {@code file} ({@link MessagesFile}); none when there is no such file. */
  public static Correspondence read(Path file) throws IOException {
    // one string for each distinct value: an alias, a document's key, a thread's or a parent's id
    // recur across messages, and a server holds them all for as long as it runs
    Map<String, String> pool = new HashMap<>();
    UnaryOperator<String> one = v -> pool.computeIfAbsent(v, k -> k);
    List<ThreadMessage> messages = new ArrayList<>();
    MessagesFile.each(file, e -> messages.add(message(e, one)));
    messages.sort(Comparator.comparing(ThreadMessage::id)); // as written, unless written by hand
    return new Correspondence(messages);
  }

  /** A message as {@code messages.json} keeps it, each string given as {@code one} gives it (pooled, or as read). */
  static ThreadMessage message(MessagesFile.Entry e, UnaryOperator<String> one) {
    List<Appearance> appearances = new ArrayList<>(e.appearances() == null ? 0 : e.appearances().size());
    if (e.appearances() != null) {
      e.appearances().forEach(a -> appearances.add(new Appearance(one(one, a.document()), a.position(), a.page())));
    }
    return new ThreadMessage(one(one, e.id()), one(one, e.thread()), SentTime.parseOrNull(e.sent()),
        one(one, e.subject()), pooled(one, e.from()), pooled(one, e.to()), pooled(one, e.cc()), appearances,
        pooled(one, e.parents()));
  }

  private static String one(UnaryOperator<String> one, String s) {
    return s == null ? null : one.apply(s);
  }

  private static List<String> pooled(UnaryOperator<String> one, List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(one(one, v)));
    return out;
  }

  /** Keeps the messages in {@code file} ({@link MessagesFile}), by id. */
  public void write(Path file) throws IOException {
    MessagesFile.write(file, entries(messages()));
  }

  /** The messages as the file keeps them, each made when it is read. */
  private static List<MessagesFile.Entry> entries(List<ThreadMessage> messages) {
    return new AbstractList<>() {
      @Override
      public MessagesFile.Entry get(int i) {
        ThreadMessage m = messages.get(i);
        List<MessagesFile.AppearanceEntry> appearances = new ArrayList<>(m.appearances().size());
        m.appearances().forEach(a -> appearances.add(new MessagesFile.AppearanceEntry(a.document(), a.position(),
            a.page())));
        return new MessagesFile.Entry(m.id(), m.threadId(), m.sent() == null ? null : m.sent().toString(), m.subject(),
            m.from(), m.to(), m.cc(), appearances, m.parents());
      }

      @Override
      public int size() {
        return messages.size();
      }
    };
  }

}
