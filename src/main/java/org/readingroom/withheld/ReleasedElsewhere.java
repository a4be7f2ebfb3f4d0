package org.readingroom.withheld;

import java.util.List;

/**
 * A passage of a message that one printing withholds (a redaction marker stands beside it) and
 * another printing of the same message shows: what a FOIA appeal cites.
 *
 * @param message the message's id in the archive
 * @param withheldIn the key of the document that withholds it
 * @param withheldPosition the message's place in that document's chain
 * @param page the page of that document the marker stands on
 * @param codes the exemption codes the marker gives (empty for a {@code [REDACTED]} token)
 * @param place where in the message: its body, or an address in its header
 * @param releasedIn the key of a document that shows the passage
 * @param releasedPosition the message's place in that document's chain
 * @param alsoReleasedIn other documents that show it too, in key order
 * @param text the passage as the releasing document prints it
 * @param before what the withholding document prints just before the gap (the words before it, or
 *     the party whose address it withholds), to find it
 */
public record ReleasedElsewhere(String message, String withheldIn, int withheldPosition, int page,
    List<String> codes, Place place, String releasedIn, int releasedPosition, List<String> alsoReleasedIn,
    String text, String before) {

  /** Where in a message the passage stands. */
  public enum Place {
    BODY,
    HEADER
  }

  public ReleasedElsewhere {
    codes = List.copyOf(codes);
    alsoReleasedIn = List.copyOf(alsoReleasedIn);
  }
}
