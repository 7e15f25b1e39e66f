package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.shared.SecretToken;
import org.opencrcn.shared.invitation.InvitationStatus;
import org.opencrcn.shared.invitation.LinkState;

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
    assertThat(invitation.state(NOW)).isEqualTo(LinkState.USABLE);
    assertThat(invitation.email()).isEqualTo("thomas.bernard@example.org");
  }

  @Test
  @DisplayName("Sending again counts the mails")
  void resendCounts() {
    invitation.markSent(NOW);
    invitation.markSent(NOW.plusSeconds(60));

    assertThat(invitation.sentCount()).isEqualTo(2);
    assertThat(invitation.sentAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  @DisplayName(
      "Only the token's SHA-256 is kept; the link works 7 days; a new link restarts them and replaces the old")
  void hashedTokenAndExpiry() throws Exception {
    var field = org.opencrcn.shared.invitation.MailedInvitation.class.getDeclaredField("tokenHash");
    field.setAccessible(true);
    assertThat(field.get(invitation)).isEqualTo(token.hash()).isNotEqualTo(token.value());
    assertThat(org.opencrcn.shared.invitation.MailedInvitation.class.getDeclaredFields())
        .extracting(java.lang.reflect.Field::getName)
        .doesNotContain("token");
    assertThat(invitation.state(NOW.plus(Duration.ofDays(7)).minusSeconds(1)))
        .isEqualTo(LinkState.USABLE);
    assertThat(invitation.state(NOW.plus(Duration.ofDays(7)))).isEqualTo(LinkState.EXPIRED);

    SecretToken renewed = SecretToken.generate();
    invitation.renew(renewed, NOW.plus(Duration.ofDays(8)));

    assertThat(field.get(invitation)).isEqualTo(renewed.hash());
    assertThat(invitation.state(NOW.plus(Duration.ofDays(14)))).isEqualTo(LinkState.USABLE);
  }

  @Test
  @DisplayName("The invitation is for its address only, compared without case or spaces")
  void forTheInvitedAddress() {
    assertThat(invitation.isFor(" THOMAS.bernard@example.org")).isTrue();
    assertThat(invitation.isFor("thomas.bernard@example.com")).isFalse();
    assertThat(invitation.isFor(null)).isFalse();
  }

  @Test
  @DisplayName("Accepted once, the invitation cannot be accepted, cancelled or sent again")
  void acceptedOnce() {
    invitation.accept(12, NOW);

    assertThat(invitation.state(NOW)).isEqualTo(LinkState.USED);
    assertThatThrownBy(() -> invitation.accept(13, NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> invitation.cancel(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> invitation.markSent(NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("A cancelled invitation says so and cannot be accepted")
  void cancelled() {
    invitation.cancel(NOW);

    assertThat(invitation.state(NOW)).isEqualTo(LinkState.CANCELLED);
    assertThatThrownBy(() -> invitation.accept(12, NOW)).isInstanceOf(IllegalStateException.class);
  }
}
