package org.readingroom.people;

import java.util.LinkedHashSet;
import java.util.Set;
import org.readingroom.text.OcrFolding;

/**
 * How addresses are made from names: {@code MillsCD} (family name and initials), {@code
 * cheryl.mills}, {@code cmills}, {@code reinesp}. Tells whether an address's local part can be a
 * person's, and which local parts a name makes.
 */
final class LocalParts {
  private LocalParts() {}

  /** Whether the local part holds the person's family name or given name (three letters or more), as OCR reads them. */
  static boolean fits(PersonName name, EmailAddress address) {
    String local = address.local();
    String last = OcrFolding.fold(name.last()).replace("-", "");
    String first = OcrFolding.fold(name.first()).replace("-", "");
    return last.length() >= 3 && local.contains(last) || first.length() >= 3 && local.contains(first);
  }

  /** Whether a one-word name and a local part hold each other ({@code preines} and {@code preines}, {@code Huma} and {@code huma}). */
  static boolean fits(String word, EmailAddress address) {
    String w = OcrFolding.fold(word);
    String local = address.local();
    return w.length() >= 3 && local.length() >= 3 && (local.contains(w) || w.contains(local));
  }

  /** The local parts this name makes, folded: {@code mlllscd}, {@code dmllls}, {@code cherylmllls}... */
  static Set<String> of(PersonName name) {
    String f = OcrFolding.fold(name.first()).replace("-", "");
    String l = OcrFolding.fold(name.last()).replace("-", "");
    String fi = f.substring(0, 1);
    Set<String> out = new LinkedHashSet<>();
    out.add(fi + l);
    out.add(l + fi);
    out.add(f + l);
    out.add(l + f);
    if (name.middle() != 0) {
      String m = OcrFolding.fold(String.valueOf(name.middle()));
      out.add(l + fi + m);
      out.add(fi + m + l);
    }
    return out;
  }
}
