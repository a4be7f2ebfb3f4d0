package org.readingroom.parse;

/**
 * Whether a line reads as a run of recipients rather than running text: pieces separated by
 * {@code ;} or the wide gap a withheld address leaves, each a name ({@code Crowley, Philip J}), an
 * address or the fragment a redaction left of one ({@code 'Thomas_F._Vietof}, {@code 'mmcfaui}).
 * Running text gives itself away by lower-case words among capitalised ones ({@code Sent from my
 * iPhone}).
 */
final class Recipients {

  private Recipients() {}

  static boolean looksLike(String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return false;
    }
    for (String piece : t.split(";|\\s{3,}")) {
      String p = piece.strip();
      if (!p.isEmpty() && !isParty(p)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isParty(String piece) {
    String[] words = piece.split("\\s+");
    if (words.length == 1) {
      return true; // a name, an address, or what a redaction left of one
    }
    if (words.length > 6) {
      return false;
    }
    for (String w : words) {
      char first = w.charAt(0);
      boolean addressLike = w.indexOf('@') >= 0 || w.indexOf('_') >= 0 || w.indexOf('.') > 0 && w.length() > 3;
      boolean lower = Character.isLowerCase(first) && w.length() > 1 && !addressLike;
      if (lower) {
        return false;
      }
    }
    return true;
  }
}
