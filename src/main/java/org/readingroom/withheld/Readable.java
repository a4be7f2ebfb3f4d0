package org.readingroom.withheld;

import java.util.regex.Pattern;

/**
 * Whether what a printing shows in a gap reads as a passage of the message, not as what OCR and
 * page layout put there: exemption codes the parser did not take as a margin (`B5`, `1.4(D)`
 * glued to a word), a banner's remnant (`UNCLASS FIED`), header lines a quoted message carries in its
 * body (addresses, `Sent:`, a list of names), or noise (`nfl.nrn.mt•`). A passage has three words
 * of three letters or more, two of them of four or more, and seven in ten of its tokens are words as
 * words are printed.
 */
final class Readable {
  private Readable() {}

  private static final Pattern WORD = Pattern.compile("[(\"'\u2018\u201c]?[A-Za-z][a-z'\u2019-]*[.,;:!?)\"'\u2019\u201d]*"
      + "|[(\"']?[A-Z][A-Za-z'\u2019.-]*[.,;:!?)\"']*|[(\"']?[0-9][0-9,.:%/-]*[.,;:!?)\"']*");
  private static final Pattern NOT_A_PASSAGE = Pattern.compile(
      "(?i)\\bB\\s?[1-9]\\b|1\\s?[.,]?\\s?4\\s?\\(|\\(SBU\\)|@|\u00a9|\\b(from|sent|to|cc|subject|mailto)\\s*:"
          + "|unclass|department of state|case no|doc no|classified by|declassify");

  /** {@code Harris, Grant T;} and {@code 'dmcdonough}: a name of a list of recipients. */
  private static final Pattern LISTED_NAME = Pattern.compile("[A-Z][a-z]+, [A-Z][a-z]*\\b|(^|\\s)'[a-z]");

  static boolean passage(String text) {
    long listed = LISTED_NAME.matcher(text).results().count();
    if (NOT_A_PASSAGE.matcher(text).find() || listed >= 2 || listed == 1 && text.indexOf(';') >= 0) {
      return false;
    }
    String[] tokens = text.trim().split("\\s+");
    int words = 0;
    int longer = 0;
    int clean = 0;
    for (String t : tokens) {
      if (WORD.matcher(t).matches()) {
        clean++;
        long letters = t.chars().filter(Character::isLetter).count();
        words += letters >= 3 ? 1 : 0;
        longer += letters >= 4 ? 1 : 0;
      }
    }
    return words >= 3 && longer >= 2 && clean * 10 >= tokens.length * 7;
  }
}
