package org.opencrcn.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CampaignCodeTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  @DisplayName("A code is 6 letters then 3 digits, none of I, L, O, 0 or 1")
  void shape() {
    for (int i = 0; i < 2_000; i++) {
      String code = CampaignCode.generate(random, taken -> false);
      assertThat(code).matches("[A-HJKMNP-Z]{6}[2-9]{3}");
    }
  }

  @Test
  @DisplayName("A code already taken is drawn again")
  void unique() {
    Set<String> taken = new HashSet<>();
    String first = CampaignCode.generate(random, taken::contains);
    taken.add(first);
    int[] draws = {0};
    String second =
        CampaignCode.generate(
            random,
            code -> {
              draws[0]++;
              return draws[0] == 1 || taken.contains(code);
            });
    assertThat(second).isNotEqualTo(first);
    assertThat(draws[0]).isGreaterThanOrEqualTo(2);
  }

  @Test
  @DisplayName("When every draw is taken the generator gives up instead of looping")
  void givesUp() {
    assertThatThrownBy(() -> CampaignCode.generate(random, code -> true))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("A code typed with spaces, dashes or in lower case is read as the code")
  void lenientReading() {
    assertThat(CampaignCode.normalize(" abcdef 234 ")).contains("ABCDEF234");
    assertThat(CampaignCode.normalize("ABC-DEF-234")).contains("ABCDEF234");
    assertThat(CampaignCode.normalize("abcdef234")).contains("ABCDEF234");
  }

  @Test
  @DisplayName("Text without a code's shape is no code")
  void notACode() {
    assertThat(CampaignCode.normalize(null)).isEmpty();
    assertThat(CampaignCode.normalize("")).isEmpty();
    assertThat(CampaignCode.normalize("ABCDE1234")).isEmpty();
    assertThat(CampaignCode.normalize("ABCDEFG234")).isEmpty();
    assertThat(CampaignCode.normalize("ÉBCDEF234")).isEmpty();
  }
}
