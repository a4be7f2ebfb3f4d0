package org.readingroom.withheld;

import java.util.ArrayList;
import java.util.List;
import org.readingroom.record.Party;
import org.readingroom.record.Redaction;
import org.readingroom.text.OcrFolding;

/**
 * Reads, for a redaction marker in the header of one printing of a message, the address another
 * printing shows for the same party. Three things must hold, since printings of one message print
 * its header in several formats (a forward with addresses, a BlackBerry's without): the marker
 * withholds for privacy (B6, or B7(C)); the party's line still shows what held the address, emptied
 * ({@code From: Pickering, Thomas R [mailto:}, {@code Huma Abedin <}); and the marker stands on
 * that line or the one above it. Then another printing that gives the same name with its address
 * shows what this one withholds.
 */
final class HeaderAddresses {
  private HeaderAddresses() {}

  /** A party whose address one printing withholds and another shows. */
  record Shown(Party withheld, String address) {}

  static List<Shown> shown(PrintedSegment p, PrintedSegment q, Redaction marker) {
    List<Shown> out = new ArrayList<>();
    if (!marker.codes().contains("B6") && !marker.codes().contains("B7(C)")) {
      return out;
    }
    int markerLine = lineOf(p.header(), marker.offset());
    for (Party withheld : p.parties()) {
      if (withheld.address() != null || withheld.name() == null) {
        continue;
      }
      int at = p.header().indexOf(withheld.name());
      int line = at < 0 ? -1 : lineOf(p.header(), at);
      if (line < 0 || line - markerLine > 1 || line < markerLine || !emptiedAddress(p.header(), at + withheld.name().length())) {
        continue;
      }
      String key = key(withheld.name());
      for (Party shown : q.parties()) {
        if (shown.address() != null && shown.name() != null && key.equals(key(shown.name()))
            && shown.address().indexOf('@') > 0) {
          out.add(new Shown(withheld, shown.address()));
          break;
        }
      }
    }
    return out;
  }

  /** A name with OCR's confusions folded, and only its letters and digits. */
  private static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (char c : OcrFolding.fold(name).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int lineOf(String text, int offset) {
    int line = 0;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /**
   * Whether what follows a name on its line, up to the next party, is an address's frame with the
   * address taken out: {@code [mailto:}, {@code <}, a lone quote.
   */
  private static boolean emptiedAddress(String header, int from) {
    int end = from;
    while (end < header.length() && header.charAt(end) != '\n' && header.charAt(end) != ';') {
      end++;
    }
    String rest = header.substring(from, end).strip();
    if (rest.isEmpty() || "[<('".indexOf(rest.charAt(0)) < 0) {
      return false;
    }
    // nothing of an address left in the frame: no letter or digit but the word mailto
    String left = rest.toLowerCase(java.util.Locale.ROOT).replace("mailto", "");
    for (int i = 0; i < left.length(); i++) {
      if (Character.isLetterOrDigit(left.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
