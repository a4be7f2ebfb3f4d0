package org.readingroom.people;

import org.readingroom.text.OcrFolding;

/**
 * OCR damage at a word's ends: a letter lost or gained or misread at the start or the end ({@code
 * Jacobi} for {@code Jacob J}, {@code Millsl}, {@code Chery}), and the stray mark a bracket or a
 * quote leaves before an address ({@code imillscd}, {@code ehrod17}). Words are compared folded
 * (see {@link OcrFolding}).
 */
final class EndDamage {
  private EndDamage() {}

  /** Marks (folded) that brackets, quotes and angle brackets become before an address. */
  private static final String LEADING_MARKS = "ltecos";

  /**
   * Whether {@code a} and {@code b} differ by one letter at one end (lost, gained or misread), the
   * shorter having at least {@code minLength} letters. Equal words differ by nothing.
   */
  static boolean oneAtAnEnd(String a, String b, int minLength) {
    if (Math.min(a.length(), b.length()) < minLength) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    if (Math.abs(a.length() - b.length()) == 1) {
      String longer = a.length() > b.length() ? a : b;
      String shorter = longer == a ? b : a;
      return longer.startsWith(shorter) || longer.endsWith(shorter);
    }
    if (a.length() == b.length()) {
      int n = a.length();
      return a.substring(1).equals(b.substring(1)) || a.substring(0, n - 1).equals(b.substring(0, n - 1));
    }
    return false;
  }

  /** Whether {@code damaged} is {@code local} after a stray mark ({@code imillscd} for {@code millscd}). */
  static boolean strayMarkBefore(String damaged, String local) {
    return damaged.length() == local.length() + 1 && damaged.endsWith(local)
        && LEADING_MARKS.indexOf(damaged.charAt(0)) >= 0 && local.length() >= 5;
  }
}
