package org.readingroom.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readingroom.record.Party;

/**
 * Reads the parties of a header value: {@code Mills, Cheryl D <MillsCD@state.gov>}, {@code
 * Pickering, Thomas R [mailto:} (address withheld), {@code 'Russorv@state.gov'}, {@code sbwhoeop
 * <sbwhoeop} (address cut off by a redaction: the fragment is kept as the name). Recipient lists
 * are split at {@code ;}, at wide gaps a withheld address leaves, and at commas between whole
 * names or addresses, never inside {@code Last, First}.
 */
final class Parties {

  private static final Pattern REDACTED = Pattern.compile("(?i)\\[redacted\\]");
  private static final Pattern WIDE_GAP = Pattern.compile(" {3,}");
  /** An address as OCR prints it: {@code @} read as {@code ©} or {@code ?} at times. */
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9._%'+-]+(?:@|©|\\?(?=[A-Za-z0-9-]+\\.(?:gov|com|org|net|edu|mil)))[A-Za-z0-9.,_-]*[A-Za-z0-9]");
  private static final Pattern LEADING_QUOTES = Pattern.compile("^['\"`\\s]+");
  private static final Pattern TRAILING_QUOTES = Pattern.compile("['\"]+$");
  private static final Pattern FROM_BRACKET = Pattern.compile("\\(.*");
  /** What opens an address: {@code <}, {@code [mailto:}, or a {@code mailto:} whose bracket OCR lost. */
  private static final Pattern OPENER =
      Pattern.compile("^(?:<|\\[mailto:?|\\(mailto:?|\\[|\\s*mailto:?|\\s*[\\[({Eefijclt|-]?\\s?(?:m|rn)a[il1I|!]{2}to\\b:?)");
  /**
   * {@code [mailto:} as OCR prints it: the bracket read as {@code E}, {@code f}, {@code i}, {@code j}
   * or lost, {@code m} as {@code rn}, {@code il} as any two of {@code i l 1 I |} ({@code Ernailto},
   * {@code [mallto}, {@code fmailto}, {@code [rnalito}).
   */
  static final Pattern DAMAGED_MAILTO = Pattern.compile("(?<=\\s)[\\[({Eefijclt|-]?\\s?(?:m|rn)a[il1I|!]{2}to\\b");
  /** {@code state.govj}, {@code clintonemail.coml}: the closing bracket of {@code [mailto:...]} read as a letter. */
  private static final Pattern CLOSING_BRACKET_READ_AS_LETTER = Pattern.compile("\\.(?:gov|com|org|net|edu|mil)([jilIJ1])$");
  private static final Pattern DEBRIS = Pattern.compile("\\d[\\d ]*(?: [A-Za-z]{1,2})?|B[1-9](?: \\d)?");
  private static final String STRAY = "'\"`<>[]{},;:.•*_|\\/-~!?»«";

  private Parties() {}

  /** The sender: one party, or null when nothing readable is left. */
  static Party one(String value) {
    if (value == null) {
      return null;
    }
    String v = value.indexOf('[') >= 0 ? REDACTED.matcher(value).replaceAll(" ") : value;
    return party(Layout.collapseSpaces(v));
  }

  /** The recipients of a {@code To:} or {@code Cc:} value. */
  static List<Party> list(String value) {
    return list(value, Parties::party);
  }

  /** {@link #list(String)}, reading each recipient's text with {@code party} (a cache of {@link #party}). */
  static List<Party> list(String value, Function<String, Party> party) {
    List<Party> out = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return out;
    }
    String v = value.indexOf('[') >= 0 ? REDACTED.matcher(value).replaceAll("   ") : value;
    for (String chunk : v.split(";")) {
      for (String piece : splitAtGaps(chunk)) {
        for (String name : splitAtCommas(piece)) {
          Party p = party.apply(name);
          if (p != null) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  /** Splits at wide gaps; a piece that opens with {@code <} is the address of the piece before it. */
  private static List<String> splitAtGaps(String chunk) {
    List<String> pieces = new ArrayList<>();
    for (String piece : WIDE_GAP.split(chunk.strip())) {
      String p = piece.strip();
      if (p.isEmpty()) {
        continue;
      }
      String bare = LEADING_QUOTES.matcher(p).replaceFirst("");
      boolean continues = bare.startsWith("<") || bare.startsWith("[mailto") || bare.startsWith("(mailto")
          || bare.startsWith("(") && !bare.contains(",") && bare.indexOf(')') > 0 && bare.length() < 24;
      if (continues && !pieces.isEmpty() && !hasAddressPart(pieces.get(pieces.size() - 1))) {
        pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + " " + p);
      } else {
        pieces.add(p);
      }
    }
    return pieces;
  }

  private static boolean hasAddressPart(String p) {
    return p.contains("<") || p.contains("[mailto") || p.contains("(mailto");
  }

  /**
   * Splits at commas between whole names or addresses. {@code Mills, Cheryl D} and {@code Carl Yoder,
   * Samantha A} are one party each; {@code Jake Sullivan, Cheryl Mills} and {@code a@b.gov, c@d.gov}
   * are two.
   */
  static List<String> splitAtCommas(String piece) {
    List<String> out = new ArrayList<>();
    if (piece.indexOf(',') < 0) {
      out.add(piece);
      return out;
    }
    String current = null;
    boolean merged = false;
    List<String> parts = splitOutsideBrackets(piece);
    for (int k = 0; k < parts.size(); k++) {
      String p = parts.get(k).strip();
      if (p.isEmpty()) {
        continue;
      }
      if (current != null && !merged && isSurname(current) && isGivenNames(p, current)) {
        String next = k + 1 < parts.size() ? parts.get(k + 1).strip() : "";
        int lastSpace = p.lastIndexOf(' ');
        String tail = lastSpace > 0 ? p.substring(lastSpace + 1) : "";
        if (lastSpace > 0 && isName(tail) && !next.isEmpty() && isGivenNames(next, tail)) {
          // "Sullivan, Jacob Macmanus, Joseph E": OCR lost the ';' between two whole names
          out.add(current + ", " + p.substring(0, lastSpace));
          current = tail;
          continue;
        }
        current = current + ", " + p;
        merged = true;
        continue;
      }
      if (current != null) {
        out.add(current);
      }
      current = p;
      merged = false;
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }

  /** A capitalised word of two or more letters: a surname where one may stand. */
  private static boolean isName(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-' && w.charAt(i) != '\'') {
        return false;
      }
    }
    return true;
  }

  private static List<String> splitOutsideBrackets(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '[' || c == '(') {
        depth++;
      } else if ((c == '>' || c == ']' || c == ')') && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static boolean isSurname(String s) {
    if (s.indexOf('@') >= 0 || s.indexOf('<') >= 0 || s.indexOf('[') >= 0) {
      return false;
    }
    String t = LEADING_QUOTES.matcher(s).replaceFirst("").strip();
    return !t.isEmpty() && words(t) <= 2;
  }

  private static boolean isGivenNames(String p, String surname) {
    String head = p;
    int cut = indexOfAny(p, "<[");
    if (cut >= 0) {
      head = p.substring(0, cut).strip();
    }
    head = clean(head);
    if (head.isEmpty() || head.indexOf('@') >= 0) {
      return false;
    }
    head = TRAILING_QUOTES.matcher(head).replaceFirst("");
    String[] words = FROM_BRACKET.matcher(head).replaceFirst("").strip().split(" ");
    if (words.length == 1 && words[0].isEmpty()) {
      return head.startsWith("(");
    }
    int full = 0;
    for (String w : words) {
      if (w.replace(".", "").length() > 1) {
        full++;
      }
    }
    if (!startsWithNameWord(head)) {
      return false;
    }
    // "Leonard, Mary Beth" (one-word surname) is one party; "Jake Sullivan, Cheryl Mills" is two
    return full <= 1 || full == 2 && words(surname.strip()) == 1 && words.length <= 3;
  }

  /** A first word of letters (and digits, apostrophes, dots, hyphens) that starts with a letter. */
  private static boolean startsWithNameWord(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '(') {
        return true;
      }
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '\'' && c != '’' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static int indexOfAny(String s, String chars) {
    int best = -1;
    for (int i = 0; i < chars.length(); i++) {
      int at = s.indexOf(chars.charAt(i));
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** One party from its printed text. */
  static Party party(String printed) {
    String s = Layout.collapseSpaces(printed);
    if (s.isEmpty()) {
      return null;
    }
    String name = s;
    String address = null;
    int open = indexOfOpening(s);
    if (open >= 0) {
      name = s.substring(0, open);
      String inside = OPENER.matcher(s.substring(open)).replaceFirst("");
      String candidate = inside.replace(" ", "");
      Matcher m = ADDRESS.matcher(candidate);
      if (mayHoldAddress(candidate) && m.find()) {
        address = m.group();
      } else if (clean(name).isEmpty()) {
        name = inside; // "<William_R._Leavitt": the visible fragment of a withheld address
      }
    } else {
      Matcher m = ADDRESS.matcher(s);
      if (mayHoldAddress(s) && m.find() && s.indexOf(' ', m.end()) < 0 && (m.start() == 0 || s.lastIndexOf(' ', m.start()) < 0)) {
        address = m.group();
        name = s.substring(0, m.start()) + s.substring(m.end());
      }
    }
    name = clean(name);
    if (address != null) {
      address = cleanAddress(address);
    }
    if (name != null && address != null && isQuotedAddress(name)) {
      name = null; // "'hdr22@clintonemail.com' <hdr22@clintonemail.com>"
    }
    if (name != null && name.isEmpty()) {
      name = null;
    }
    if (name != null && (!hasLetterOrDigit(name) || address == null && isDebris(name))) {
      name = null; // OCR debris such as '›', '1 tO', or a margin code read into the list
    }
    if (name == null && (address == null || address.isEmpty())) {
      return null;
    }
    if (address != null && address.isEmpty()) {
      address = null;
    }
    return new Party(name, address);
  }

  /**
   * What a redaction or a margin leaves in a recipient list: digits with at most a letter or two
   * ({@code 1}, {@code 1 tO}), or exemption codes ({@code B6}). No name begins with a digit; {@code
   * 11} is kept, as it is mostly Clinton's {@code H} read as two ones ({@code To: 11}, {@code Frorn:11}).
   */
  private static boolean isDebris(String name) {
    return DEBRIS.matcher(name).matches() && !name.equals("11");
  }

  private static int indexOfOpening(String s) {
    if (s.indexOf('<') < 0 && s.indexOf('[') < 0 && s.indexOf('(') < 0 && s.indexOf("to", 4) < 0) {
      return -1;
    }
    int best = -1;
    for (String opener : new String[] {"<", "[mailto", "(mailto", "[ mailto", "[Mailto", " mailto:"}) {
      int at = s.indexOf(opener);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    if (s.indexOf("to", 4) > 0) {
      Matcher m = DAMAGED_MAILTO.matcher(s);
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
      }
    }
    int bracket = s.indexOf('[');
    if (best < 0 && bracket >= 0 && ADDRESS.matcher(s.substring(bracket)).find()) {
      best = bracket; // "Mills, Cheryl D" [MillsCD@state.gov]
    }
    return best;
  }

  /** Cheap test before the address pattern runs: an address prints an at sign, or OCR's © or ?. */
  private static boolean mayHoldAddress(String s) {
    return s.indexOf('@') >= 0 || s.indexOf('©') >= 0 || s.indexOf('?') >= 0;
  }

  private static boolean isQuotedAddress(String name) {
    return mayHoldAddress(name) && ADDRESS.matcher(name).matches() || name.indexOf('@') >= 0 && name.indexOf(' ') < 0;
  }

  /** Strips surrounding quotes, brackets and stray punctuation; keeps a balanced closing bracket. */
  static String clean(String s) {
    String t = Layout.collapseSpaces(s);
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      char first = t.charAt(0);
      if (STRAY.indexOf(first) >= 0 || first == '(' && t.indexOf(')') < 0) {
        t = t.substring(1).strip();
        changed = true;
        continue;
      }
      char last = t.charAt(t.length() - 1);
      boolean balancedClose = last == ')' && count(t, '(') >= count(t, ')');
      if (STRAY.indexOf(last) >= 0 && !(last == '.' && isInitialDot(t)) || last == ')' && !balancedClose
          || last == '(') {
        t = t.substring(0, t.length() - 1).strip();
        changed = true;
      }
    }
    return t;
  }

  /** "Yates, Mary C." keeps its initial's full stop. */
  private static boolean isInitialDot(String t) {
    int n = t.length();
    return n >= 3 && Character.isUpperCase(t.charAt(n - 2)) && t.charAt(n - 3) == ' ';
  }

  private static String cleanAddress(String a) {
    String t = a.strip();
    while (!t.isEmpty() && "'\".,;:>]".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    while (!t.isEmpty() && "'\"<[".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1);
    }
    Matcher bracket = CLOSING_BRACKET_READ_AS_LETTER.matcher(t);
    return bracket.find() ? t.substring(0, bracket.start(1)) : t;
  }

  private static int words(String s) {
    int n = s.isEmpty() ? 0 : 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
