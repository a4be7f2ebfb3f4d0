package org.readingroom.people;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readingroom.text.OcrFolding;

/**
 * An e-mail address read through OCR damage: {@code @} printed as {@code ©}, {@code ?} or {@code
 * (a}, a comma for a dot, letters confused ({@code MiIIsCD}, {@code clintonernail.corn}), a stray
 * mark before it or a letter after its domain ({@code imillscd@state.govi}), a dot lost ({@code
 * clintonemailcom}). Both parts are kept folded (see {@link OcrFolding}), the domain without its
 * dots, so that the spellings of one address share one {@link #key()}.
 *
 * @param local the folded local part: {@code mlllscd}
 * @param domain the folded domain without dots: {@code statego}... see {@link #key()}
 */
public record EmailAddress(String local, String domain) {

  private static final Pattern ENDS_WITH_TLD = Pattern.compile("(?i)\\.(com|gov|org|net|edu|mil|us|uk)$");
  /** Top-level domains, folded, and the stray marks OCR leaves after them. */
  private static final Pattern TLD_THEN_JUNK = Pattern.compile("(dom|com|gov|goy|org|net|edu|mll|us|uk|ca|fr|de)[a-z0-9]{1,2}$");

  public EmailAddress {
    if (local == null || domain == null || local.isEmpty() || domain.isEmpty()) {
      throw new IllegalArgumentException("an address has a local part and a domain");
    }
  }

  /**
   * The address printed in {@code printed} (also inside a name, {@code H [mailto:HDR22@...]}), or null.
   * Read in one pass, in time linear in the length of {@code printed}: the first local part (a run
   * of letters, digits and {@code ._%+-} from its first letter or digit) that is followed, after at
   * most one space, by an {@code @} (or {@code ©}, {@code ?}, {@code (a}) and, after at most one
   * more space, by a domain (letters, digits and {@code .,-} or spaces, from a letter or digit to the
   * last one). A regular expression said the same in quadratic time: it tried every letter of a long
   * word as the start of a local part.
   */
  public static EmailAddress find(String printed) {
    if (printed == null) {
      return null;
    }
    int n = printed.length();
    int from = 0;
    while (from < n) {
      int start = from;
      while (start < n && !isLetterOrDigit(printed.charAt(start))) {
        start++;
      }
      if (start == n) {
        return null;
      }
      int end = start;
      while (end < n && inLocalPart(printed.charAt(end))) {
        end++;
      }
      from = end; // a local part that starts later in this run ends here too
      int at = end < n && isSeparatorAt(printed, end) ? end
          : end + 1 < n && isSpace(printed.charAt(end)) && isSeparatorAt(printed, end + 1) ? end + 1 : -1;
      if (at < 0) {
        continue;
      }
      int domainStart = at + (printed.charAt(at) == '(' ? 2 : 1);
      if (domainStart < n && isSpace(printed.charAt(domainStart))) {
        domainStart++;
      }
      if (domainStart >= n || !isLetterOrDigit(printed.charAt(domainStart))) {
        continue;
      }
      int run = domainStart + 1;
      int lastLetter = -1;
      while (run < n && inDomain(printed.charAt(run))) {
        if (isLetterOrDigit(printed.charAt(run))) {
          lastLetter = run;
        }
        run++;
      }
      if (lastLetter < 0) {
        continue;
      }
      from = lastLetter + 1;
      String[] pieces = printed.substring(domainStart, lastLetter + 1).split(" ");
      String domain = pieces[0];
      if (pieces.length > 1 && pieces[1].length() <= 3 && !ENDS_WITH_TLD.matcher(domain).find()) {
        domain += pieces[1]; // "state.g ov", "state. gov": a space OCR put inside
      }
      char sign = printed.charAt(at);
      if (sign != '@' && sign != '©' && !domain.contains(".")) {
        continue; // a "?" or "(a" is an @ only before a domain with a dot
      }
      EmailAddress a = of(printed.substring(start, end), domain);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean inLocalPart(char c) {
    return isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean inDomain(char c) {
    return isLetterOrDigit(c) || c == '.' || c == ',' || c == '-' || c == ' ';
  }

  /** What a regular expression's {@code \s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** An {@code @}, or what OCR printed for one: {@code ©}, {@code ?}, {@code (a}. */
  private static boolean isSeparatorAt(String s, int i) {
    char c = s.charAt(i);
    return c == '@' || c == '©' || c == '?' || c == '(' && i + 1 < s.length() && s.charAt(i + 1) == 'a';
  }

  /** The address of a local part and a domain as printed, folded; null when too little is left of either. */
  static EmailAddress of(String local, String domain) {
    String l = trimmed(local);
    String d = OcrFolding.fold(domain.replace(',', '.')).replaceAll("[^a-z0-9.\\-]", "");
    d = d.replaceAll("\\.", "");
    Matcher junk = TLD_THEN_JUNK.matcher(d);
    if (junk.find() && d.length() - junk.end(1) <= 2 && !d.endsWith("co" + "uk")) {
      d = d.substring(0, junk.end(1));
    }
    d = d.replaceAll("goy$", "gov").replaceAll("dom$", "com");
    if (l.isEmpty() || d.length() < 3) {
      return null;
    }
    return new EmailAddress(OcrFolding.fold(l.toLowerCase(Locale.ROOT)).replace(".", "").replace("_", ""), d);
  }

  /** {@code local} without the marks before its first letter or digit and after its last. */
  private static String trimmed(String local) {
    int b = 0;
    int e = local.length();
    while (b < e && !isLetterOrDigit(local.charAt(b))) {
      b++;
    }
    while (e > b && !isLetterOrDigit(local.charAt(e - 1))) {
      e--;
    }
    return local.substring(b, e);
  }

  /** What the spellings of one address share: {@code mlllscd@stategov}. */
  public String key() {
    return local + "@" + domain;
  }
}
