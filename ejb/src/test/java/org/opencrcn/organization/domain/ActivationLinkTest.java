package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.LinkState;

class ActivationLinkTest {
  private static final Instant REQUESTED = Instant.parse("2026-03-02T08:00:00Z");
  private final SecretToken token = SecretToken.generate();
  private final ActivationLink link =
      ActivationLink.issue(
          school(), token, "Claire", "Dubois", "from-hash", REQUESTED, Duration.ofDays(7));

  private static Organization school() {
    return new Organization() {
      @Override
      public String email() {
        return "ce.0381999Z@ac-grenoble.fr";
      }
    };
  }

  @Test
  @DisplayName(
      "The link goes to the establishment's address and works until the end of its validity")
  void usableUntilExpiry() {
    assertThat(link.sentTo()).isEqualTo("ce.0381999Z@ac-grenoble.fr");
    assertThat(link.state(REQUESTED)).isEqualTo(LinkState.USABLE);
    assertThat(link.state(REQUESTED.plus(Duration.ofDays(7)).minusSeconds(1)))
        .isEqualTo(LinkState.USABLE);
  }

  @Test
  @DisplayName("After 7 days the link has expired and cannot be used")
  void expires() {
    Instant later = REQUESTED.plus(Duration.ofDays(7));

    assertThat(link.state(later)).isEqualTo(LinkState.EXPIRED);
    assertThatThrownBy(() -> link.use(42, later)).isInstanceOf(IllegalStateException.class);
    assertThat(link.usedByAccountId()).isNull();
  }

  @Test
  @DisplayName("A link serves once: used, it stays used (even before it would expire)")
  void singleUse() {
    link.use(42, REQUESTED.plusSeconds(60));

    assertThat(link.state(REQUESTED.plusSeconds(61))).isEqualTo(LinkState.USED);
    assertThat(link.usedByAccountId()).isEqualTo(42L);
    assertThatThrownBy(() -> link.use(43, REQUESTED.plusSeconds(62)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(link.usedByAccountId()).isEqualTo(42L);
  }
}
