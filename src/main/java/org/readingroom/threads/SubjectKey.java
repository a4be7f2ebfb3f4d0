package org.readingroom.threads;

import java.util.regex.Pattern;
import org.readingroom.text.OcrFolding;

/**
 * What the subjects of one message share across its copies and replies: the subject without its
 * {@code Re:}, {@code Fw:}, {@code FW:}, {@code Fwd:} (also OCR'd, {@code Fvv:}, {@code RE :}), in
 * folded letters and digits only. {@code Fw: Letter to the Secretary} and {@code RE: letter to the
 * secretary} share {@code letter to the secretary} (folded).
 */
final class SubjectKey {
  private SubjectKey() {}

  private static final Pattern PREFIX =
      Pattern.compile("(?i)^\\s*(?:(?:re|fw|fwd|fvv|fvvd|rw|tw|aw|wg)\\s*[:;.]|\\[[^]]*]|\\(\\d+\\))\\s*");

  static String of(String subject) {
    if (subject == null) {
      return "";
    }
    String s = subject;
    String before;
    do {
      before = s;
      s = PREFIX.matcher(s).replaceFirst("");
    } while (!s.equals(before));
    StringBuilder b = new StringBuilder(s.length());
    for (char c : OcrFolding.fold(s).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
