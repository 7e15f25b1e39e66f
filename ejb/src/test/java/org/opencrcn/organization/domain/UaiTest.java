package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

  @ParameterizedTest
  @ValueSource(strings = {"0381999Z", " 0381999Z ", "0381999z", "0381 999Z", "\t0381999Z\n"})
  @DisplayName("A UAI typed with spaces or a small letter reads as the same UAI")
  void normalises(String typed) {
    assertThat(Uai.parse(typed)).contains(new Uai("0381999Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "038199Z", "03819999Z", "0381999", "A381999Z", "0381-999Z", "03819990"})
  @DisplayName("Anything but seven digits and a letter is not a UAI")
  void refusesOtherShapes(String typed) {
    assertThat(Uai.parse(typed)).isEmpty();
  }

  @Test
  @DisplayName("Nothing typed is no UAI")
  void nullIsNoUai() {
    assertThat(Uai.parse(null)).isEmpty();
  }
}
