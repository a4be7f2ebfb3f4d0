package org.readingroom.people;

/**
 * Levenshtein distance, in two rows: how far an OCR'd domain is from the one it damaged
 * ({@link DomainRepair}), and how far OCR'd text is from the text it should read (the OCR bench's
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
}
