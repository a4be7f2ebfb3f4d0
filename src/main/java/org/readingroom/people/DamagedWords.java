package org.readingroom.people;

import static org.readingroom.people.PersonClusterer.FAR_RATIO;
import static org.readingroom.people.PersonClusterer.FREQUENT;
import static org.readingroom.people.PersonClusterer.MAILBOX_WORD;
import static org.readingroom.people.PersonClusterer.RATIO;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sbwhoeor} is {@code sbwhoeop}: a rare word one letter at an end from the one frequent word
 * it can be, printed a fifth as often (a twentieth, if itself frequent), unless that word has a
 * neighbour printed nearly as often ({@code SES-O_Shift-II} beside {@code -I} and {@code -III}: a
 * family of names, where one letter is the difference). Words are compared folded (see {@link
 * org.readingroom.text.OcrFolding}).
 */
final class DamagedWords {
  private DamagedWords() {}

  /** A word is read as a damaged copy of another from this length on: shorter ones are lists' codes ({@code NEWS-CT}, {@code NEWS-CA}). */
  private static final int DAMAGED_WORD = 7;

  /** For each rare word (folded key) that is a damaged copy, the frequent word it is a copy of. */
  static Map<String, String> targets(Map<String, Long> keyCounts) {
    Map<String, List<String>> frequentByEnd = new TreeMap<>();
    keyCounts.forEach((key, c) -> {
      if (c >= FREQUENT && key.length() >= MAILBOX_WORD) {
        frequentByEnd.computeIfAbsent("<" + key.substring(0, 4), k -> new ArrayList<>()).add(key);
        frequentByEnd.computeIfAbsent(">" + key.substring(key.length() - 4), k -> new ArrayList<>()).add(key);
      }
    });
    frequentByEnd.values().forEach(l -> l.sort(null));
    Map<String, String> targetOf = new TreeMap<>();
    for (String key : keyCounts.keySet()) {
      if (key.length() >= MAILBOX_WORD) {
        String t = onlyStrongNeighbour(key, keyCounts, frequentByEnd);
        if (t != null && onlyStrongNeighbour(t, keyCounts, frequentByEnd) == null && !hasPeer(t, keyCounts, frequentByEnd)) {
          targetOf.put(key, t);
        }
      }
    }
    return targetOf;
  }

  /** The one frequent word {@code key} is a damaged copy of, or null (none, or two). */
  private static String onlyStrongNeighbour(String key, Map<String, Long> counts, Map<String, List<String>> byEnd) {
    long own = counts.get(key);
    String found = null;
    for (String c : neighbours(key, byEnd)) {
      if (!c.equals(key) && counts.get(c) >= (own < FREQUENT ? RATIO : FAR_RATIO) * own && damagedCopy(key, c)) {
        if (found != null && !found.equals(c)) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /**
   * Whether {@code rare} is {@code word} as OCR damaged its ends: a stray mark gained before it, or
   * a letter gained, lost or misread at its end ({@code sbwhoeor}, {@code slaughtr}); never a first
   * letter changed, which makes another list's name ({@code M_SpecialAssistants} and {@code
   * S_SpecialAssistants}).
   */
  private static boolean damagedCopy(String rare, String word) {
    if (rare.length() < DAMAGED_WORD) {
      return false;
    }
    if (rare.length() == word.length() + 1) {
      return rare.endsWith(word) || rare.startsWith(word);
    }
    if (rare.length() + 1 == word.length()) {
      return word.startsWith(rare);
    }
    return rare.length() == word.length() && rare.regionMatches(0, word, 0, word.length() - 1);
  }

  /** Whether a frequent word one letter at an end from {@code key} is printed nearly as often: a family, not damage. */
  private static boolean hasPeer(String key, Map<String, Long> counts, Map<String, List<String>> byEnd) {
    long own = counts.get(key);
    for (String c : neighbours(key, byEnd)) {
      if (!c.equals(key) && counts.get(c) * RATIO > own && EndDamage.oneAtAnEnd(key, c, MAILBOX_WORD)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> neighbours(String key, Map<String, List<String>> byEnd) {
    List<String> out = new ArrayList<>(byEnd.getOrDefault("<" + key.substring(0, 4), List.of()));
    out.addAll(byEnd.getOrDefault(">" + key.substring(key.length() - 4), List.of()));
    return out;
  }
}
