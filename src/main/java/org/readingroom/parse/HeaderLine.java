package org.readingroom.parse;

import java.util.regex.Pattern;
import org.readingroom.record.Message;

/**
 * What one line is to the email-header state machine: blank, a chain separator ({@code -----Original
 * Message-----}), a header label with its value, or other text.
 *
 * @param label the header label, or null for text, blanks and separators
 * @param upper the label is printed in capitals ({@code FROM:}), as a memo prints its heading
 * @param value the value printed after the label (wide gaps kept: they separate recipients); null
 *     for text lines
 * @param valueColumn the column the value starts at, or the text's first column for text lines
 */
record HeaderLine(Kind kind, HeaderLabel label, boolean upper, boolean colon, String value, int valueColumn) {

  enum Kind {
    BLANK,
    SEPARATOR,
    LABEL,
    TEXT
  }

  private static final Pattern SEPARATOR = Pattern.compile(
      "(?i)^[-\\s>•_—=*]*(original\\s*mess?a\\s?[gq]?e|forwarded\\s+message|begin\\s+forwarded|forwarded\\s+by\\b).*");
  private static final String LEADING_JUNK = ",.•>»*·'\"-";

  static final HeaderLine BLANK = new HeaderLine(Kind.BLANK, null, false, false, "", -1);
  /** A {@code From} line whose sender was withheld, colon and all. */
  static final HeaderLine WITHHELD_SENDER = new HeaderLine(Kind.LABEL, HeaderLabel.FROM, false, false, "", -1);

  boolean isLabel() {
    return kind == Kind.LABEL;
  }

  /** Reads a row; {@code inBlock} admits labels that only a header already begun makes likely. */
  static HeaderLine of(Row row, boolean inBlock) {
    char[] w = row.work;
    int n = w.length;
    while (n > 0 && Layout.isSpace(w[n - 1])) {
      n--;
    }
    int i = 0;
    while (i < n && Layout.isSpace(w[i])) {
      i++;
    }
    if (i >= n) {
      return BLANK;
    }
    int j = i;
    for (int skipped = 0; skipped < 3 && j < n && LEADING_JUNK.indexOf(w[j]) >= 0; skipped++) {
      j++;
      while (j < n && w[j] == ' ') {
        j++;
      }
    }
    int[] len = new int[1];
    HeaderLabel label = HeaderLabel.at(w, j, len);
    if (label == null && j + 3 < n && "Il|".indexOf(w[j]) >= 0 && w[j + 1] == ' ' && w[j + 2] == ' ') {
      int k = j + 1;
      while (k < n && w[k] == ' ') {
        k++;
      }
      label = HeaderLabel.at(w, k, len); // "I   Sent:": the scan's edge printed before the label
      if (label != null) {
        j = k;
      }
    }
    boolean upper = false;
    if (label == null) {
      label = HeaderLabel.upperAt(w, j, len);
      upper = label != null;
    }
    if (label == null) {
      return textOrSeparator(row, i, n);
    }
    int k = j + len[0];
    int p = k;
    if (p + 1 < n && w[p] == ' ' && w[p + 1] == ':') {
      p++;
    }
    boolean colon = p < n && (w[p] == ':' || w[p] == ';'
        || w[p] == '.' && p + 1 < n && w[p + 1] == ' ' && (label == HeaderLabel.FROM || label == HeaderLabel.SENT)
        || w[p] == '.' && inBlock && (label == HeaderLabel.TO || label == HeaderLabel.CC) && (p + 1 == n || w[p + 1] == ' '));
    int v = colon ? p + 1 : k;
    int vs = v;
    while (vs < n && Layout.isSpace(w[vs])) {
      vs++;
    }
    String value = vs < n ? new String(w, vs, n - vs) : "";
    if (!colon && !acceptWithoutColon(label, value, vs - v, inBlock)) {
      return textOrSeparator(row, i, n);
    }
    return new HeaderLine(Kind.LABEL, label, upper, colon, value, value.isEmpty() ? -1 : vs);
  }

  /** {@code Subject   Re: ...} lost its colon to OCR; {@code Sent from my iPhone} is text. */
  private static boolean acceptWithoutColon(HeaderLabel label, String value, int gap, boolean inBlock) {
    if (value.isEmpty()) {
      return inBlock;
    }
    if (gap >= 2) {
      return label != HeaderLabel.FROM || inBlock || looksLikeSender(value) || gap >= 6;
    }
    if (gap == 0) {
      return false;
    }
    return switch (label) {
      case SENT, DATE -> SentDates.parse(value) != null && value.length() < 60;
      case FROM -> looksLikeSender(value);
      default -> false;
    };
  }

  private static boolean looksLikeSender(String value) {
    return value.contains("[mailto") || value.contains("<") && value.contains("@")
        || value.indexOf('@') > 0 && Parties.DAMAGED_MAILTO.matcher(value).find(); // "Sullivan, Jacob jrnailto:..."
  }

  /** Text lines carry no value (it is read from the row when needed): most lines are text. */
  private static HeaderLine textOrSeparator(Row row, int from, int to) {
    if (to - from < 120 && row.has(Row.SEPARATOR)) {
      String text = new String(row.work, from, to - from);
      if (SEPARATOR.matcher(text).matches()) {
        return new HeaderLine(Kind.SEPARATOR, null, false, false, text, from);
      }
    }
    return new HeaderLine(Kind.TEXT, null, false, false, null, from);
  }
}
