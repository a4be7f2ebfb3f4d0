package org.readingroom.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.readingroom.record.Party;
import org.readingroom.text.EditDistance;

/**
 * Whether a message printed above another in a document replies to or forwards it, or is only the
 * next chain the document prints (a release can print two conversations one after the other:
 * C05797128 prints Feltman's "Re: Seeing S" over Clinton's "Re: PDB"). A reply keeps the subject
 * of what it answers ({@code Re:}/{@code Fw:} aside, OCR damage of a letter or two aside, or one
 * subject holding the other); where either subject is missing, the participants must agree: the
 * reply's sender was a party to the message under it, or that message's sender is among the
 * reply's recipients. Participants alone are no evidence when both subjects are printed and
 * differ: one person (the Secretary) is a party to nearly every message of this corpus.
 */
final class Conversation {
  private Conversation() {}

  /**
   * @param reply the message printed above
   * @param quoted the message printed under it, in the same document
   */
  static boolean continues(PrintedMessage reply, PrintedMessage quoted, Function<String, String> personOf) {
    String a = reply.subjectKey();
    String b = quoted.subjectKey();
    if (!a.isEmpty() && !b.isEmpty()) {
      return subjectsAgree(a, b);
    }
    return participantsAgree(reply, quoted, personOf);
  }

  /** The same subject, as OCR printed it twice: equal, one holding the other, or a letter or two apart. */
  static boolean subjectsAgree(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter >= 4 && (a.contains(b) || b.contains(a))) {
      return true;
    }
    int allowed = 1 + shorter / 8;
    return EditDistance.atMost(a, b, allowed) <= allowed;
  }

  private static boolean participantsAgree(PrintedMessage reply, PrintedMessage quoted, Function<String, String> personOf) {
    if (reply.from() == null || quoted.from() == null) {
      return true; // nothing to tell the two apart: as printed, a chain
    }
    List<String> quotedParties = persons(quoted, true, personOf);
    List<String> replyRecipients = persons(reply, false, personOf);
    for (String p : persons(List.of(reply.from()), personOf)) {
      if (quotedParties.contains(p)) {
        return true;
      }
    }
    for (String p : persons(List.of(quoted.from()), personOf)) {
      if (replyRecipients.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> persons(PrintedMessage m, boolean withSender, Function<String, String> personOf) {
    List<Party> parties = new ArrayList<>(m.to());
    parties.addAll(m.cc());
    if (withSender && m.from() != null) {
      parties.add(m.from());
    }
    return persons(parties, personOf);
  }

  private static List<String> persons(List<Party> parties, Function<String, String> personOf) {
    List<String> aliases = new ArrayList<>();
    PrintedMessage.aliases(parties, aliases);
    List<String> out = new ArrayList<>(aliases.size());
    for (String alias : aliases) {
      String person = personOf.apply(alias);
      out.add(person != null ? person : "alias:" + alias);
    }
    return out;
  }
}
