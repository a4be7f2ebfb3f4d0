package org.readingroom.bench.scale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.readingroom.text.OcrFolding;

/**
 * The words of running text a copy exchanges, one word for another, wherever it prints them. A
 * word is known by its OCR skeleton ({@link OcrFolding}, as the archive compares printings), so
 * {@code Chery1} and {@code Cheryl} are one word and take one image, and two words the archive
 * tells apart take two: two printings of one paragraph that differ by OCR differ in a copy at the
 * same words and by as much. Words are exchanged among words of the same length and case, about as
 * frequent. Dates keep their month and weekday names, and numbers and codes (more digits than
 * letters) stay as printed, so the copy's dates can be moved and its numbers renumbered.
 */
final class RunningWords {

  /** Words exchanged among as many of the same shape and about the same frequency. */
  static final int BLOCK = 16;
  /** Words longer than this are exchanged among one another whatever their length. */
  private static final int LONGEST_SHAPE = 20;

  /**
   * The skeletons of the month and weekday names a date prints, of {@code AM} and {@code PM}, and of
   * the margin code {@code B1} as OCR reads it ({@code Bl}).
   */
  private static final Set<String> KEPT = new HashSet<>();

  static {
    for (String name : new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Tues",
        "Thurs", "Thur", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "AM", "PM", "Bl"}) {
      KEPT.add(OcrFolding.fold(name));
    }
  }

  private final Exchange exchange;
  /** Each word as it is printed most often, by its index in the exchange. */
  private final String[] forms;

  private RunningWords(Exchange exchange, String[] forms) {
    this.exchange = exchange;
    this.forms = forms;
  }

  /** A word's skeleton when a copy exchanges it, else null. */
  static String key(CharSequence text, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
    }
    if (2 * letters <= end - start) {
      return null; // a number, a code, a document number
    }
    String key = OcrFolding.fold(text.subSequence(start, end));
    if (key.length() < 2 || KEPT.contains(key)) {
      return null;
    }
    for (int i = 0; i < key.length(); i++) {
      if (!Character.isLetter(key.charAt(i))) {
        return null; // a digit OCR does not confuse with a letter: part of a code
      }
    }
    return key;
  }

  /** Where a word (a run of letters and digits, as the archive reads words) starts at or after {@code from}; -1 when none. */
  static int wordStart(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Where the word starting at {@code start} ends. */
  static int wordEnd(CharSequence text, int start) {
    int i = start;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Counts the words a copy exchanges in {@code text}, as printed, into {@code counts}; safe from many threads. */
  static void count(String text, ConcurrentHashMap<String, Integer> counts) {
    for (int start = wordStart(text, 0); start >= 0; start = wordStart(text, wordEnd(text, start))) {
      int end = wordEnd(text, start);
      if (key(text, start, end) != null) {
        counts.merge(text.substring(start, end), 1, Integer::sum);
      }
    }
  }

  /** The exchange over the words counted, as printed: by skeleton, in blocks of one shape and about one frequency. */
  static RunningWords of(Map<String, Integer> printedCounts) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> form = new HashMap<>();
    new TreeMap<>(printedCounts).forEach((printed, n) -> {
      String key = key(printed, 0, printed.length());
      counts.merge(key, n, Integer::sum);
      form.merge(key, printed, (kept, other) -> printedCounts.get(other) > printedCounts.get(kept) ? other : kept);
    });
    Exchange exchange = Exchange.inBlocks(CorpusSurvey.byFrequency(counts, key -> shape(form.get(key))), BLOCK);
    String[] forms = new String[exchange.size()];
    for (int i = 0; i < forms.length; i++) {
      forms[i] = form.get(exchange.key(i));
    }
    return new RunningWords(exchange, forms);
  }

  int size() {
    return exchange.size();
  }

  /** The index of a word's skeleton in the exchange, or -1. */
  int indexOf(String key) {
    return exchange.indexOf(key);
  }

  int[] images(long seed) {
    return exchange.images(seed);
  }

  /** What a copy prints for the word at {@code index} printed as {@code printed}: its image, cased as printed. */
  String image(int index, int[] images, String printed) {
    return cased(forms[images[index]], printed);
  }

  /** A word's shape: its length, and whether it is printed in lower case, capitalised, in capitals or mixed. */
  static String shape(String form) {
    Letters l = Letters.of(form);
    String cases = l.upper() == 0 ? "lower" : l.upper() == l.letters() ? "capitals"
        : l.upper() == 1 && Character.isUpperCase(form.charAt(0)) ? "capitalised" : "mixed";
    return String.format(Locale.ROOT, "%02d %s", Math.min(form.length(), LONGEST_SHAPE), cases);
  }

  /** {@code form} in the case {@code like} is printed in: capitals, capitalised, lower case, or as {@code form} is. */
  static String cased(String form, String like) {
    Letters l = Letters.of(like);
    if (l.upper() == 0) {
      return form.toLowerCase(Locale.ROOT);
    }
    if (l.upper() == l.letters() && l.letters() > 1) {
      return form.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(like.charAt(0))) {
      return form.substring(0, 1).toUpperCase(Locale.ROOT) + form.substring(1);
    }
    return form;
  }

  /** How many letters a word prints, and how many of them in capitals. */
  private record Letters(int letters, int upper) {
    static Letters of(String word) {
      int upper = 0;
      int letters = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        letters += Character.isLetter(c) ? 1 : 0;
        upper += Character.isUpperCase(c) ? 1 : 0;
      }
      return new Letters(letters, upper);
    }
  }
}
