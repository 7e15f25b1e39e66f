package org.opencrcn.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {
  private final VerificationCode codes = new VerificationCode(new SplittableRandom(7));

  @Test
  @DisplayName(
      "A verification code is P- then 8 characters, none of them misread (0 1 5 I L O S Z, vowels)")
  void alphabet() {
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = codes.draw();

      assertThat(code).matches("P-[BCDFGHJKMPQRTVWXY2346789]{8}");
      code.substring(2).chars().forEach(c -> seen.add((char) c));
    }
    assertThat(seen).hasSize(VerificationCode.ALPHABET.length());
    assertThat(VerificationCode.ALPHABET).doesNotContainPattern("[015AEILOSUZ]");
  }

  @Test
  @DisplayName("A typed code is read without spaces nor case, with or without its prefix")
  void normalise() {
    assertThat(VerificationCode.normalise(" p-kb7x h4qd ")).contains("P-KB7XH4QD");
    assertThat(VerificationCode.normalise("KB7XH4QD")).contains("P-KB7XH4QD");
  }

  @Test
  @DisplayName("A forged code (wrong length, a character outside the alphabet) is no code")
  void forged() {
    assertThat(VerificationCode.normalise("P-KB7XH4Q")).isEmpty();
    assertThat(VerificationCode.normalise("P-KB7XH4QDD")).isEmpty();
    assertThat(VerificationCode.normalise("P-KB7XH4Q0")).isEmpty();
    assertThat(VerificationCode.normalise("P-' OR 1=1")).isEmpty();
    assertThat(VerificationCode.normalise(null)).isEmpty();
  }

  @Test
  @DisplayName("The secure generator draws from the same alphabet")
  void secure() {
    assertThat(VerificationCode.secure().draw()).matches("P-[BCDFGHJKMPQRTVWXY2346789]{8}");
  }
}
