package org.opencrcn.organization.infrastructure.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencrcn.organization.domain.OrganizationType;

class EstablishmentTypesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ecole|SCO",
        "École|SCO",
        "Collège|SCO",
        "COLLEGE|SCO",
        "Lycée|SCO",
        "EREA|SCO",
        "Information et orientation|PRO",
        "Service Administratif|PRO",
        "Médico-social|PRO",
        "sup|SUP",
        "PRO|PRO"
      })
  @DisplayName("The directory's types, whatever their case and accents, give an organisation type")
  void known(String label, OrganizationType type) {
    assertThat(EstablishmentTypes.of(label)).contains(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Colège", "Université", ""})
  @DisplayName("Other labels are not guessed")
  void unknown(String label) {
    assertThat(EstablishmentTypes.of(label)).isEmpty();
  }
}
