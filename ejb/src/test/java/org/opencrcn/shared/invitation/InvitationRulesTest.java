package org.opencrcn.shared.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvitationRulesTest {
  @Test
  @DisplayName(
      "An invitation goes to one address with a dot in its domain, of 320 characters at most")
  void addresses() {
    assertThat(InvitationRules.isEmail(" lea@example.org ")).isTrue();
    assertThat(InvitationRules.isEmail("lea@example")).isFalse();
    assertThat(InvitationRules.isEmail("lea@@example.org")).isFalse();
    assertThat(InvitationRules.isEmail("l ea@example.org")).isFalse();
    assertThat(InvitationRules.isEmail(null)).isFalse();
    assertThat(InvitationRules.isEmail("a".repeat(309) + "@example.org")).isFalse();
    assertThat(InvitationRules.isEmail("a".repeat(308) + "@example.org")).isTrue();
  }

  @Test
  @DisplayName("Addresses compare without case nor surrounding spaces; a link works 7 days")
  void comparisonAndValidity() {
    assertThat(InvitationRules.sameAddress("lea@example.org", " LEA@Example.org ")).isTrue();
    assertThat(InvitationRules.sameAddress("lea@example.org", "")).isFalse();
    assertThat(InvitationRules.sameAddress("lea@example.org", null)).isFalse();
    assertThat(InvitationRules.VALIDITY).isEqualTo(Duration.ofDays(7));
  }
}
