package org.readingroom.serve;

import java.util.List;
import org.readingroom.record.SentTime;

/** A thread's page: its messages in time order, and the documents that print any of it. */
public record ThreadPage(String id, String subject, List<String> documents, List<Entry> entries) {

  /** A party of a message: the person, and what the message printed for them. */
  public record PartyLink(String name, String href, String printed) {}

  /**
   * A message of the thread: its header as the archive reads it across printings, the card of its
   * fullest printing (null when no document that prints it is left in the archive), where it is
   * printed, and the messages it follows (replies to or forwards), by their number on the page.
   */
  public record Entry(int number, String anchor, SentTime sent, String subject, List<PartyLink> from,
      List<PartyLink> to, List<PartyLink> cc, MessageCard card, List<MessageCard.Printing> printedIn,
      List<Integer> follows) {}
}
