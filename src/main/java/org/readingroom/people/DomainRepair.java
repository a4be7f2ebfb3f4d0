package org.readingroom.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a domain OCR damaged beyond what folding mends ({@code clintoriemail.com}, {@code
 * clintonemai}) as the common domain it is at most two letters from: a domain printed ten times as
 * often, long enough (eight letters) that two letters cannot make another real one.
 */
final class DomainRepair {
  private DomainRepair() {}

  private static final int MIN_LENGTH = 8;
  private static final long RATIO = 10;

  /** For each damaged domain (folded, without dots), the common one it stands for. */
  static Map<String, String> canonical(Map<String, Long> domains) {
    List<String> common = new ArrayList<>();
    domains.forEach((d, c) -> {
      if (c >= PersonClusterer.FREQUENT && d.length() >= MIN_LENGTH) {
        common.add(d);
      }
    });
    common.sort((a, b) -> {
      int byCount = Long.compare(domains.get(b), domains.get(a));
      return byCount != 0 ? byCount : a.compareTo(b);
    });
    Map<String, String> out = new HashMap<>();
    domains.forEach((d, c) -> {
      if (d.length() < MIN_LENGTH - 1) {
        return;
      }
      for (String target : common) {
        if (!target.equals(d) && domains.get(target) >= RATIO * c && distance(d, target, 2) <= 2) {
          out.put(d, target);
          return;
        }
      }
    });
    return out;
  }

  /** Levenshtein distance, or {@code limit + 1} once it is known to exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
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
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
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
