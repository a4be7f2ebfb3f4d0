package org.readingroom.text;


/**
 * Levenshtein distance, in two rows: how far an OCR'd domain is from the one it damaged
 * (the people package's domain repair), and how far OCR'd text is from the text it should read (the OCR bench's
 * character error rate).
 */
public final class EditDistance {
  private EditDistance() {}

  public static int between(String a, String b) {
    return atMost(a, b, Integer.MAX_VALUE - 1);
  }

  /** The distance, or {@code limit + 1} once it is known to exceed {@code limit}. */
  public static int atMost(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int best = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        best = Math.min(best, cur[j]);
      }
      if (best > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Whether {@code a} and {@code b} are at most one edit apart (a letter changed, added or dropped):
   * {@link #atMost}{@code (a, b, 1) <= 1}, without the table, for the short words of a date.
   */
  public static boolean withinOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }}
