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
  @ValueSource(
      strings = {
        "381999Z",
        "03819990Z",
        "0381999",
        "038199AZ",
        "0381999-",
        "0381999ZZ",
        "O381999Z"
      })
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

  @ParameterizedTest
  @ValueSource(strings = {"0381999Z", " 0381999Z ", "0381999z", "0381 999Z", "\t0381999Z\n"})
  @DisplayName("A UAI typed with spaces or a small letter reads as the same UAI")
  void parsesWhatPeopleType(String typed) {
    assertThat(Uai.parse(typed)).contains(new Uai("0381999Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "038199Z", "03819999Z", "0381999", "A381999Z", "0381-999Z", "03819990"})
  @DisplayName("Anything but seven digits and a letter is not a UAI")
  void parsesNoOtherShape(String typed) {
    assertThat(Uai.parse(typed)).isEmpty();
  }

  @Test
  @DisplayName("Nothing typed is no UAI")
  void nullIsNoUai() {
    assertThat(Uai.parse(null)).isEmpty();
  }
}
