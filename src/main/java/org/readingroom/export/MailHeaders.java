package org.readingroom.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Header fields of a mail rebuilt from what a release printed (RFC 5322): every value is document
 * text, so control characters and line breaks are taken out (a printed header cannot add one of
 * its own), lengths are bounded, text beyond ASCII is an RFC 2047 encoded word, and long fields are
 * folded.
 */
final class MailHeaders {

  /** The longest value a field keeps, in characters, before it is cut: its line stays under RFC 5322's 998. */
  static final int MAX_VALUE = 900;
  /** Where the names of parties printed without an address get one: a domain that never resolves. */
  static final String NO_ADDRESS_DOMAIN = "readingroom.invalid";

  private static final Pattern ADDR_SPEC = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss '-0000'",
      Locale.US);
  private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);
  private static final int LINE = 78;

  private MailHeaders() {}

  /** A value with its control characters taken out, runs of white space made one, and cut to {@link #MAX_VALUE}. */
  static String clean(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_VALUE));
    boolean space = false;
    for (int i = 0; i < value.length() && sb.length() < MAX_VALUE; i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Unstructured text (a subject): as it is when ASCII, else encoded words. */
  static String text(String value) {
    String v = clean(value);
    return isAscii(v) ? v : encodedWords(v);
  }

  /** Whether {@code s} is printable ASCII. */
  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /** RFC 2047 {@code =?UTF-8?B?...?=} words, each at most 75 characters, never splitting a character. */
  static String encodedWords(String value) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < value.length()) {
      int end = start;
      int bytes = 0;
      while (end < value.length()) {
        int cp = value.codePointAt(end);
        int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (bytes + n > 45) {
          break;
        }
        bytes += n;
        end += Character.charCount(cp);
      }
      out.append(out.length() == 0 ? "" : " ").append("=?UTF-8?B?")
          .append(Base64.getEncoder().encodeToString(value.substring(start, end).getBytes(StandardCharsets.UTF_8)))
          .append("?=");
      start = end;
    }
    return out.toString();
  }

  /** Whether {@code address} can stand in a header as it is: a plain {@code local@domain.tld}. */
  static boolean isAddress(String address) {
    return address != null && address.length() <= 254 && ADDR_SPEC.matcher(address).matches();
  }

  /**
   * A mailbox: {@code "Mills, Cheryl D" <MillsCD@state.gov>}. A party printed without a usable
   * address gets {@code stand-in}{@code @readingroom.invalid}: the person's id when the archive
   * knows the person, so that a mail tool groups their mails, else a slug of the name.
   */
  static String mailbox(String name, String address, String standIn) {
    String a = isAddress(address) ? address : standIn(standIn) + "@" + NO_ADDRESS_DOMAIN;
    String n = clean(name != null ? name : address != null && !isAddress(address) ? address : null);
    if (n.isEmpty()) {
      return "<" + a + ">";
    }
    String phrase = isAscii(n) ? "\"" + n.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : encodedWords(n);
    return phrase + " <" + a + ">";
  }

  /** A local part made of {@code s}: lower-case letters and digits, runs of others as one dash. */
  static String standIn(String s) {
    StringBuilder sb = new StringBuilder();
    String v = s == null ? "" : s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < v.length() && sb.length() < 64; i++) {
      char c = v.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.length() == 0 ? "unknown" : sb.toString();
  }

  /** RFC 5322 date of a local time whose zone was not printed ({@code -0000}: no zone known). */
  static String date(LocalDateTime t) {
    return DATE.format(t);
  }

  /** The date of an mbox {@code From } line. */
  static String asctime(LocalDateTime t) {
    return ASCTIME.format(t);
  }

  /** A field, folded at its items' separators (or spaces) so that no line passes 78 characters where it can help it. */
  static void field(StringBuilder out, String name, List<String> items, String separator) {
    StringBuilder line = new StringBuilder(name).append(':');
    out.append(line);
    int column = line.length();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i) + (i < items.size() - 1 ? separator.strip() : "");
      for (String word : item.split(" ")) {
        if (column + 1 + word.length() > LINE && column > name.length() + 1) {
          out.append("\n");
          column = 0;
        }
        out.append(' ').append(word);
        column += 1 + word.length();
      }
    }
    out.append('\n');
  }
}
