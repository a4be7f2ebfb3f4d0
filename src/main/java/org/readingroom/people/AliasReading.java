package org.readingroom.people;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one printed alias says about whom it names: an address ({@code MillsCD@state.gov}, also
 * printed inside a name field, {@code H [mailto:HDR22@clintonemail.com]}), a person's name ({@code
 * Mills, Cheryl D}), or only a word ({@code H}, {@code HRC}, {@code NEWS-Mahogany}), compared in
 * lower case without punctuation. A name printed with an address it cannot belong to ({@code Jake
 * Sullivan ReplyTo: hdr22@...}), or two parties glued into one ({@code Ahmed, Salman (USUN •
 * 'Avril D Haines}), reads as only a word: such an alias stays a person of its own.
 *
 * @param address the address, or null
 * @param name the person's name, when it is not an address; or null
 * @param word the lower-case letters and digits of an alias that is neither; or null
 */
record AliasReading(EmailAddress address, PersonName name, String word) {

  /**
   * A second party glued on by a lost separator: {@code Rice, Susan E (USUN • Tess Caroline},
   * {@code shdr22@clintonemail.com% Mills}, or a second address.
   */
  private static final Pattern GLUED =
      Pattern.compile("[•%;]\\s*['\"]?[A-Z][a-z]{2,}|[@©][^@©]*\\s[^@©\\s]*[@©]");

  /** "mailto:" as OCR prints it: {@code Emailto}, {@code rnallto}, {@code fmailto}. */
  private static final Pattern MAILTO = Pattern.compile("(?i)\\S*(?:a[il1]lt|ma[il1]l|na[il1]l)\\S*");

  static AliasReading of(String alias) {
    if (GLUED.matcher(alias).find()) {
      return new AliasReading(null, null, word(alias)); // two parties printed as one: neither is sure
    }
    EmailAddress address = EmailAddress.find(alias);
    if (address != null) {
      return withAddress(alias, address);
    }
    PersonName name = PersonName.read(alias);
    if (name != null) {
      return new AliasReading(null, name, null);
    }
    return new AliasReading(null, null, word(alias));
  }

  private static String word(String alias) {
    String word = alias.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return word.isEmpty() ? null : word;
  }

  /** An alias holding an address: the address, unless a name printed before it names someone else. */
  private static AliasReading withAddress(String alias, EmailAddress address) {
    int at = firstAddressChar(alias);
    String before = at <= 0 ? "" : alias.substring(0, at);
    before = MAILTO.matcher(before.replaceAll("[\\[\\]<>(){}‹›:]+", " ")).replaceAll(" ").strip();
    String letters = before.replaceAll("[^\\p{L}]", "");
    if (letters.length() <= 3) {
      return new AliasReading(address, null, null); // "H [mailto:", "HRC (", a stray mark
    }
    PersonName name = PersonName.read(before);
    if (name != null && LocalParts.fits(name, address)) {
      return new AliasReading(address, null, null);
    }
    return new AliasReading(null, null, null);
  }

  /** Where the address's local part starts: the word before the first @-like mark. */
  private static int firstAddressChar(String alias) {
    int at = -1;
    for (String mark : new String[] {"@", "©", "?", "(a"}) {
      int i = alias.indexOf(mark);
      if (i > 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    if (at < 0) {
      return -1;
    }
    int start = at;
    while (start > 0 && !Character.isWhitespace(alias.charAt(start - 1)) && ":[<(‹'\"".indexOf(alias.charAt(start - 1)) < 0) {
      start--;
    }
    return start;
  }
}
