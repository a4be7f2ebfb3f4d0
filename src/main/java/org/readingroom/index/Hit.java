package org.readingroom.index;

import java.util.List;

/**
 * One hit: a release document or a message.
 *
 * @param id the entry's id ({@code C05787433}, or {@code C05787433/2} for its third message)
 * @param docId the release document's number (or key) the hit belongs to
 * @param date the sent time of a message, or a document's date, ISO; may be null
 * @param snippet the best passage of the text with the matched words marked
 * @param classification the release's classification level, or null when it carries no block
 * @param declassifyOn the release's declassify-on date (ISO), or null
 */
public record Hit(
    EntryKind kind,
    String id,
    String docId,
    String date,
    String from,
    List<String> to,
    String subject,
    Snippet snippet,
    Integer page,
    float score,
    String classification,
    String declassifyOn) {
  public Hit {
    to = List.copyOf(to);
  }
}
