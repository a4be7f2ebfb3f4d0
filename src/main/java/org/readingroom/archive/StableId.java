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
}
