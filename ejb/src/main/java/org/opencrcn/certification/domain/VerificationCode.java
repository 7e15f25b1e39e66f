package org.opencrcn.certification.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code printed on a certificate, which anyone types on the public verification page: {@code P-}
 * then 8 characters of an alphabet without the characters people misread (no vowel, no 0, 1, 5, I,
 * L, O, S, Z). 24 characters to the power 8 is about 1.1 × 10¹¹ codes: with the page rate-limited,
 * guessing one that exists is hopeless. Drawn from a {@link SecureRandom}.
 */
public final class VerificationCode {
  public static final String PREFIX = "P-";
  public static final String ALPHABET = SessionCodes.ACCESS_LETTERS + SessionCodes.ACCESS_DIGITS;
  public static final int LENGTH = 8;

  private final RandomGenerator random;

  public VerificationCode(RandomGenerator random) {
    this.random = random;
  }

  public static VerificationCode secure() {
    return new VerificationCode(new SecureRandom());
  }

  /** A fresh code, e.g. {@code P-KB7XH4QD}. */
  public String draw() {
    StringBuilder code = new StringBuilder(PREFIX);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * A typed code as stored (spaces removed, upper case, the prefix added if the person left it
   * out), or empty when it cannot be a code at all: such a code is answered without a lookup.
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!code.startsWith(PREFIX)) {
      code = PREFIX + code;
    }
    String body = code.substring(PREFIX.length());
    if (body.length() != LENGTH || !body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(code);
  }
}
