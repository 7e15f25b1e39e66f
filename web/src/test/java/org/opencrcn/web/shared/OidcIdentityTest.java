package org.opencrcn.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OidcIdentityTest {

  @Test
  @DisplayName(
      "An ENT claim is read whether Keycloak's mapper made it an array, a string, or left it out")
  void claimValues() {
    assertThat(OidcIdentity.strings(List.of("National_DIR", "National_ENS")))
        .containsExactly("National_DIR", "National_ENS");
    assertThat(OidcIdentity.strings("0381999Z")).containsExactly("0381999Z");
    assertThat(OidcIdentity.strings(null)).isEmpty();
  }
}
