package org.readingroom.threads;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.TreeSet;
import org.readingroom.archive.AtomicFile;
import org.readingroom.archive.DamagedFileException;
import org.readingroom.archive.MappedFile;
import org.readingroom.archive.StableId;
import org.readingroom.archive.MessagesFile;
import org.readingroom.record.SentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code messages.table}: the messages and threads of {@code messages.json} in a form read in place
 * ({@link MappedFile}), so that a server answers a message, the message printed at a place, or a
 * thread by reading a few pages of it, and holds none of it on its heap. Written beside {@code
 * messages.json} by the analysis, and made from it again when it is missing or was made from
 * another {@code messages.json} (a copy pulled from a cluster, an archive analysed before the
 * table existed): it records the size and time of the file it was made from.
 *
 * <p>The file: a header; each message (in id order) and each thread (in id order) as a record; the
 * position of each message record, then of each thread record; the places where messages are
 * printed, as a hash of document and position with the message's number, sorted by hash; a footer
 * that says where each part starts.
 */
public final class MessageTable {

  private static final Logger LOG = LoggerFactory.getLogger(MessageTable.class);

  private static final int MAGIC = 0x52524d54; // "RRMT"
  private static final int VERSION = 1;
  private static final int HEADER = 8;
  private static final int FOOTER = 9 * 8 + 8;
  private static final int PLACE = 12;

  private final MappedFile file;
  private final long sourceSize;
  private final long sourceModified;
  private final int messages;
  private final int threads;
  private final int places;
  private final long appearances;
  private final long messagesAt;
  private final long threadsAt;
  private final long placesAt;

  private MessageTable(MappedFile file) throws DamagedFileException {
    this.file = file;
    long size = file.size();
    if (size < HEADER + FOOTER || file.getInt(0) != MAGIC || file.getInt(4) != VERSION
        || file.getInt(size - 8) != MAGIC || file.getInt(size - 4) != VERSION) {
      throw new DamagedFileException(file.path(), "not a message table of this version", null);
    }
    MappedFile.Cursor c = file.at(size - FOOTER);
    sourceSize = c.readLong();
    sourceModified = c.readLong();
    long m = c.readLong();
    long t = c.readLong();
    long p = c.readLong();
    appearances = c.readLong();
    messagesAt = c.readLong();
    threadsAt = c.readLong();
    placesAt = c.readLong();
    if (m < 0 || t < 0 || p < 0 || m > Integer.MAX_VALUE || t > Integer.MAX_VALUE || p > Integer.MAX_VALUE
        || messagesAt < HEADER || threadsAt != messagesAt + 8 * m || placesAt != threadsAt + 8 * t
        || placesAt + PLACE * p != size - FOOTER) {
      throw new DamagedFileException(file.path(), "its parts do not add up to its size", null);
    }
    messages = (int) m;
    threads = (int) t;
    places = (int) p;
  }

  /** The table in {@code path}; a {@link DamagedFileException} when it is not one. */
  public static MessageTable open(Path path) throws IOException {
    return new MessageTable(MappedFile.open(path));
  }

  /** Whether this was made from a file of this size and modification time (in milliseconds). */
  public boolean madeFrom(long size, long modified) {
    return sourceSize == size && sourceModified == modified;
  }

  public int messageCount() {
    return messages;
  }

  public int threadCount() {
    return threads;
  }

  /** How many printings the messages have, all together. */
  public long appearances() {
    return appearances;
  }

  /** The message at {@code ordinal} of the id order. */
  public ThreadMessage message(int ordinal) {
    return readMessage(file.at(file.getLong(messagesAt + 8L * ordinal)));
  }

  public MessageThread thread(int ordinal) {
    return readThread(file.at(file.getLong(threadsAt + 8L * ordinal)));
  }

  public Optional<ThreadMessage> message(String id) {
    int at = find(messagesAt, messages, id);
    return at < 0 ? Optional.empty() : Optional.of(message(at));
  }

  public Optional<MessageThread> thread(String id) {
    int at = find(threadsAt, threads, id);
    return at < 0 ? Optional.empty() : Optional.of(thread(at));
  }

  /** The message printed at {@code position} of document {@code documentKey}. */
  public Optional<ThreadMessage> messageAt(String documentKey, int position) {
    int ordinal = ordinalAt(documentKey, position);
    return ordinal < 0 ? Optional.empty() : Optional.of(message(ordinal));
  }

  /**
   * The id of the message printed at {@code position} of document {@code documentKey}, or null:
   * what a search asks of each printing, read without the rest of the message.
   */
  public String messageIdAt(String documentKey, int position) {
    int ordinal = ordinalAt(documentKey, position);
    return ordinal < 0 ? null : file.at(file.getLong(messagesAt + 8L * ordinal)).readString();
  }

  private int ordinalAt(String documentKey, int position) {
    long hash = placeHash(documentKey, position);
    int lo = 0;
    int hi = places - 1;
    while (lo <= hi) { // the first place of this hash
      int mid = (lo + hi) >>> 1;
      if (file.getLong(placesAt + (long) PLACE * mid) < hash) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    byte[] key = documentKey.getBytes(StandardCharsets.UTF_8);
    for (int i = lo; i < places && file.getLong(placesAt + (long) PLACE * i) == hash; i++) {
      int ordinal = file.getInt(placesAt + (long) PLACE * i + 8);
      if (printsAt(file.at(file.getLong(messagesAt + 8L * ordinal)), key, position)) {
        return ordinal;
      }
    }
    return -1;
  }

  /**
   * How many documents print the message {@code id} (0 when there is no such message): what a
   * search asks of each message it shows, read without the rest of the message.
   */
  public int documentsOf(String id) {
    int at = find(messagesAt, messages, id);
    if (at < 0) {
      return 0;
    }
    MappedFile.Cursor c = file.at(file.getLong(messagesAt + 8L * at));
    int n = toAppearances(c);
    if (n == 1) {
      return 1;
    }
    java.util.Set<String> documents = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      documents.add(c.readString());
      c.readInt();
      c.readInt();
    }
    return documents.size();
  }

  /** Moves {@code c} from the start of a message record to its first appearance; their number. */
  private static int toAppearances(MappedFile.Cursor c) {
    c.skipString(); // id
    c.skipString(); // thread
    if (c.readInt() != 0) { // sent
      c.readLong();
      c.readInt();
    }
    c.skipString(); // subject
    for (int i = 0; i < 3; i++) { // from, to, cc
      int n = c.readInt();
      for (int j = 0; j < n; j++) {
        c.skipString();
      }
    }
    return c.readInt();
  }

  /** Whether the message record at {@code c} has an appearance at this document and position. */
  private boolean printsAt(MappedFile.Cursor c, byte[] document, int position) {
    int n = toAppearances(c);
    for (int i = 0; i < n; i++) {
      boolean same = c.stringEquals(document);
      if (c.readInt() == position && same) {
        return true;
      }
      c.readInt();
    }
    return false;
  }

  /** Every message, in id order, read as asked for. */
  public List<ThreadMessage> messages() {
    return new Records<>(messages, this::message);
  }

  /** Every thread, in id order, read as asked for. */
  public List<MessageThread> threads() {
    return new Records<>(threads, this::thread);
  }

  /** A list whose elements are read from the file when asked for. */
  private static final class Records<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final java.util.function.IntFunction<T> read;

    Records(int size, java.util.function.IntFunction<T> read) {
      this.size = size;
      this.read = read;
    }

    @Override
    public T get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return read.apply(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The ordinal of the record whose first string is {@code id}, by binary search; -1 when none. */
  private int find(long offsetsAt, int count, String id) {
    int lo = 0;
    int hi = count - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = file.at(file.getLong(offsetsAt + 8L * mid)).compareString(id);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static ThreadMessage readMessage(MappedFile.Cursor c) {
    String id = c.readString();
    String thread = c.readString();
    SentTime sent = readSent(c);
    String subject = c.readString();
    List<String> from = c.readStrings();
    List<String> to = c.readStrings();
    List<String> cc = c.readStrings();
    List<Appearance> appearances = readAppearances(c);
    return new ThreadMessage(id, thread, sent, subject, from, to, cc, appearances,
        c.readStrings());
  }

  /** Where a message is printed, as {@link #writeAppearances} wrote it. */
  static List<Appearance> readAppearances(MappedFile.Cursor c) {
    int n = c.readInt();
    List<Appearance> appearances = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String document = c.readString();
      int position = c.readInt();
      appearances.add(new Appearance(document, position, c.readInt()));
    }
    return appearances;
  }

  static void writeAppearances(MappedFile.Writer w, List<Appearance> appearances) throws IOException {
    w.writeInt(appearances.size());
    for (Appearance a : appearances) {
      w.writeString(a.document());
      w.writeInt(a.position());
      w.writeInt(a.page());
    }
  }

  /** A sent time as a kind (0 none, 1 a day, 2 a day and a minute), its day since the epoch and its minute of the day. */
  private static void writeSent(MappedFile.Writer w, SentTime sent) throws IOException {
    w.writeInt(sent == null ? 0 : sent.hasTime() ? 2 : 1);
    if (sent != null) {
      w.writeLong(sent.date().toEpochDay());
      w.writeInt(sent.hasTime() ? sent.time().getHour() * 60 + sent.time().getMinute() : 0);
    }
  }

  private static SentTime readSent(MappedFile.Cursor c) {
    int kind = c.readInt();
    if (kind == 0) {
      return null;
    }
    LocalDate day = LocalDate.ofEpochDay(c.readLong());
    int minute = c.readInt();
    return new SentTime(day, kind == 2 ? LocalTime.of(minute / 60, minute % 60) : null);
  }

  private static MessageThread readThread(MappedFile.Cursor c) {
    String id = c.readString();
    String subject = c.readString();
    List<String> messageIds = c.readStrings();
    return new MessageThread(id, subject, messageIds, c.readStrings());
  }

  /**
   * Writes the table of {@code messages} and {@code threads} (each in id order) to {@code path},
   * whole or not at all, recording the size and modification time of the file they were read from.
   */
  static void write(Path path, List<ThreadMessage> messages, List<MessageThread> threads, long sourceSize,
      long sourceModified) throws IOException {
    AtomicFile.write(path, out -> {
      MappedFile.Writer w = new MappedFile.Writer(out);
      w.writeInt(MAGIC);
      w.writeInt(VERSION);
      Index index = new Index();
      for (ThreadMessage m : messages) {
        index.message(w.position(), m);
        writeMessage(w, m);
      }
      for (MessageThread t : threads) {
        index.threadAt.add(w.position());
        writeThread(w, t);
      }
      index.write(w, sourceSize, sourceModified);
    });
  }

  /** Thrown inside {@link #make} when {@code messages.json} is not as {@link Correspondence#write} leaves it. */
  private static final class NotAsWritten extends IOException {
    private static final long serialVersionUID = 1L;

    NotAsWritten(String message) {
      super(message);
    }
  }

  /**
   * Makes the table of {@code json} ({@code messages.json}) as its messages are read, one at a time,
   * holding about 32 bytes a message and 24 a printing (where they are, their thread and time, the
   * places), never the messages: each is written as it is read, and the threads are made from the
   * messages written, read back in place. False, and nothing written, when the file is not as
   * {@link Correspondence#write} leaves it (its ids out of order, a thread id of another form): then
   * it is to be read whole.
   */
  static boolean make(Path table, Path json) throws IOException {
    BasicFileAttributes source = Files.readAttributes(json, BasicFileAttributes.class);
    Path dir = table.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path body = Files.createTempFile(dir, table.getFileName().toString(), ".messages");
    try {
      Index index = new Index();
      Longs threadKeys = new Longs();
      Longs minutes = new Longs();
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(body), 1 << 16)) {
        MappedFile.Writer w = new MappedFile.Writer(os);
        w.writeInt(MAGIC);
        w.writeInt(VERSION);
        String[] last = {null};
        MessagesFile.each(json, e -> {
          ThreadMessage m = Correspondence.message(e, s -> s);
          if (m.id() == null || last[0] != null && last[0].compareTo(m.id()) >= 0) {
            throw new NotAsWritten("message " + m.id() + " after " + last[0]);
          }
          last[0] = m.id();
          threadKeys.add(threadKey(m.threadId()));
          minutes.add(m.sent() == null ? Long.MAX_VALUE : m.sent().epochMinutes());
          index.message(w.position(), m);
          writeMessage(w, m);
        });
        w.flush();
      } catch (NotAsWritten e) {
        LOG.info("{} is not in id order ({}): read whole to make its table", json, e.getMessage());
        return false;
      }
      MappedFile written = MappedFile.open(body);
      int n = index.messageAt.size();
      // each thread's messages in time order (undated last), then by id, as Correspondence orders them
      int[] order = Longs.order(n, (a, b) -> {
        int c = Long.compare(threadKeys.get(a), threadKeys.get(b));
        c = c != 0 ? c : Long.compare(minutes.get(a), minutes.get(b));
        return c != 0 ? c : Integer.compare(a, b);
      });
      AtomicFile.write(table, out -> {
        Files.copy(body, out);
        MappedFile.Writer w = new MappedFile.Writer(out, written.size());
        for (int i = 0; i < n; ) {
          int j = i;
          while (j < n && threadKeys.get(order[j]) == threadKeys.get(order[i])) {
            j++;
          }
          List<String> ids = new ArrayList<>(j - i);
          TreeSet<String> documents = new TreeSet<>();
          String threadId = null;
          String subject = null;
          for (int k = i; k < j; k++) {
            ThreadMessage m = readMessage(written.at(index.messageAt.get(order[k])));
            if (k == i) {
              threadId = m.threadId();
              subject = m.subject();
            }
            ids.add(m.id());
            m.appearances().forEach(a -> documents.add(a.document()));
          }
          index.threadAt.add(w.position());
          writeThread(w, new MessageThread(threadId, subject, ids, new ArrayList<>(documents)));
          i = j;
        }
        index.write(w, source.size(), source.lastModifiedTime().toMillis());
      });
      return true;
    } finally {
      Files.deleteIfExists(body);
    }
  }

  /** The number of a thread id ({@code t-} and 12 hex digits, {@link org.readingroom.archive.StableId}), in the ids' order. */
  private static long threadKey(String threadId) throws NotAsWritten {
    long key = StableId.number("t", threadId);
    if (key < 0) {
      throw new NotAsWritten("thread id " + threadId);
    }
    return key;
  }

  /** Where each message and thread record is and where each message is printed, as they are written. */
  private static final class Index {
    final Longs messageAt = new Longs();
    final Longs threadAt = new Longs();
    final Longs placeHashes = new Longs();
    final Longs placeMessages = new Longs();

    void message(long at, ThreadMessage m) {
      int ordinal = messageAt.size();
      messageAt.add(at);
      for (Appearance a : m.appearances()) {
        placeHashes.add(placeHash(a.document(), a.position()));
        placeMessages.add(ordinal);
      }
    }

    /** The positions of the records, the places by hash, and the footer. */
    void write(MappedFile.Writer w, long sourceSize, long sourceModified) throws IOException {
      long messagesStart = w.position();
      for (int i = 0; i < messageAt.size(); i++) {
        w.writeLong(messageAt.get(i));
      }
      long threadsStart = w.position();
      for (int i = 0; i < threadAt.size(); i++) {
        w.writeLong(threadAt.get(i));
      }
      long placesStart = w.position();
      int places = placeHashes.size();
      int[] order = Longs.order(places, (a, b) -> {
        int c = Long.compare(placeHashes.get(a), placeHashes.get(b));
        return c != 0 ? c : Long.compare(placeMessages.get(a), placeMessages.get(b));
      });
      for (int i : order) {
        w.writeLong(placeHashes.get(i));
        w.writeInt((int) placeMessages.get(i));
      }
      w.writeLong(sourceSize);
      w.writeLong(sourceModified);
      w.writeLong(messageAt.size());
      w.writeLong(threadAt.size());
      w.writeLong(places);
      w.writeLong(places);
      w.writeLong(messagesStart);
      w.writeLong(threadsStart);
      w.writeLong(placesStart);
      w.writeInt(MAGIC);
      w.writeInt(VERSION);
      w.flush();
    }
  }

  private static void writeMessage(MappedFile.Writer w, ThreadMessage m) throws IOException {
    w.writeString(m.id());
    w.writeString(m.threadId());
    writeSent(w, m.sent());
    w.writeString(m.subject());
    w.writeStrings(m.from());
    w.writeStrings(m.to());
    w.writeStrings(m.cc());
    writeAppearances(w, m.appearances());
    w.writeStrings(m.parents());
  }

  private static void writeThread(MappedFile.Writer w, MessageThread t) throws IOException {
    w.writeString(t.id());
    w.writeString(t.subject());
    w.writeStrings(t.messageIds());
    w.writeStrings(t.documents());
  }

  /** FNV-1a over the document's key and the position: where a printing is, in 64 bits. */
  static long placeHash(String document, int position) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < document.length(); i++) {
      h = (h ^ document.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ '/') * 0x100000001b3L;
    for (int s = 0; s < 32; s += 8) {
      h = (h ^ (position >>> s & 0xFF)) * 0x100000001b3L;
    }
    return h;
  }
}
