package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaskedEmailTest {

  @Test
  @DisplayName("An establishment's address keeps its start and its domain, not the end of the UAI")
  void establishmentAddress() {
    assertThat(MaskedEmail.mask("ce.0381999Z@ac-grenoble.fr"))
        .isEqualTo("ce.0381***@ac-grenoble.fr");
  }

  @Test
  @DisplayName("A long local part shows at most 7 characters")
  void longLocalPart() {
    assertThat(MaskedEmail.mask("secretariat.direction@lycee.example"))
        .isEqualTo("secreta***@lycee.example");
  }

  @Test
  @DisplayName("A short local part hides all but its first character")
  void shortLocalPart() {
    assertThat(MaskedEmail.mask("ce@ac-lyon.fr")).isEqualTo("c***@ac-lyon.fr");
    assertThat(MaskedEmail.mask("direc@ac-lyon.fr")).isEqualTo("d***@ac-lyon.fr");
  }
}
