package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.certification.application.CentreInvitationRetention;
import org.opencrcn.identity.application.AttachmentRetention;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.organization.application.members.InvitationRetention;
import org.opencrcn.organization.application.pupils.ImportRetention;

/**
 * The nightly retention runs, each run for "now" by a platform administrator (the timer does the
 * same at night): what is past its keeping time goes, what is not stays; nobody else may run them.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(RetentionIT.class);
  }

  @Inject private ImportRetention imports;
  @Inject private InvitationRetention invitations;
  @Inject private CentreInvitationRetention centreInvitations;
  @Inject private AttachmentRetention attachments;
  @Inject private RetentionTestData data;
  @Inject private OrgaTestData orga;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsDirector asDirector;

  @Test
  @DisplayName(
      "Import report rows go 30 days after the import, and uploads no job took after a day; recent ones stay")
  void importReportsAndOrphanUploads() throws Exception {
    long school = orga.school().id();
    long old = data.importWithProblem(school, 31);
    long recent = data.importWithProblem(school, 2);
    Path folder =
        Path.of(
            System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
            "opencrcn-imports");
    Files.createDirectories(folder);
    Path orphan =
        Files.writeString(folder.resolve("incoming-" + UUID.randomUUID() + ".upload"), "x");
    Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    Path fresh =
        Files.writeString(folder.resolve("incoming-" + UUID.randomUUID() + ".upload"), "x");

    ImportRetention.Purged purged = asAdmin.call(() -> imports.runAt(Instant.now()));

    assertThat(data.issues(old)).isZero();
    assertThat(data.issues(recent)).isEqualTo(1);
    assertThat(purged.issues()).isEqualTo(1);
    assertThat(orphan).doesNotExist();
    assertThat(fresh).exists();
    Files.deleteIfExists(fresh);
  }

  @Test
  @DisplayName(
      "Invitations accepted, cancelled or expired more than 30 days ago go; pending and recent ones stay")
  void invitationsForgotten() throws Exception {
    long school = orga.school().id();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    data.invitation(school, "old-cancelled-" + tag + "@example.org", "CANCELLED", 31);
    data.invitation(school, "old-expired-" + tag + "@example.org", "PENDING", 31);
    data.invitation(school, "recent-cancelled-" + tag + "@example.org", "CANCELLED", 5);
    data.invitation(school, "pending-" + tag + "@example.org", "PENDING", -6); // expires in 6 days

    asAdmin.call(() -> invitations.runAt(Instant.now()));

    assertThat(data.invitations("old-cancelled-" + tag + "@example.org")).isZero();
    assertThat(data.invitations("old-expired-" + tag + "@example.org")).isZero();
    assertThat(data.invitations("recent-cancelled-" + tag + "@example.org")).isEqualTo(1);
    assertThat(data.invitations("pending-" + tag + "@example.org")).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "Invitations to a certification centre follow the same rule, on the time the run is given:"
          + " 30 days after they were closed or expired")
  void centreInvitationsForgotten() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long centre = data.centre("Centre retention " + tag);
    String oldAccepted = "old-accepted-" + tag + "@example.org";
    String oldExpired = "old-expired-" + tag + "@example.org";
    String recentCancelled = "recent-cancelled-" + tag + "@example.org";
    String pending = "pending-" + tag + "@example.org";
    data.centreInvitation(centre, oldAccepted, "ACCEPTED", 31);
    data.centreInvitation(centre, oldExpired, "PENDING", 31);
    data.centreInvitation(centre, recentCancelled, "CANCELLED", 5);
    data.centreInvitation(centre, pending, "PENDING", -6); // expires in 6 days
    Instant now = Instant.now();

    int tonight = asAdmin.call(() -> centreInvitations.runAt(now));

    assertThat(tonight).isGreaterThanOrEqualTo(2);
    assertThat(data.centreInvitations(oldAccepted)).isZero();
    assertThat(data.centreInvitations(oldExpired)).isZero();
    assertThat(data.centreInvitations(recentCancelled)).isEqualTo(1);
    assertThat(data.centreInvitations(pending)).isEqualTo(1);

    asAdmin.call(() -> centreInvitations.runAt(now.plus(26, ChronoUnit.DAYS)));

    assertThat(data.centreInvitations(recentCancelled)).isZero();
    assertThat(data.centreInvitations(pending)).as("expired 20 days before that run").isEqualTo(1);
    assertThatThrownBy(() -> asDirector.call(() -> centreInvitations.runAt(now)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  @DisplayName(
      "ENT attachment requests go a day after they expired; a platform administrator only may run a purge")
  void attachmentsForgottenAndOnlyByAdministrators() throws Exception {
    String tag = "it-retention-" + UUID.randomUUID().toString().substring(0, 8);
    data.attachment(tag + "-old", 2);
    data.attachment(tag + "-recent", 0);

    assertThatThrownBy(
            () ->
                asDirector.call(() -> attachments.runAt(Instant.now().plus(3650, ChronoUnit.DAYS))))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asDirector.call(() -> invitations.runAt(Instant.now())))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asDirector.call(() -> imports.runAt(Instant.now())))
        .isInstanceOf(EJBAccessException.class);
    assertThat(data.attachments(tag + "-recent")).isEqualTo(1);

    asAdmin.call(() -> attachments.runAt(Instant.now()));

    assertThat(data.attachments(tag + "-old")).isZero();
    assertThat(data.attachments(tag + "-recent")).isEqualTo(1);
  }
}
