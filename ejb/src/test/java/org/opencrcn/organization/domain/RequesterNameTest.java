package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequesterNameTest {

  @Test
  @DisplayName("Names of people, in any alphabet, with spaces, apostrophes and hyphens, are names")
  void names() {
    assertThat(RequesterName.isPlausible("Anne-Sophie")).isTrue();
    assertThat(RequesterName.isPlausible(" D'Artagnan ")).isTrue();
    assertThat(RequesterName.isPlausible("N’Diaye")).isTrue();
    assertThat(RequesterName.isPlausible("Éléonore de la Tour")).isTrue();
    assertThat(RequesterName.isPlausible("Ζωή")).isTrue();
  }

  @Test
  @DisplayName("Anything a mail reader could make a link, an address or markup of is not a name")
  void notNames() {
    assertThat(RequesterName.isPlausible("http://evil.example")).isFalse();
    assertThat(RequesterName.isPlausible("www.evil.example")).isFalse();
    assertThat(RequesterName.isPlausible("evil.example")).isFalse();
    assertThat(RequesterName.isPlausible("pirate@evil.example")).isFalse();
    assertThat(RequesterName.isPlausible("<a href=x>Anne</a>")).isFalse();
    assertThat(RequesterName.isPlausible("Anne 06 12 34 56 78")).isFalse();
    assertThat(RequesterName.isPlausible("-Anne")).isFalse();
    assertThat(RequesterName.isPlausible("")).isFalse();
    assertThat(RequesterName.isPlausible(null)).isFalse();
    assertThat(RequesterName.isPlausible("A".repeat(101))).isFalse();
  }
}
