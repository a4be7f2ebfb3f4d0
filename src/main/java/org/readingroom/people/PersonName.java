package org.readingroom.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readingroom.text.EditDistance;
import org.readingroom.text.OcrFolding;

/**
 * A person's name read from a printed party: {@code Mills, Cheryl D} ("Last, First M"), {@code
 * Cheryl D. Mills} ("First M Last"), {@code Mills Cheryl D} (a lost comma), {@code cheryl.mills}
 * (an address's local part printed as the name), {@code Daniel_B._Shapiro} (the same, with a
 * middle initial). Titles ({@code Secretary}, {@code Hon.}) and
 * parenthesised notes ({@code (USUN)}) are dropped. What is not a person's first and last name
 * (a single word, {@code H}, an acronym {@code HRC}, a list of names, a header label) reads as null.
 *
 * @param first the given name, lower case, as printed
 * @param middle the middle initial, folded (see {@link #middleClass(char)}), or {@code 0} when none
 * @param last the family name, lower case, as printed
 */
public record PersonName(String first, char middle, String last) {

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "hon", "honorable", "the", "secretary",
      "senator", "sen", "ambassador", "amb", "president", "rep", "gov", "governor", "gen", "general", "prof",
      "professor", "sir", "madam", "judge", "justice", "former", "deputy", "under", "assistant", "special", "envoy",
      "minister", "prime", "mayor", "speaker", "lady", "lord", "admiral", "adm", "col", "colonel", "captain", "capt");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "esq", "phd", "md");
  /** Words that never stand in a person's name: header labels, and the words of offices, groups and lists. */
  private static final Set<String> NOT_NAMES = Set.of("to", "cc", "bcc", "from", "sent", "subject", "re", "fw", "fwd",
      "mailto", "replyto", "reply", "date", "attachments", "on", "behalf", "of", "and", "for", "office", "team",
      "group", "staff", "list", "news", "state", "department", "desk", "center", "centre", "bureau", "embassy",
      "mission", "working", "assistants", "press", "info", "inc", "llc", "foundation", "committee", "house",
      "ops", "alert", "ticker", "blackberry", "personal", "email", "mail", "iphone", "ipad", "new", "all", "us",
      "usa", "gov", "com", "org", "net", "schedule", "operations", "unclassified",
      "classified", "confidential", "secret", "release", "part", "full", "doc", "case", "no", "undisclosed",
      "recipients", "my", "your", "our", "at", "in", "by", "with", "service", "services", "network", "program",
      "campaign", "council", "institute", "university", "times", "post", "journal", "monitoring", "daily",
      "digest", "update", "updates", "alerts", "clips", "briefing", "notice", "statement", "support", "help");

  public PersonName {
    if (first == null || last == null || first.isEmpty() || last.isEmpty()) {
      throw new IllegalArgumentException("a person's name has a first and a last name");
    }
  }

  /** The name printed in {@code printed}, or null when it holds no person's first and last name. */
  public static PersonName read(String printed) {
    String p = printed == null ? null : printed.strip().replaceAll("@+$", "");
    if (p == null || p.indexOf('@') >= 0 || p.indexOf('©') >= 0) {
      return null;
    }
    if (p.indexOf('_') >= 0 && p.indexOf('-') < 0) {
      p = p.replace('_', ' '); // "Daniel_B._Shapiro": a withheld address's local part, words joined by underscores
    }
    String s = p.replaceAll("\\([^)]*\\)?|\\[[^]]*]?", " ").replaceAll("[\"'`’‘]", "");
    s = s.replaceAll("\\s+", " ").strip();
    s = stripEnds(withoutMailto(s));
    if (s.isEmpty()) {
      return null;
    }
    int comma = s.indexOf(',');
    if (comma >= 0) {
      if (s.indexOf(',', comma + 1) >= 0) {
        return null;
      }
      return lastFirst(words(s.substring(0, comma)), words(s.substring(comma + 1)));
    }
    List<String> words = words(s);
    while (!words.isEmpty() && TITLES.contains(bare(words.get(0)))) {
      words.remove(0);
    }
    if (words.size() == 1) {
      return dotted(words.get(0));
    }
    if (words.size() == 2 && words.get(0).endsWith(".") && !isInitial(words.get(0))) {
      return lastFirst(List.of(words.get(0)), List.of(words.get(1))); // "Abedin. Huma": a comma read as a dot
    }
    if (words.size() == 3 && isInitial(words.get(2)) && !isInitial(words.get(1))) {
      return lastFirst(List.of(words.get(0)), words.subList(1, 3)); // "Mills Cheryl D": the comma was lost
    }
    if (words.size() == 2) {
      return of(words.get(0), null, words.get(1));
    }
    if (words.size() == 3) {
      return of(words.get(0), words.get(1), words.get(2));
    }
    return null;
  }

  /** {@code Sidney Blumenthal fmailto}: the name without the "mailto" of a withheld address, as OCR printed it. */
  private static String withoutMailto(String s) {
    int space = s.lastIndexOf(' ');
    if (space < 0) {
      return s;
    }
    String last = s.substring(space + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return last.length() >= 4 && EditDistance.atMost(last, "mailto", 2) <= 2 ? s.substring(0, space) : s;
  }

  /** The key names of one person share: folded given name (nicknames read as the name) and family name. */
  public String key() {
    return Nicknames.formalFolded(OcrFolding.fold(first)) + " " + OcrFolding.fold(last);
  }

  /**
   * Whether the two could be one person: the same family name (as OCR reads it, one letter at an
   * end aside), given names that agree (equal, one the start of the other, a nickname of it, or
   * one letter at an end apart) and middle initials that do not differ; or the same two names read
   * the other way round, which a stray mark after a name causes ({@code Sidney Blumenthal I}).
   */
  public boolean compatibleWith(PersonName other) {
    return sameParts(other) || sameParts(other.swapped());
  }

  /** The same words read the other way: "Sidney Blumenthal I" read as "Blumenthal, Sidney I" is Sidney Blumenthal. */
  private PersonName swapped() {
    return new PersonName(last, middle, first);
  }

  private boolean sameParts(PersonName other) {
    String la = OcrFolding.fold(last);
    String lb = OcrFolding.fold(other.last);
    if (!EndDamage.oneAtAnEnd(la, lb, 4) && !la.equals(lb)) {
      return false;
    }
    String fa = Nicknames.formalFolded(OcrFolding.fold(first));
    String fb = Nicknames.formalFolded(OcrFolding.fold(other.first));
    boolean firsts = fa.equals(fb) || EndDamage.oneAtAnEnd(fa, fb, 3)
        || Math.min(fa.length(), fb.length()) >= 3 && (fa.startsWith(fb) || fb.startsWith(fa));
    return firsts && (middle == 0 || other.middle == 0 || middle == other.middle);
  }

  /** The middle initial's class: the letters OCR confuses in an initial ({@code J}, {@code 3}, {@code 1}, {@code I}) are one. */
  static char middleClass(char c) {
    switch (Character.toLowerCase(c)) {
      case '1', 'i', 'l', 'j', '3', '|', '!':
        return 'j';
      case '0', 'o', 'd', 'q':
        return 'd';
      case '5', 's', '$':
        return 's';
      case '8', '6', 'b':
        return 'b';
      default:
        char l = Character.toLowerCase(c);
        return Character.isLetter(l) ? l : 0;
    }
  }

  private static PersonName lastFirst(List<String> lastWords, List<String> rest) {
    List<String> lastName = new ArrayList<>(lastWords);
    lastName.removeIf(w -> SUFFIXES.contains(bare(w)));
    List<String> given = new ArrayList<>(rest);
    while (!given.isEmpty() && TITLES.contains(bare(given.get(0)))) {
      given.remove(0);
    }
    if (lastName.isEmpty() || lastName.size() > 2 || given.isEmpty() || given.size() > 3
        || given.size() == 3 && bare(given.get(2)).length() > 1) {
      return null; // "Sullivan, Jacob J Rudman": the next name glued on
    }
    if (given.size() == 2 && given.get(0).endsWith(".") && bare(given.get(0)).length() > 1
        && bare(given.get(1)).length() > 2) {
      return null; // "Abedin, Huma. Hyde": the next name glued on after a separator read as a dot
    }
    return of(given.get(0), given.size() > 1 ? given.get(1) : null, String.join("", lastName));
  }

  /** {@code cheryl.mills}, {@code jake_sullivan}: an address's local part where a name was printed. */
  private static PersonName dotted(String word) {
    int dot = word.indexOf('.') >= 0 ? word.indexOf('.') : word.indexOf('_');
    if (dot <= 0 || dot == word.length() - 1) {
      return null;
    }
    String a = word.substring(0, dot);
    String b = word.substring(dot + 1);
    if (b.indexOf('.') >= 0 || b.indexOf('_') >= 0 || a.indexOf('-') >= 0 || b.indexOf('-') >= 0) {
      return null; // "SES-O_Shift-II": a list's name, not a person's
    }
    return of(a, null, b);
  }

  private static PersonName of(String first, String middle, String last) {
    String f = bare(first);
    String l = bare(last);
    if (!isNameWord(f, first) || !isNameWord(l, last)) {
      return null;
    }
    char m = 0;
    if (middle != null) {
      String bm = bare(middle);
      if (bm.isEmpty() || NOT_NAMES.contains(bm)) {
        return null;
      }
      m = middleClass(bm.charAt(0));
      if (m == 0) {
        return null;
      }
    }
    String ff = OcrFolding.fold(f);
    String fl = OcrFolding.fold(l);
    if (ff.length() >= 3 && fl.length() >= 3 && (ff.startsWith(fl) || fl.startsWith(ff))) {
      return null; // "sbwhoeop sbwhoeop": a mailbox printed twice, not a given and a family name
    }
    return new PersonName(f, m, l);
  }

  /** A given or family name: two letters or more, at most one digit (OCR), not a word of offices or headers, not an acronym. */
  private static boolean isNameWord(String bare, String printed) {
    if (bare.length() < 2 || NOT_NAMES.contains(bare) || TITLES.contains(bare)) {
      return false;
    }
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (c != '-') {
        return false;
      }
    }
    boolean acronym = printed.length() <= 4 && printed.equals(printed.toUpperCase(Locale.ROOT))
        && !printed.equals(printed.toLowerCase(Locale.ROOT));
    return letters >= 2 && digits <= 1 && !acronym && Character.isLetter(bare.charAt(0));
  }

  private static boolean isInitial(String word) {
    String b = bare(word);
    return b.length() == 1;
  }

  /** Lower case, without the dots and stray marks OCR leaves at a word's ends. */
  private static String bare(String word) {
    return stripEnds(word).toLowerCase(Locale.ROOT);
  }

  private static String stripEnds(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isStray(s.charAt(a))) {
      a++;
    }
    while (b > a && isStray(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private static boolean isStray(char c) {
    return !Character.isLetterOrDigit(c);
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.strip().split(" ")) {
      if (!stripEnds(w).isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
