package org.opencrcn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

  @Test
  @DisplayName("A token is 43 URL-safe characters, and never the same twice")
  void randomAndUrlSafe() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String value = SecretToken.generate().value();
      assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]+");
      seen.add(value);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  @DisplayName("What is stored is the SHA-256 of the token, not the token")
  void hash() {
    assertThat(SecretToken.hashOf("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    SecretToken token = SecretToken.generate();
    assertThat(token.hash())
        .hasSize(64)
        .isNotEqualTo(token.value())
        .isEqualTo(SecretToken.hashOf(token.value()));
  }
}
