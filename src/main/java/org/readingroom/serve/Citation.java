package org.readingroom.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readingroom.record.Message;
import org.readingroom.record.ReleaseRecord;

/**
 * The line a reader copies to cite a document or a message: the agency that released it (when its
 * pages name it), the case, the document number, the release date, the page, and the archive's
 * permalink. Only what the record holds is cited; nothing is guessed (no agency for a document
 * whose banner names none, no link to an agency's site, whose addresses the record does not give).
 */
final class Citation {
  private Citation() {}

  /** How far into a document's text its banner is looked for. */
  private static final int BANNER_REACH = 2000;

  /**
   * The citation of {@code r} ({@code card} narrows it to one message, or null), ending with
   * {@code permalink}; {@code printed} is its text as released (banners and all), or null.
   */
  static String of(ReleaseRecord r, String printed, String docId, MessageCard card, String permalink) {
    List<String> parts = new ArrayList<>();
    String agency = agency(printed != null ? printed : r.text());
    if (agency != null) {
      parts.add(agency);
    }
    if (r.caseNumber() != null) {
      parts.add("Case No. " + r.caseNumber());
    }
    parts.add("Doc No. " + docId);
    if (card != null) {
      Message m = card.message();
      StringBuilder msg = new StringBuilder("message " + (card.position() + 1));
      if (m.from() != null) {
        msg.append(" from ").append(m.from().label());
      }
      if (m.sent() != null) {
        msg.append(", sent ").append(Pages.sent(m.sent()));
      }
      if (m.subject() != null) {
        msg.append(", \u201c").append(m.subject()).append('\u201d');
      }
      parts.add(msg.toString());
    }
    if (r.releaseDate() != null) {
      parts.add("released " + r.releaseDate());
    }
    if (card != null && card.message().page() > 0) {
      parts.add("p. " + card.message().page());
    } else if (r.pages() > 0) {
      parts.add(r.pages() == 1 ? "1 page" : r.pages() + " pages");
    }
    return String.join(", ", parts) + ". " + permalink;
  }

  /**
   * The agency the banner of a document's text as released names; null when it names none the
   * archive knows.
   */
  static String agency(String printed) {
    String head = printed.substring(0, Math.min(printed.length(), BANNER_REACH)).toLowerCase(Locale.ROOT);
    if (head.contains("department of state")) {
      return "U.S. Department of State";
    }
    return null;
  }
}
