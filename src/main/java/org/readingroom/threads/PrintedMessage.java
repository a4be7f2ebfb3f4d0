package org.readingroom.threads;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.record.Message;
import org.readingroom.record.Party;
import org.readingroom.record.ReleaseRecord;
import org.readingroom.record.SentTime;

/**
 * One printing of a message in one document, as the threads analysis reads it: its header and the
 * opening of its body.
 */
final class PrintedMessage {
  private final Appearance appearance;
  private final Party from;
  private final List<Party> to;
  private final List<Party> cc;
  private final SentTime sent;
  private final Long minutes;
  private final String subject;
  private final String subjectKey;
  private final BodySketch body;
  /**
   * Where the printing stands among those of the partition {@link ThreadFinder} reads it in, in
   * appearance order.
   */
  int ordinal = -1;
  /**
   * Where it stands among all the archive's printings, in appearance order: the printing under it in
   * its document is the next one.
   */
  int global = -1;
  /** Whether it is the last printing of its document's chain: no printing is under it. */
  boolean last;

  /**
   * @param minutes {@code sent} in minutes since the epoch, or null
   * @param subjectKey {@link SubjectKey} of the subject, read once
   */
  PrintedMessage(Appearance appearance, Party from, List<Party> to, List<Party> cc, SentTime sent, Long minutes,
      String subject, String subjectKey, BodySketch body) {
    this.appearance = appearance;
    this.from = from;
    this.to = List.copyOf(to);
    this.cc = List.copyOf(cc);
    this.sent = sent;
    this.minutes = minutes;
    this.subject = subject;
    this.subjectKey = subjectKey;
    this.body = body;
  }

  Appearance appearance() {
    return appearance;
  }

  Party from() {
    return from;
  }

  List<Party> to() {
    return to;
  }

  List<Party> cc() {
    return cc;
  }

  SentTime sent() {
    return sent;
  }

  Long minutes() {
    return minutes;
  }

  String subject() {
    return subject;
  }

  String subjectKey() {
    return subjectKey;
  }

  BodySketch body() {
    return body;
  }

  /**
   * The printing of message {@code position} of a release stored under {@code documentKey}, what it
   * prints alike with others (parties, recipients, time, subject, body sketch) as {@code shared}
   * keeps it: one object for each across the archive.
   */
  static PrintedMessage of(String documentKey, ReleaseRecord record, int position, Shared shared) {
    Message m = record.messages().get(position);
    String subject = shared.one(m.subject());
    return new PrintedMessage(new Appearance(documentKey, position, m.page()), shared.one(m.from()),
        shared.one(parties(m.to(), shared)), shared.one(parties(m.cc(), shared)), shared.one(m.sent()),
        m.sent() == null ? null : m.sent().epochMinutes(), subject, shared.one(SubjectKey.of(subject)),
        shared.one(BodySketch.of(record.text(), m.bodyStart(), m.bodyEnd())));
  }

  private static List<Party> parties(List<Party> printed, Shared shared) {
    List<Party> out = new ArrayList<>(printed.size());
    for (Party p : printed) {
      out.add(shared.one(p));
    }
    return List.copyOf(out);
  }

  /** The sender as an alias: the address when one is printed, else the name; null when no sender is readable. */
  String senderAlias() {
    return from == null ? null : from.address() != null ? from.address() : from.name();
  }

  /** The only recipient (To, no Cc) as an alias, as {@link #senderAlias()} reads the sender; else null. */
  String onlyRecipientAlias() {
    if (to.size() != 1 || !cc.isEmpty()) {
      return null;
    }
    Party p = to.get(0);
    return p.address() != null ? p.address() : p.name();
  }

  /** Each recipient's name and address as printed (To and Cc). */
  List<String> recipientAliases() {
    List<String> out = new ArrayList<>();
    aliases(to, out);
    aliases(cc, out);
    return out;
  }

  static void aliases(List<Party> parties, List<String> out) {
    for (Party p : parties) {
      if (p.name() != null) {
        out.add(p.name());
      }
      if (p.address() != null && !p.address().equals(p.name())) {
        out.add(p.address());
      }
    }
  }
}
