package org.readingroom.threads;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.readingroom.archive.MessagesFile;
import org.readingroom.archive.StableId;
import org.readingroom.record.SentTime;
import org.readingroom.text.UnionFind;

/**
 * The messages of an archive and their threads: a message by id or by where it is printed, a
 * thread by id, the messages of a thread in time order.
 */
public final class Correspondence {

  private final List<ThreadMessage> messages;
  private final Map<String, ThreadMessage> byId = new HashMap<>();
  private final Map<Place, ThreadMessage> byEntry = new HashMap<>();
  private final Map<String, MessageThread> threads = new TreeMap<>();

  /** Where a message is printed: the key of the map by printing (the document's key is the message's own string). */
  private record Place(String document, int position) {}

  /** @param messages sorted by id */
  Correspondence(List<ThreadMessage> messages) {
    this.messages = List.copyOf(messages);
    for (ThreadMessage m : messages) {
      byId.put(m.id(), m);
      for (Appearance a : m.appearances()) {
        byEntry.put(new Place(a.document(), a.position()), m);
      }
    }
    threads(messages).forEach(t -> this.threads.put(t.id(), t));
  }

  /**
   * From what {@link ThreadFinder} found: messages as printings, their ids, the indices of their
   * parents, and which are one thread. A thread's id is a hash of its first message's id: the
   * earliest sent (undated last), then the least id.
   */
  static Correspondence of(List<List<PrintedMessage>> printings, List<String> ids, List<Set<Integer>> parents,
      UnionFind threads) {
    long[] minutes = new long[printings.size()];
    Map<Integer, Integer> firstOfThread = new HashMap<>();
    for (int m = 0; m < printings.size(); m++) {
      Long t = printings.get(m).get(0).minutes();
      minutes[m] = t == null ? Long.MAX_VALUE : t;
    }
    for (int m = 0; m < printings.size(); m++) {
      Integer first = firstOfThread.get(threads.find(m));
      if (first == null || minutes[m] < minutes[first] || minutes[m] == minutes[first]
          && ids.get(m).compareTo(ids.get(first)) < 0) {
        firstOfThread.put(threads.find(m), m);
      }
    }
    List<ThreadMessage> messages = new ArrayList<>();
    for (int m = 0; m < printings.size(); m++) {
      List<PrintedMessage> ps = printings.get(m);
      Set<String> from = new LinkedHashSet<>();
      List<String> to = new ArrayList<>();
      List<String> cc = new ArrayList<>();
      List<Appearance> appearances = new ArrayList<>();
      Map<String, Integer> subjects = new TreeMap<>();
      for (PrintedMessage p : ps) {
        List<String> f = new ArrayList<>();
        PrintedMessage.aliases(p.from() == null ? List.of() : List.of(p.from()), f);
        from.addAll(f);
        PrintedMessage.aliases(p.to(), to);
        PrintedMessage.aliases(p.cc(), cc);
        appearances.add(p.appearance());
        if (p.subject() != null) {
          subjects.merge(p.subject(), 1, Integer::sum);
        }
      }
      List<String> parentIds = new ArrayList<>();
      parents.get(m).forEach(i -> parentIds.add(ids.get(i)));
      parentIds.sort(null);
      String threadId = StableId.of("t", ids.get(firstOfThread.get(threads.find(m))));
      messages.add(new ThreadMessage(ids.get(m), threadId, ps.get(0).sent(), mostPrinted(subjects),
          new ArrayList<>(from), distinct(to), distinct(cc), appearances, parentIds));
    }
    messages.sort(Comparator.comparing(ThreadMessage::id));
    return new Correspondence(messages);
  }

  /** The threads of these messages: each thread's messages in time order (undated last), then by id. */
  private static List<MessageThread> threads(List<ThreadMessage> messages) {
    Map<String, Long> minutes = new HashMap<>();
    Map<String, List<ThreadMessage>> byThread = new TreeMap<>();
    for (ThreadMessage m : messages) {
      Long t = m.sent() == null ? null : m.sent().epochMinutes();
      minutes.put(m.id(), t == null ? Long.MAX_VALUE : t);
      byThread.computeIfAbsent(m.threadId(), t2 -> new ArrayList<>()).add(m);
    }
    List<MessageThread> out = new ArrayList<>();
    byThread.forEach((id, ms) -> {
      ms.sort(Comparator.<ThreadMessage>comparingLong(m -> minutes.get(m.id())).thenComparing(ThreadMessage::id));
      TreeSet<String> documents = new TreeSet<>();
      List<String> ids = new ArrayList<>();
      for (ThreadMessage m : ms) {
        ids.add(m.id());
        m.appearances().forEach(a -> documents.add(a.document()));
      }
      out.add(new MessageThread(id, ms.get(0).subject(), ids, new ArrayList<>(documents)));
    });
    return out;
  }

  private static String mostPrinted(Map<String, Integer> subjects) {
    String best = null;
    for (Map.Entry<String, Integer> e : subjects.entrySet()) {
      if (best == null || e.getValue() > subjects.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static List<String> distinct(List<String> xs) {
    return new ArrayList<>(new LinkedHashSet<>(xs));
  }

  /** Every message, by id. */
  public List<ThreadMessage> messages() {
    return messages;
  }

  /** Every thread, by id. */
  public List<MessageThread> threads() {
    return List.copyOf(threads.values());
  }

  public Optional<ThreadMessage> message(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The message printed at {@code position} of document {@code documentKey} (0: the top message). */
  public Optional<ThreadMessage> messageAt(String documentKey, int position) {
    return Optional.ofNullable(byEntry.get(new Place(documentKey, position)));
  }

  public Optional<MessageThread> thread(String id) {
    return Optional.ofNullable(threads.get(id));
  }

  /** How many printings the messages have, all together. */
  public long appearances() {
    long n = 0;
    for (ThreadMessage m : messages) {
      n += m.appearances().size();
    }
    return n;
  }

  /** No message at all. */
  public static Correspondence none() {
    return new Correspondence(List.of());
  }

  /** The correspondence kept in {@code file} ({@link MessagesFile}); none when there is no such file. */
  public static Correspondence read(Path file) throws IOException {
    // one string for each distinct value: an alias, a document's key, a thread's or a parent's id
    // recur across messages, and a server holds them all for as long as it runs
    Map<String, String> pool = new HashMap<>();
    List<ThreadMessage> messages = new ArrayList<>();
    for (MessagesFile.Entry e : MessagesFile.read(file)) {
      List<Appearance> appearances = new ArrayList<>(e.appearances().size());
      e.appearances().forEach(a -> appearances.add(new Appearance(one(pool, a.document()), a.position(), a.page())));
      messages.add(new ThreadMessage(one(pool, e.id()), one(pool, e.thread()), SentTime.parseOrNull(e.sent()),
          one(pool, e.subject()), pooled(pool, e.from()), pooled(pool, e.to()), pooled(pool, e.cc()), appearances,
          pooled(pool, e.parents())));
    }
    return new Correspondence(messages);
  }

  private static String one(Map<String, String> pool, String s) {
    return s == null ? null : pool.computeIfAbsent(s, k -> k);
  }

  private static List<String> pooled(Map<String, String> pool, List<String> values) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(one(pool, v)));
    return out;
  }

  /** Keeps the messages in {@code file} ({@link MessagesFile}), by id. */
  public void write(Path file) throws IOException {
    List<MessagesFile.Entry> entries = new ArrayList<>(messages.size());
    for (ThreadMessage m : messages) {
      List<MessagesFile.AppearanceEntry> appearances = new ArrayList<>(m.appearances().size());
      m.appearances().forEach(a -> appearances.add(new MessagesFile.AppearanceEntry(a.document(), a.position(),
          a.page())));
      entries.add(new MessagesFile.Entry(m.id(), m.threadId(), m.sent() == null ? null : m.sent().toString(), m.subject(), m.from(), m.to(), m.cc(),
          appearances, m.parents()));
    }
    MessagesFile.write(file, entries);
  }
}
