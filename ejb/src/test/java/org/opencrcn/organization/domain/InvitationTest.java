package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.shared.SecretToken;

class InvitationTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private final SecretToken token = SecretToken.generate();
  private final Invitation invitation =
      new Invitation(
          new Organization() {},
          "  Thomas.Bernard@Example.org ",
          MembershipRole.MEMBER,
          token,
          7,
          NOW);

  @Test
  @DisplayName("A new invitation is pending, to the address without case or spaces")
  void pending() {
    assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.state()).isEqualTo(LinkState.USABLE);
    assertThat(invitation.email()).isEqualTo("thomas.bernard@example.org");
  }

  @Test
  @DisplayName("Sending again keeps the same token and counts the mails")
  void resendKeepsToken() {
    invitation.markSent(NOW);
    invitation.markSent(NOW.plusSeconds(60));

    assertThat(invitation.token()).isEqualTo(token);
    assertThat(invitation.sentCount()).isEqualTo(2);
    assertThat(invitation.sentAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  @DisplayName("Accepted once, the invitation cannot be accepted, cancelled or sent again")
  void acceptedOnce() {
    invitation.accept(12, NOW);

    assertThat(invitation.state()).isEqualTo(LinkState.USED);
    assertThatThrownBy(() -> invitation.accept(13, NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> invitation.cancel(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> invitation.markSent(NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("A cancelled invitation says so and cannot be accepted")
  void cancelled() {
    invitation.cancel(NOW);

    assertThat(invitation.state()).isEqualTo(LinkState.CANCELLED);
    assertThatThrownBy(() -> invitation.accept(12, NOW)).isInstanceOf(IllegalStateException.class);
  }
}
