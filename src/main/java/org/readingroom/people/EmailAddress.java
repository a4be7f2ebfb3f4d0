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

  private static final Pattern ADDRESS = Pattern.compile(
      "([A-Za-z0-9][A-Za-z0-9._%+\\-]*)\\s?(?:@|©|\\?|\\(a)\\s?([A-Za-z0-9][A-Za-z0-9.,\\- ]*[A-Za-z0-9])");
  private static final Pattern ENDS_WITH_TLD = Pattern.compile("(?i)\\.(com|gov|org|net|edu|mil|us|uk)$");
  /** Top-level domains, folded, and the stray marks OCR leaves after them. */
  private static final Pattern TLD_THEN_JUNK = Pattern.compile("(dom|com|gov|goy|org|net|edu|mll|us|uk|ca|fr|de)[a-z0-9]{1,2}$");

  public EmailAddress {
    if (local == null || domain == null || local.isEmpty() || domain.isEmpty()) {
      throw new IllegalArgumentException("an address has a local part and a domain");
    }
  }

  /** The address printed in {@code printed} (also inside a name, {@code H [mailto:HDR22@...]}), or null. */
  public static EmailAddress find(String printed) {
    if (printed == null) {
      return null;
    }
    Matcher m = ADDRESS.matcher(printed);
    while (m.find()) {
      String[] pieces = m.group(2).split(" ");
      String domain = pieces[0];
      if (pieces.length > 1 && pieces[1].length() <= 3 && !ENDS_WITH_TLD.matcher(domain).find()) {
        domain += pieces[1]; // "state.g ov", "state. gov": a space OCR put inside
      }
      boolean at = m.group(0).contains("@") || m.group(0).contains("©");
      if (!at && !domain.contains(".")) {
        continue; // a "?" or "(a" is an @ only before a domain with a dot
      }
      EmailAddress a = of(m.group(1), domain);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private static EmailAddress of(String local, String domain) {
    String l = local.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
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

  /** What the spellings of one address share: {@code mlllscd@stategov}. */
  public String key() {
    return local + "@" + domain;
  }
}
