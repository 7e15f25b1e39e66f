package org.opencrcn.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.CentreRefusedException.Reason;

class CertificationCentreTest {
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  @Test
  @DisplayName("A centre has a name of at most 255 characters, kept without surrounding spaces")
  void name() {
    assertThat(new CertificationCentre("  Université de Lyon ", CentreType.SUP, null).name())
        .isEqualTo("Université de Lyon");
    assertRefused(() -> new CertificationCentre(" ", CentreType.SUP, null), Reason.NAME_MISSING);
    assertRefused(() -> new CertificationCentre(null, CentreType.PRO, null), Reason.NAME_MISSING);
    assertRefused(
        () -> new CertificationCentre("x".repeat(256), CentreType.PRO, null), Reason.NAME_TOO_LONG);
    assertThat(new CertificationCentre("x".repeat(255), CentreType.PRO, null).name()).hasSize(255);
  }

  @Test
  @DisplayName("A SCO centre is tied to an organisation; a SUP or PRO centre to none")
  void organisation() {
    assertRefused(
        () -> new CertificationCentre("Collège", CentreType.SCO, null),
        Reason.ORGANIZATION_MISSING);
    assertRefused(() -> new CertificationCentre("Collège", null, 3L), Reason.TYPE_MISSING);
    assertThat(new CertificationCentre("Collège", CentreType.SCO, 3L).organizationId())
        .contains(3L);
    assertThat(new CertificationCentre("IUT", CentreType.SUP, 3L).organizationId()).isEmpty();

    CertificationCentre centre = new CertificationCentre("Collège", CentreType.SCO, 3L);
    centre.describeAs("Organisme", CentreType.PRO, 3L);
    assertThat(centre.organizationId()).isEmpty();
    assertThat(centre.type()).isEqualTo(CentreType.PRO);
  }

  @Test
  @DisplayName("A new centre is active; archiving and unarchiving it change only that")
  void archiving() {
    CertificationCentre centre = new CertificationCentre("IUT", CentreType.SUP, null);
    assertThat(centre.archived()).isFalse();

    centre.archive(NOW);
    centre.archive(NOW.plusSeconds(60));
    assertThat(centre.archived()).isTrue();
    assertThat(centre.name()).isEqualTo("IUT");

    centre.unarchive();
    assertThat(centre.archived()).isFalse();
  }

  @Test
  @DisplayName("An invitation to a centre follows the rules of every invitation")
  void invitation() {
    CertificationCentre centre = new CertificationCentre("IUT", CentreType.SUP, null);
    var token = org.opencrcn.shared.SecretToken.generate();
    CentreInvitation invitation =
        new CentreInvitation(centre, " Léa.Martin@Example.org ", token, null, NOW);

    assertThat(invitation.email()).isEqualTo("léa.martin@example.org");
    assertThat(invitation.centre()).isSameAs(centre);
    assertThat(invitation.isFor("LÉA.MARTIN@example.org")).isTrue();
    assertThat(invitation.isFor("lea.martin@example.org")).isFalse();
    assertThat(invitation.state(NOW.plus(java.time.Duration.ofDays(7))))
        .isEqualTo(org.opencrcn.shared.invitation.LinkState.EXPIRED);
    invitation.accept(12, NOW);
    assertThat(invitation.state(NOW)).isEqualTo(org.opencrcn.shared.invitation.LinkState.USED);
    assertThatThrownBy(() -> invitation.renew(token, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  private static void assertRefused(Runnable action, Reason reason) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            CentreRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
