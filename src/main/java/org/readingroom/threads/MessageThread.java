package org.readingroom.threads;

import java.util.List;

/**
 * A conversation: the messages that reply to or forward one another, across every document that
 * prints part of it.
 *
 * @param id stable: a hash of its first message's id
 * @param subject the first message's subject, as printed
 * @param messageIds its messages in time order (undated last)
 * @param documents the documents that print any of it, in key order
 */
public record MessageThread(String id, String subject, List<String> messageIds, List<String> documents) {
  public MessageThread {
    messageIds = List.copyOf(messageIds);
    documents = List.copyOf(documents);
  }
}
