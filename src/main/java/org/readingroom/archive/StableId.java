package org.readingroom.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids made from what identifies a thing (a person's anchor alias, a message's sender, minute and
 * subject), so the same thing gets the same id at every analysis of the archive, and links to it
 * stay valid.
 */
public final class StableId {
  private StableId() {}

  /**
   * One digest a thread, reused: looking a digest up costs about as much as the hash of a short
   * identity, and the thread finder makes an id for each of a million messages.
   */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  });

  /** {@code prefix-} and 12 hex digits (48 bits) of the SHA-256 of {@code identity}. */
  public static String of(String prefix, String identity) {
    byte[] hash = SHA256.get().digest(identity.getBytes(StandardCharsets.UTF_8)); // digest() resets it
    return prefix + "-" + HexFormat.of().formatHex(hash, 0, 6);
  }

  /**
   * The number the 12 hex digits of {@code id} stand for, when it is an id of {@code prefix} as
   * {@link #of} makes them; numbers order as their ids do. -1 for any other string.
   */
  public static long number(String prefix, String id) {
    if (id == null || id.length() != prefix.length() + 13 || !id.startsWith(prefix)
        || id.charAt(prefix.length()) != '-') {
      return -1;
    }
    long n = 0;
    for (int i = prefix.length() + 1; i < id.length(); i++) {
      int d = Character.digit(id.charAt(i), 16);
      if (d < 0 || Character.isUpperCase(id.charAt(i))) {
        return -1;
      }
      n = n << 4 | d;
    }
    return n;
  }

  /** The id of {@code prefix} whose digits are {@code number} ({@link #number} read back). */
  public static String ofNumber(String prefix, long number) {
    return prefix + "-" + HexFormat.of().toHexDigits(number).substring(4);
  }
}
