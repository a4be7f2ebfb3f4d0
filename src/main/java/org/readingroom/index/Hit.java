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
 * @param cc a message's Cc recipients (a document's: its top message's)
 * @param release the release stamp: {@code PART}, {@code FULL}, or null
 * @param exemptions the codes the release stamp lists
 * @param message the message this printing is (its id), when the archive has been analysed
 * @param printedIn how many documents print the message; 0 when not known
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
    String declassifyOn,
    List<String> cc,
    String release,
    List<String> exemptions,
    String message,
    int printedIn) {
  public Hit {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    exemptions = List.copyOf(exemptions);
  }
}
