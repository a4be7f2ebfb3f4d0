package org.readingroom.people;

import java.util.List;

/**
 * The name a person goes by: the most printed alias that is a full name a reader would write
 * ({@code Mills, Cheryl D}, {@code Hillary Clinton}; not {@code cheryl.mills}, nor an OCR-damaged
 * {@code Mills, Cheryl 0}); else the most printed name of any kind ({@code H}); else the most
 * printed address.
 */
final class CanonicalName {
  private CanonicalName() {}

  /** @param aliases most printed first */
  static String of(List<Alias> aliases) {
    for (Alias a : aliases) {
      if (readable(a.text())) {
        return a.text();
      }
    }
    for (Alias a : aliases) {
      if (EmailAddress.find(a.text()) == null && a.text().chars().anyMatch(Character::isLetter)) {
        return a.text();
      }
    }
    return aliases.get(0).text();
  }

  private static boolean readable(String text) {
    PersonName name = PersonName.read(text);
    if (name == null || text.chars().anyMatch(Character::isDigit) || !(text.contains(" ") || text.contains(","))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && " ,.-'".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
