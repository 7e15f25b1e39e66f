package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

  @Test
  @DisplayName("A UAI is typed with spaces or in lower case: it is trimmed and upper-cased")
  void normalized() {
    assertThat(Uai.normalize("  0381999z ")).contains("0381999Z");
    assertThat(Uai.normalize("   ")).isEmpty();
    assertThat(Uai.normalize(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0381999Z", "9710003B", "0620001X"})
  @DisplayName("Seven digits then a letter is the shape of a UAI")
  void wellFormed(String uai) {
    assertThat(Uai.hasShape(uai)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"381999Z", "03819990Z", "0381999", "038199AZ", "0381999-", "0381999ZZ", "O381999Z"})
  @DisplayName("Anything else is not a UAI")
  void malformed(String uai) {
    assertThat(Uai.hasShape(uai)).isFalse();
    assertThatThrownBy(() -> new Uai(uai)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0301674G", "0750655E", "0380027Y"})
  @DisplayName("Real establishments' UAIs carry the official check letter")
  void officialCheckLetter(String uai) {
    assertThat(new Uai(uai).hasOfficialCheckLetter()).isTrue();
  }

  @Test
  @DisplayName("The demo's fictitious UAI does not, and the expected letter is known")
  void fictitiousCheckLetter() {
    assertThat(new Uai("0381999Z").hasOfficialCheckLetter()).isFalse();
    assertThat(Uai.expectedCheckLetter("0381999")).isEqualTo('S');
  }
}
