package org.readingroom.threads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.readingroom.text.EditDistance;
import org.readingroom.text.OcrFolding;
import org.readingroom.text.UnionFind;

/**
 * Splits the printings sent in one minute into messages. Printings with the same sender (person,
 * or printed a letter or two apart) and subject (without {@code Re:}/{@code Fw:}) whose bodies open alike and whose recipients are
 * not two different sets of persons are one message; a printing with an empty body (nothing typed
 * above a forward, or withheld) joins the one message it can be, else stands alone. A copy whose
 * sender or subject OCR damaged ({@code Hartley} for {@code Hanley}, {@code PDS} or {@code P08} for
 * {@code PDB}) is the same message when its body is long enough to tell ({@link #TELLING} shingles)
 * and opens alike, and the sender is the same person or printed a letter or two apart.
 */
final class SameMessage {

  /** Shingles a body needs before it alone tells two messages apart, whatever the subject. */
  static final int TELLING = 5;
  /** Letters of a sender's printed name compared when OCR damaged it. */
  private static final int SENDER_LETTERS = 12;

  private final List<PrintedMessage> printings;
  private final Function<String, String> personOf;
  private final String[] senders;
  private final String[] subjects;
  /** Each printing's recipients as persons, read when first needed. */
  private final List<Set<String>> recipients = new ArrayList<>();
  private final UnionFind messages;

  /** @param printings in appearance order, sent in one minute (or, without a time, with one sender, date and subject) */
  SameMessage(List<PrintedMessage> printings, Function<String, String> personOf) {
    this.printings = printings;
    this.personOf = personOf;
    int n = printings.size();
    messages = new UnionFind(n);
    senders = new String[n];
    subjects = new String[n];
    for (int i = 0; i < n; i++) {
      recipients.add(null);
      senders[i] = ThreadFinder.senderKey(printings.get(i), personOf);
      subjects[i] = printings.get(i).subjectKey();
    }
  }

  /** The messages, each a list of printings in appearance order, by their first printing. */
  List<List<PrintedMessage>> messages() {
    int n = printings.size();
    if (n > 1) {
      for (int i = 0; i < n; i++) {
        BodySketch a = printings.get(i).body();
        for (int j = i + 1; j < n && !a.isEmpty(); j++) {
          BodySketch b = printings.get(j).body();
          if (!b.isEmpty() && messages.find(i) != messages.find(j) && headersAgree(i, j, a, b) && a.sameAs(b)
              && mayShareRecipients(i, j)) {
            messages.union(i, j);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (printings.get(i).body().isEmpty()) {
          joinTheOnlyCandidate(i);
        }
      }
    }
    Map<Integer, List<PrintedMessage>> byRoot = new HashMap<>();
    List<List<PrintedMessage>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<PrintedMessage> m = byRoot.get(messages.find(i));
      if (m == null) {
        m = new ArrayList<>();
        byRoot.put(messages.find(i), m);
        out.add(m);
      }
      m.add(printings.get(i));
    }
    return out;
  }

  /** The same sender and subject; or, for bodies that tell, a sender and a subject OCR could have printed both ways. */
  private boolean headersAgree(int i, int j, BodySketch a, BodySketch b) {
    boolean sameSender = senders[i].equals(senders[j]);
    boolean sameSubject = subjects[i].equals(subjects[j]);
    if (sameSubject && (sameSender || sendersAlike(i, j))) {
      return true;
    }
    if (a.shingles() < TELLING || b.shingles() < TELLING) {
      return false;
    }
    return sameSender || sendersAlike(i, j) && (sameSubject || Conversation.subjectsAgree(subjects[i], subjects[j]));
  }

  /**
   * Whether two printings whose bodies cannot tell (and are printed over one message) are one email:
   * the same sender and subject, bodies alike (both empty, or the same few words), recipients not two sets.
   */
  static boolean overOneMessage(PrintedMessage a, PrintedMessage b, Function<String, String> personOf) {
    SameMessage pair = new SameMessage(List.of(a, b), personOf);
    return pair.senders[0].equals(pair.senders[1]) && pair.subjects[0].equals(pair.subjects[1])
        && a.body().sameAs(b.body()) && pair.mayShareRecipients(0, 1);
  }

  /**
   * Whether two printings a minute apart are one email: bodies that tell and open alike, the same
   * sender (or one a letter or two apart, under a subject that agrees), recipients not two sets.
   */
  static boolean acrossTheMinute(PrintedMessage a, PrintedMessage b, Function<String, String> personOf) {
    if (a.body().shingles() < TELLING || b.body().shingles() < TELLING) {
      return false;
    }
    SameMessage pair = new SameMessage(List.of(a, b), personOf);
    return pair.headersAgree(0, 1, a.body(), b.body()) && a.body().sameAs(b.body()) && pair.mayShareRecipients(0, 1);
  }

  /**
   * Whether a printing without a time and one with a time on its day may be one email: the same
   * subject, the same sender or one a letter or two apart, bodies alike (both empty counts: a forward
   * with nothing typed above it), recipients not two sets.
   */
  static boolean sameDay(PrintedMessage a, PrintedMessage b, Function<String, String> personOf) {
    SameMessage pair = new SameMessage(List.of(a, b), personOf);
    if (!pair.subjects[0].equals(pair.subjects[1]) || pair.subjects[0].isEmpty()) {
      return false;
    }
    if (!pair.senders[0].equals(pair.senders[1]) && (a.senderAlias() == null || b.senderAlias() == null
        || !pair.sendersAlike(0, 1))) {
      return false;
    }
    boolean bodies = a.body().isEmpty() && b.body().isEmpty() || !a.body().isEmpty() && a.body().sameAs(b.body());
    return bodies && pair.mayShareRecipients(0, 1);
  }

  /**
   * One sender unread, or both printed a letter or two apart ({@code Hartley} and {@code Hanley}),
   * compared on the first letters of how each is printed, where OCR's debris after a name ({@code
   * Imailto:HankyMR@state.govl}) does not reach.
   */
  private boolean sendersAlike(int i, int j) {
    String a = printings.get(i).senderAlias();
    String b = printings.get(j).senderAlias();
    if (a == null || b == null) {
      return true;
    }
    String fa = letters(printings.get(i), SENDER_LETTERS);
    String fb = letters(printings.get(j), SENDER_LETTERS + 2);
    if (Math.min(fa.length(), fb.length()) < 4) {
      return false;
    }
    for (int k = Math.max(1, fa.length() - 2); k <= fb.length(); k++) { // a letter lost or gained moves the cut
      if (EditDistance.atMost(fa, fb.substring(0, k), 2) <= 2) {
        return true;
      }
    }
    return false;
  }

  /** The first {@code most} letters of the sender's printed name (else address), folded. */
  private static String letters(PrintedMessage p, int most) {
    String label = p.from().label();
    StringBuilder b = new StringBuilder(most);
    String folded = OcrFolding.fold(label);
    for (int k = 0; k < folded.length() && b.length() < most; k++) {
      if (Character.isLetter(folded.charAt(k))) {
        b.append(folded.charAt(k));
      }
    }
    return b.toString();
  }

  /** An empty-bodied printing joins the one message (with a body, or else with none) it can be. */
  private void joinTheOnlyCandidate(int i) {
    Integer withBody = null;
    boolean ambiguous = false;
    Integer empty = null;
    for (int j = 0; j < printings.size(); j++) {
      if (j == i || !senders[i].equals(senders[j]) || !subjects[i].equals(subjects[j]) || !mayShareRecipients(i, j)) {
        continue;
      }
      int r = messages.find(j);
      if (!printings.get(j).body().isEmpty()) {
        if (withBody != null && withBody != r) {
          ambiguous = true;
        }
        withBody = r;
      } else if (empty == null) {
        empty = r;
      }
    }
    if (withBody != null && !ambiguous) {
      messages.union(i, withBody);
    } else if (withBody == null && empty != null) {
      messages.union(i, empty);
    }
  }

  /** Two printings of one message name the same recipients: different, non-empty sets of persons say two messages. */
  private boolean mayShareRecipients(int i, int j) {
    Set<String> a = recipients(i);
    Set<String> b = recipients(j);
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> recipients(int i) {
    Set<String> r = recipients.get(i);
    if (r == null) {
      r = ThreadFinder.recipients(printings.get(i), personOf);
      recipients.set(i, r);
    }
    return r;
  }
}
