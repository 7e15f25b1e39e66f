package org.opencrcn.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret part of a mailed link: 256 random bits, URL-safe. What the database keeps of a link is
 * its SHA-256 hash, so that reading the database does not give the links.
 */
public record SecretToken(String value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public static SecretToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String hash() {
    return hashOf(value);
  }

  /** SHA-256 in lower-case hex (64 characters); a random token needs no salt. */
  public static String hashOf(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
