package org.readingroom.threads;

import java.util.List;
import org.readingroom.record.SentTime;

/**
 * One message of an archive, however many documents print it: a reply printed under three
 * forwards is one message with three appearances.
 *
 * @param id stable: a hash of the sender (person id), the sent minute and the subject without
 *     {@code Re:}/{@code Fw:}; and, when these are shared by two messages, of the opening words
 * @param threadId the thread it belongs to
 * @param sent as the parser read it: ISO to the minute, a date, or null
 * @param subject as printed (the most printed spelling), or null
 * @param from the sender's names and addresses as printed across its appearances
 * @param to the To recipients' names and addresses as printed, across its appearances
 * @param cc the same for Cc
 * @param appearances every printing, by document and position
 * @param parents the messages it replies to or forwards: those printed under it in a chain
 */
public record ThreadMessage(String id, String threadId, SentTime sent, String subject, List<String> from,
    List<String> to, List<String> cc, List<Appearance> appearances, List<String> parents) {
  public ThreadMessage {
    if (id == null || threadId == null || appearances.isEmpty()) {
      throw new IllegalArgumentException("a message has an id, a thread and an appearance");
    }
    from = List.copyOf(from);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    appearances = List.copyOf(appearances);
    parents = List.copyOf(parents);
  }
}
