package org.opencrcn.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoSafeguardTest {
  private static final DemoSafeguard.Facts SAFE =
      new DemoSafeguard.Facts(
          false,
          Optional.of("s3cr3t-of-the-academy"),
          Optional.of("other-s3cr3t-of-the-academy"),
          false,
          0,
          true);

  @Test
  @DisplayName(
      "A production start with its own secret, no demo ENT, account or clear cookie is safe")
  void safeStart() {
    assertThat(DemoSafeguard.problems(SAFE)).isEmpty();
  }

  @Test
  @DisplayName("Without the demo flag, each demonstration value in place is one line")
  void everyProblemOneLine() {
    var facts =
        new DemoSafeguard.Facts(
            false,
            Optional.of("opencrcn-dev-secret"),
            Optional.of("opencrcn-admin-dev-secret"),
            true,
            5,
            false);

    assertThat(DemoSafeguard.problems(facts))
        .hasSize(5)
        .satisfiesExactly(
            secret -> assertThat(secret).contains("OPENCRCN_OIDC_CLIENT_SECRET"),
            admin -> assertThat(admin).contains("OPENCRCN_KEYCLOAK_ADMIN_CLIENT_SECRET"),
            ent -> assertThat(ent).contains("ent-demo"),
            accounts -> assertThat(accounts).contains("5 demo account(s)"),
            cookies -> assertThat(cookies).contains("OPENCRCN_SECURE_COOKIES"));
  }

  @Test
  @DisplayName("No secret at all is the committed one (the server falls back to it)")
  void missingSecret() {
    var facts =
        new DemoSafeguard.Facts(false, Optional.empty(), Optional.of("own"), false, 0, true);
    var noAdminSecret =
        new DemoSafeguard.Facts(false, Optional.of("own"), Optional.empty(), false, 0, true);

    assertThat(DemoSafeguard.problems(facts))
        .singleElement()
        .asString()
        .contains("OPENCRCN_OIDC_CLIENT_SECRET");
    assertThat(DemoSafeguard.problems(noAdminSecret))
        .singleElement()
        .asString()
        .contains("OPENCRCN_KEYCLOAK_ADMIN_CLIENT_SECRET");
  }

  @Test
  @DisplayName("With the explicit demo flag, the demonstration values are expected")
  void demoFlag() {
    var facts = new DemoSafeguard.Facts(true, Optional.empty(), Optional.empty(), true, 5, false);

    assertThat(DemoSafeguard.problems(facts)).isEmpty();
  }
}
