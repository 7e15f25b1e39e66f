package org.opencrcn.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionCodesTest {
  private final SessionCodes codes = new SessionCodes(new SplittableRandom(42));

  @Test
  @DisplayName("An access code is 4 letters of BCDFGHJKMPQRTVWXY then 2 digits of 2346789")
  void accessCodeAlphabets() {
    for (int i = 0; i < 2_000; i++) {
      String code = codes.accessCode();

      assertThat(code).matches("[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}");
    }
  }

  @Test
  @DisplayName(
      "A supervisor password is 6 characters of its alphabet, never 0, 1, O, I, L or a vowel")
  void supervisorPasswordAlphabet() {
    for (int i = 0; i < 2_000; i++) {
      String password = codes.supervisorPassword();

      assertThat(password).hasSize(6);
      assertThat(password.chars()).allMatch(c -> SessionCodes.PASSWORD_CHARACTERS.indexOf(c) >= 0);
      assertThat(password).doesNotContainPattern("[01OIiLlaeuAEU]");
    }
  }

  @Test
  @DisplayName("Every letter and digit of the alphabets is drawn, and codes vary")
  void everyCharacterIsUsed() {
    Set<Character> seen = new HashSet<>();
    Set<String> distinct = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = codes.accessCode();
      distinct.add(code);
      code.chars().forEach(c -> seen.add((char) c));
    }

    assertThat(seen)
        .hasSize(SessionCodes.ACCESS_LETTERS.length() + SessionCodes.ACCESS_DIGITS.length());
    assertThat(distinct).hasSizeGreaterThan(1_990);
  }

  @Test
  @DisplayName("The secure generator draws from the same alphabets")
  void secureGenerator() {
    assertThat(SessionCodes.secure().accessCode()).matches("[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}");
  }
}
