package org.opencrcn.certification.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The codes a session hands out (docs/certification.md): the access code candidates type to join (4
 * consonants then 2 digits, none that can be misread as another) and the supervisor's password.
 * Drawn from a {@link SecureRandom}: a guessable code would let a stranger into the room.
 */
public final class SessionCodes {
  /** Letters of the access code: no vowel (no word), no I/L/O/S/Z (read as 1, 0, 5, 2). */
  public static final String ACCESS_LETTERS = "BCDFGHJKMPQRTVWXY";

  /** Digits of the access code: no 0, 1 or 5, read as O, I and S. */
  public static final String ACCESS_DIGITS = "2346789";

  /** Characters of the supervisor password. */
  public static final String PASSWORD_CHARACTERS =
      "23456789bcdfghjkmpqrstvwxyBCDFGHJKMPQRSTVWXY!*?";

  public static final int PASSWORD_LENGTH = 6;

  private final RandomGenerator random;

  public SessionCodes(RandomGenerator random) {
    this.random = random;
  }

  /** Codes drawn from a fresh SecureRandom. */
  public static SessionCodes secure() {
    return new SessionCodes(new SecureRandom());
  }

  /** Four letters then two digits, e.g. {@code KBXH47}. */
  public String accessCode() {
    return draw(ACCESS_LETTERS, 4) + draw(ACCESS_DIGITS, 2);
  }

  /** Six characters of {@link #PASSWORD_CHARACTERS}. */
  public String supervisorPassword() {
    return draw(PASSWORD_CHARACTERS, PASSWORD_LENGTH);
  }

  private String draw(String alphabet, int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return code.toString();
  }
}
