package org.readingroom.bench.scale;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes copy {@code n} of the corpus a release of its own: its document numbers, its days
 * moved, and its names, addresses and words of running text exchanged. Everything follows from the copy's
 * number and the survey, so a rerun writes the same bytes.
 */
final class CopyPlan {

  /** Days each copy moves its dates by, past the copy before it: not a whole number of weeks. */
  static final int DAYS_PER_COPY = 45;
  /** Copies a corpus can have: a copy's number takes the two digits 11 to 99 after the letter. */
  static final int MAX_FACTOR = 90;

  /** A document number as the releases print it: a letter, a zero, seven digits ({@code C05787433}). */
  static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9])[A-Z]0\\d{7}(?!\\d)");

  final int copy;
  /** Days this copy moves every date by. */
  final int days;
  private final CorpusSurvey survey;
  private final PersonExchange.Images persons;
  private final int[] names;
  private final int[] addresses;
  private final int[] words;

  CopyPlan(int copy, CorpusSurvey survey) {
    if (copy < 1 || copy >= MAX_FACTOR) {
      throw new IllegalArgumentException("a copy is 1 to " + (MAX_FACTOR - 1) + ": " + copy);
    }
    this.copy = copy;
    this.survey = survey;
    this.days = days(copy);
    long seed = 0x5CA1EC0B1E5L * 31 + copy;
    this.names = survey.names.images(seed * 3);
    this.addresses = survey.addresses.images(seed * 3 + 1);
    this.words = survey.words.images(seed * 3 + 2);
    this.persons = survey.persons.images(seed * 3 + 3);
  }

  static int days(int copy) {
    return copy * DAYS_PER_COPY;
  }

  /**
   * Copy {@code copy}'s number for a document numbered {@code number}: the letter, then {@code 10 +
   * copy} in place of the two digits after it, then its last six digits ({@code C05787433} is {@code
   * C11787433} in copy 1, {@code C19787433} in copy 9). The released numbers all begin {@code C05}
   * (an OCR'd banner's {@code C06} maps as its document's does), so no copy meets a real one.
   */
  static String number(int copy, String number) {
    if (!NUMBER.matcher(number).matches()) {
      return number;
    }
    return number.charAt(0) + String.format(Locale.ROOT, "%02d", 10 + copy) + number.substring(3);
  }

  /** {@code text} with every document number in it renumbered for this copy. */
  String renumber(String text) {
    if (!mayHoldNumber(text)) {
      return text;
    }
    Matcher m = NUMBER.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      out = out == null ? new StringBuilder(text.length()) : out;
      out.append(text, copied, m.start()).append(number(copy, m.group()));
      copied = m.end();
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** The name this copy prints for {@code name}: a spelling of the person taking its person's place, else a name alike. */
  String name(String name) {
    String spelling = persons.names().get(name);
    return spelling != null ? spelling : survey.names.image(name, names);
  }

  /**
   * The image of an address given by its lower case, as that address is printed most often: an
   * address of the person taking its person's place, else one at the same domain.
   */
  String address(String lowerCase) {
    String spelling = persons.addresses().get(lowerCase);
    return survey.addressAsPrinted(spelling != null ? spelling : survey.addresses.image(lowerCase, addresses));
  }

  /**
   * The word this copy prints for the word of running text at {@code index} of the survey's words,
   * printed as {@code printed}: the same word wherever the copy prints it, in the case it is printed in.
   */
  String word(int index, String printed) {
    return survey.words.image(index, words, printed);
  }

  /** Only a text with eight digits in a row can print a document number. */
  static boolean mayHoldNumber(String s) {
    int run = 8;
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n = Character.isDigit(s.charAt(i)) ? n + 1 : 0;
      if (n >= run) {
        return true;
      }
    }
    return false;
  }
}
