package org.readingroom.threads;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.readingroom.archive.StableId;
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
 * Feed it documents ({@link #add}, from several threads at once if need be), then {@link #find}.
 */
public final class ThreadFinder {

  private static final long DAY_MINUTES = 1440;

  private final List<PrintedMessage> printed = new ArrayList<>();

  /** Reads the messages of a release stored under {@code documentKey}. */
  public void add(String documentKey, ReleaseRecord record) {
    List<PrintedMessage> mine = new ArrayList<>(record.messages().size());
    for (int i = 0; i < record.messages().size(); i++) {
      mine.add(PrintedMessage.of(documentKey, record, i));
    }
    synchronized (this) {
      printed.addAll(mine);
    }
  }

  /**
   * The messages and threads.
   *
   * @param personOf the person id of a printed name or address (null when unknown): the same
   *     sender however printed
   */
  public synchronized Correspondence find(Function<String, String> personOf) {
    printed.sort(Comparator.comparing(PrintedMessage::appearance));
    Map<String, List<PrintedMessage>> candidates = new TreeMap<>();
    for (PrintedMessage p : printed) {
      candidates.computeIfAbsent(senderKey(p, personOf) + "|" + p.sent() + "|" + SubjectKey.of(p.subject()),
          k -> new ArrayList<>()).add(p);
    }
    List<List<PrintedMessage>> messages = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, List<PrintedMessage>> e : candidates.entrySet()) {
      List<List<PrintedMessage>> split = new SameMessage(e.getValue(), personOf).messages();
      Set<String> taken = new HashSet<>();
      for (List<PrintedMessage> m : split) {
        String identity = e.getKey();
        if (split.size() > 1) {
          identity += "|" + String.join(" ", opening(m.get(0))) + "|" + recipients(m.get(0), personOf);
          String base = identity;
          for (int k = 2; !taken.add(identity); k++) {
            identity = base + "#" + k;
          }
        }
        messages.add(m);
        ids.add(StableId.of("m", identity));
      }
    }
    return link(messages, ids);
  }

  private static String senderKey(PrintedMessage p, Function<String, String> personOf) {
    String alias = p.senderAlias();
    if (alias == null) {
      return "";
    }
    String person = personOf.apply(alias);
    return person != null ? person : "alias:" + alias;
  }

  private static List<String> opening(PrintedMessage p) {
    List<String> words = p.body().words();
    return words.subList(0, Math.min(8, words.size()));
  }

  static Set<String> recipients(PrintedMessage p, Function<String, String> personOf) {
    Set<String> out = new TreeSet<>();
    for (String alias : p.recipientAliases()) {
      String person = personOf.apply(alias);
      out.add(person != null ? person : "alias:" + alias);
    }
    return out;
  }

  /** A position in a document's chain. */
  private record Place(String document, int position) {}

  /** Threads: chains' parent links across documents, as connected messages. */
  private Correspondence link(List<List<PrintedMessage>> messages, List<String> ids) {
    Map<Place, Integer> messageAt = new HashMap<>();
    for (int m = 0; m < messages.size(); m++) {
      for (PrintedMessage p : messages.get(m)) {
        messageAt.put(new Place(p.appearance().document(), p.appearance().position()), m);
      }
    }
    UnionFind threads = new UnionFind(messages.size());
    List<Set<Integer>> parents = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      parents.add(new TreeSet<>());
    }
    for (PrintedMessage p : printed) {
      Appearance a = p.appearance();
      Integer parent = messageAt.get(new Place(a.document(), a.position() + 1));
      int child = messageAt.get(new Place(a.document(), a.position()));
      if (parent != null && parent != child && !later(messages.get(parent).get(0), p)) {
        parents.get(child).add(parent);
        threads.union(child, parent);
      }
    }
    return Correspondence.of(messages, ids, parents, threads);
  }

  /** Whether the parent was sent more than a day after its child: then it is no parent. */
  private static boolean later(PrintedMessage parent, PrintedMessage child) {
    Long p = parent.minutes();
    Long c = child.minutes();
    return p != null && c != null && p > c + DAY_MINUTES;
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
