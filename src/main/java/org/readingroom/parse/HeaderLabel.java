package org.readingroom.parse;

/** The labels of an email header block, with the spellings a release prints for them. */
enum HeaderLabel {
  FROM("From", "Front", "Frorn", "Fron"),
  SENT("Sent", "Sen t"),
  DATE("Date"),
  TO("To"),
  CC("Cc", "CC", "cc"),
  BCC("Bcc", "BCC"),
  SUBJECT("Subject", "Subiect", "Sublect", "Subj", "Subjec t"),
  ATTACHMENTS("Attachments", "Attachment"),
  IMPORTANCE("Importance");

  private final String[] spellings;
  private final String upper;

  HeaderLabel(String... spellings) {
    this.spellings = spellings;
    this.upper = spellings[0].toUpperCase(java.util.Locale.ROOT);
  }

  private static final HeaderLabel[] ALL = values();

  /**
   * The label whose spelling is printed at {@code line[at...]}, followed by a non-letter, as the
   * number of characters it takes in {@code matched[0]}; or null.
   */
  static HeaderLabel at(char[] line, int at, int[] matched) {
    if (at >= line.length || "FSDTCBAIcf".indexOf(line[at]) < 0) {
      return null;
    }
    for (HeaderLabel label : ALL) {
      for (String spelling : label.spellings) {
        if (matches(line, at, spelling)) {
          matched[0] = spelling.length();
          return label;
        }
      }
    }
    return null;
  }

  /** An upper-case spelling ({@code FROM:}, {@code SUBJECT:}), as memos print their headings. */
  static HeaderLabel upperAt(char[] line, int at, int[] matched) {
    if (at + 1 >= line.length || line[at + 1] < 'A' || line[at + 1] > 'Z') {
      return null;
    }
    for (HeaderLabel label : ALL) {
      if (matches(line, at, label.upper)) {
        matched[0] = label.upper.length();
        return label;
      }
    }
    return null;
  }

  private static boolean matches(char[] line, int at, String spelling) {
    int end = at + spelling.length();
    if (end > line.length) {
      return false;
    }
    for (int k = 0; k < spelling.length(); k++) {
      if (line[at + k] != spelling.charAt(k)) {
        return false;
      }
    }
    return end == line.length || !Character.isLetterOrDigit(line[end]);
  }
}
