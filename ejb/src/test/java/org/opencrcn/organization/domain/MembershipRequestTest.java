package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MembershipRequestTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private final MembershipRequest request = new MembershipRequest(new Organization() {}, 12, NOW);

  @Test
  @DisplayName("A new request is pending, decided by nobody yet")
  void pending() {
    assertThat(request.pending()).isTrue();
    assertThat(request.status()).isEqualTo(MembershipRequestStatus.PENDING);
    assertThat(request.requestedAt()).isEqualTo(NOW);
    assertThat(request.decidedAt()).isNull();
  }

  @Test
  @DisplayName("Approving records who decided and when")
  void approved() {
    request.approve(3, NOW.plusSeconds(60));

    assertThat(request.status()).isEqualTo(MembershipRequestStatus.APPROVED);
    assertThat(request.decidedByAccountId()).isEqualTo(3L);
    assertThat(request.decidedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  @DisplayName("A request withdrawn by its requester was decided by nobody")
  void cancelled() {
    request.cancel(NOW);

    assertThat(request.status()).isEqualTo(MembershipRequestStatus.CANCELLED);
    assertThat(request.decidedByAccountId()).isNull();
  }

  @Test
  @DisplayName(
      "A request is decided once: a closed one can be neither approved, refused nor withdrawn")
  void decidedOnce() {
    request.refuse(3, NOW);

    assertThatThrownBy(() -> request.approve(4, NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> request.refuse(4, NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> request.cancel(NOW)).isInstanceOf(IllegalStateException.class);
    assertThat(request.status()).isEqualTo(MembershipRequestStatus.REFUSED);
    assertThat(request.decidedByAccountId()).isEqualTo(3L);
  }
}
