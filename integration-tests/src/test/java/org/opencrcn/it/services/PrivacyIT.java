package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.identity.application.AccountAnonymisation;
import org.opencrcn.identity.application.AnonymisationResult;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.organization.application.activation.ActivationRetention;
import org.opencrcn.organization.application.pupils.LeftPupilsRetention;
import org.opencrcn.platform.application.PersonalData;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditFilter;
import org.opencrcn.shared.audit.AuditSearch;

/**
 * Retention of minors' data and the rights of the people: pupils who left anonymised after three
 * months, activation requests forgotten after a year (timers run at a platform time the test sets),
 * a learner's download of their own data, an account anonymised on request; each audited.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {
  private static final String PUPIL_SUBJECT = "6f0c1c2e-0001-4a5b-9c1d-000000000001";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(PrivacyIT.class);
  }

  @Inject private LeftPupilsRetention leftPupils;
  @Inject private ActivationRetention activations;
  @Inject private PersonalData personalData;
  @Inject private AccountAnonymisation anonymisation;
  @Inject private PlatformClock clock;
  @Inject private AuditSearch audit;
  @Inject private PrivacyTestData data;
  @Inject private OrgaTestData orga;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsDirector asDirector;
  @Inject private AsPupil asPupil;

  @AfterEach
  void systemClock() throws Exception {
    asAdmin.call(
        () -> {
          clock.reset();
          return null;
        });
  }

  private void at(Instant now) throws Exception {
    asAdmin.call(
        () -> {
          clock.setForTests(Clock.fixed(now, ZoneOffset.UTC));
          return null;
        });
  }

  private long audited(AuditAction action, Instant day) throws Exception {
    LocalDate date = LocalDate.ofInstant(day, AuditFilter.ZONE);
    return asAdmin
        .call(() -> audit.search(new AuditFilter(action, null, date, date), 0, 1))
        .total();
  }

  @Test
  @DisplayName(
      "Pupils who left more than 3 months ago are anonymised by the nightly run (school, class and birth year kept); those who left lately, and current pupils, later or never")
  void leftPupilsAnonymised() throws Exception {
    long school = orga.school().id();
    String subject = "it-privacy-" + UUID.randomUUID();
    orga.account(subject);
    long account = data.accountId(subject);
    long leftLongAgo = data.pupil(school, account, 100);
    long leftLately = data.pupil(school, null, 10);
    long current = data.pupil(school, null, null);
    Instant now = Instant.now();

    at(now);
    asAdmin.call(() -> leftPupils.runNow());

    assertThat(data.pupilRow(leftLongAgo))
        .containsExactly(
            "ANON-" + leftLongAgo, "ANONYME", "ANONYME", "2011-01-01", "null", "3B", "null");
    assertThat(data.pupilRow(leftLately)).contains("Martin", "Jeanne", "2011-08-17", "Rennes");
    assertThat(audited(AuditAction.PUPILS_ANONYMISED, now)).isPositive();

    Instant threeMonthsLater = now.plus(Duration.ofDays(92));
    at(threeMonthsLater);
    asAdmin.call(() -> leftPupils.runNow());

    assertThat(data.pupilRow(leftLately)).startsWith("ANON-" + leftLately, "ANONYME");
    assertThat(data.pupilRow(current)).contains("Martin", "Jeanne");
    assertThat(audited(AuditAction.PUPILS_ANONYMISED, threeMonthsLater)).isPositive();
  }

  @Test
  @DisplayName(
      "Activation requests go a year after they were made, by the nightly run, even when no new request comes")
  void activationRequestsForgottenAfterAYear() throws Exception {
    long school = orga.school().id();
    long old = data.activationRequest(school, 366);
    long recent = data.activationRequest(school, 300);

    at(Instant.now());
    asAdmin.call(() -> activations.runNow());
    assertThat(data.activationRequests(old)).isZero();
    assertThat(data.activationRequests(recent)).isEqualTo(1);

    Instant later = Instant.now().plus(Duration.ofDays(70));
    at(later);
    asAdmin.call(() -> activations.runNow());
    assertThat(data.activationRequests(recent)).isZero();
    assertThat(audited(AuditAction.PURGE, later)).isPositive();
  }

  @Test
  @DisplayName("Only a platform administrator runs a retention, anonymises or sets the clock")
  void onlyPlatformAdministrators() {
    assertThatThrownBy(() -> asDirector.call(() -> leftPupils.runNow()))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asDirector.call(() -> activations.runNow()))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asDirector.call(() -> anonymisation.anonymise(1)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  @DisplayName(
      "A learner downloads their own data as JSON (account, school records, results, tutorials); the download is audited")
  void learnerDownloadsOwnData() throws Exception {
    long account = data.accountId(PUPIL_SUBJECT);
    long school = orga.school().id();
    data.pupil(school, account, null);
    Instant now = Instant.now();
    at(now);

    String json = asPupil.call(() -> personalData.json(java.util.Locale.FRENCH));

    assertThat(json)
        .contains("\"id\": " + account)
        .contains("\"schoolRecords\"")
        .contains("\"familyName\": \"Martin\"")
        .contains("\"birthdate\": \"2011-08-17\"")
        .contains("\"results\"")
        .contains("\"savedTutorials\"");
    assertThat(audited(AuditAction.PERSONAL_DATA_DOWNLOAD, now)).isPositive();
  }

  @Test
  @DisplayName(
      "A platform administrator anonymises an account on request: names, address and sign-in go, memberships and pupil links too; results stay under the id")
  void accountAnonymisedOnRequest() throws Exception {
    String subject = "it-erase-" + UUID.randomUUID();
    orga.account(subject);
    long account = data.accountId(subject);
    long school = orga.school().id();
    orga.addMember(school, subject, "MEMBER");
    long pupil = data.pupil(school, account, null);
    Instant now = Instant.now();
    at(now);

    // Keycloak refuses the admin client here (or is not started): the database part stays done.
    AnonymisationResult result;
    System.setProperty("opencrcn.keycloak-admin.client-secret", "not-the-secret");
    try {
      result = asAdmin.call(() -> anonymisation.anonymise(account));
    } finally {
      System.clearProperty("opencrcn.keycloak-admin.client-secret");
    }

    assertThat(result.anonymised()).isTrue();
    assertThat(result.status()).isEqualTo(AnonymisationResult.Status.KEYCLOAK_FAILED);
    assertThat(result.keycloakUserId()).isEqualTo(subject);
    assertThat(audited(AuditAction.KEYCLOAK_DELETION_FAILED, now)).isPositive();

    assertThat(data.accountRow(account))
        .containsExactly("anonyme-" + account, "anonyme-" + account, "null", "null", "null");
    assertThat(data.memberships(account)).isZero();
    assertThat(data.pupilRow(pupil)).endsWith("null").contains("Martin");
    assertThat(audited(AuditAction.ACCOUNT_ANONYMISED, now)).isPositive();
    assertThat(asAdmin.call(() -> anonymisation.anonymise(account)).anonymised()).isFalse();
  }
}
