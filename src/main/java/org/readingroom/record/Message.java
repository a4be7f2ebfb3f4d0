package org.readingroom.record;

import java.util.List;

/**
 * One email header block of a release and the body printed under it.
 *
 * @param from the sender, null when the header has no readable sender
 * @param sent ISO local date-time to the minute ({@code 2011-12-31T18:06}), an ISO date, or null
 * @param page the 1-based page the header starts on
 * @param headerStart where the header starts in the record's text
 * @param bodyStart where the body (the text under the header) starts in the record's text
 * @param bodyEnd where the body ends: at the next header, or its separator line
 */
public record Message(
    Party from,
    SentTime sent,
    List<Party> to,
    List<Party> cc,
    String subject,
    List<String> attachments,
    int page,
    int headerStart,
    int bodyStart,
    int bodyEnd) {
  public Message {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page);
    }
    if (headerStart < 0 || bodyStart < headerStart || bodyEnd < bodyStart) {
      throw new IllegalArgumentException(
          "offsets out of order: " + headerStart + ", " + bodyStart + ", " + bodyEnd);
    }
  }
}
