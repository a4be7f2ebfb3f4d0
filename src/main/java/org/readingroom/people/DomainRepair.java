package org.readingroom.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readingroom.text.EditDistance;

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
        if (!target.equals(d) && domains.get(target) >= RATIO * c && EditDistance.atMost(d, target, 2) <= 2) {
          out.put(d, target);
          return;
        }
      }
    });
    return out;
  }
}
