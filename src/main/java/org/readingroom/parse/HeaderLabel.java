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
  private final char[] upper;

  HeaderLabel(String... spellings) {
    this.spellings = spellings;
    this.upper = spellings[0].toUpperCase(java.util.Locale.ROOT).toCharArray();
  }

  private static final HeaderLabel[] ALL = values();

  /** A spelling with its label, as characters. */
  private record Spelling(HeaderLabel label, char[] chars) {}

  /**
   * The spellings by their first character, in declaration order: a line's character is checked
   * against the few spellings it can begin instead of all of them.
   */
  private static final Spelling[][] BY_FIRST = new Spelling[128][];

  static {
    java.util.Map<Character, java.util.List<Spelling>> byFirst = new java.util.TreeMap<>();
    for (HeaderLabel label : ALL) {
      for (String spelling : label.spellings) {
        byFirst.computeIfAbsent(spelling.charAt(0), c -> new java.util.ArrayList<>())
            .add(new Spelling(label, spelling.toCharArray()));
      }
    }
    byFirst.forEach((c, list) -> BY_FIRST[c] = list.toArray(new Spelling[0]));
  }

  /**
   * The label whose spelling is printed at {@code line[at...]}, followed by a non-letter, as the
   * number of characters it takes in {@code matched[0]}; or null.
   */
  static HeaderLabel at(char[] line, int at, int[] matched) {
    if (at >= line.length || line[at] >= 128 || BY_FIRST[line[at]] == null) {
      return null;
    }
    for (Spelling spelling : BY_FIRST[line[at]]) {
      if (matches(line, at, spelling.chars)) {
        matched[0] = spelling.chars.length;
        return spelling.label;
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
        matched[0] = label.upper.length;
        return label;
      }
    }
    return null;
  }

  private static boolean matches(char[] line, int at, char[] spelling) {
    int end = at + spelling.length;
    if (end > line.length) {
      return false;
    }
    for (int k = 0; k < spelling.length; k++) {
      if (line[at + k] != spelling[k]) {
        return false;
      }
    }
    return end == line.length || !Character.isLetterOrDigit(line[end]);
  }
}
