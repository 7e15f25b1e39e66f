package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.certification.application.CertificateVerification;
import org.opencrcn.certification.application.FinalisationInput;
import org.opencrcn.certification.application.FinalisationInput.IncidentReport;
import org.opencrcn.certification.application.MyCertification;
import org.opencrcn.certification.application.MyCertifications;
import org.opencrcn.certification.application.ResultsReview;
import org.opencrcn.certification.application.SchoolCertifications;
import org.opencrcn.certification.application.SessionFinalisation;
import org.opencrcn.certification.application.Verification;
import org.opencrcn.certification.domain.certificate.CertificateLabels;
import org.opencrcn.certification.domain.course.IncidentCategory;
import org.opencrcn.certification.domain.result.ResultRefusedException;
import org.opencrcn.certification.domain.result.ResultRefusedException.Reason;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.certification.domain.scoring.ResultStatus;
import org.opencrcn.identity.application.AccountAnonymisation;
import org.opencrcn.it.services.runas.AsCertifOfficer;
import org.opencrcn.it.services.runas.AsCertifiedLearner;
import org.opencrcn.it.services.runas.AsOtherCertifOfficer;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.shared.AccessDeniedException;

/**
 * After the sitting: the centre finalises (all or nothing, once), the results are scored and
 * published at once or after an administrator's review, the learner gets the certificate, and
 * anyone verifies its code; another centre reaches none of it.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationResultsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(CertificationResultsIT.class);
  }

  private static final CertificateLabels LABELS =
      new CertificateLabels(
          "Certificat",
          "Délivré à",
          "Centre",
          "Date",
          "Total",
          "Compétence",
          "Niveau",
          "non certifiée",
          "Code de vérification",
          "Vérifiez sur");

  @Inject private SessionFinalisation finalisation;
  @Inject private ResultsReview review;
  @Inject private MyCertifications mine;
  @Inject private SchoolCertifications school;
  @Inject private CertificateVerification verification;
  @Inject private CertifTestData centres;
  @Inject private CertifResultsTestData data;
  @Inject private AsCertifOfficer officer;
  @Inject private AsOtherCertifOfficer otherOfficer;
  @Inject private AsPlatformAdmin admin;
  @Inject private AsCertifiedLearner learner;
  @Inject private AccountAnonymisation anonymisation;

  private long centreId;
  private long schoolId;
  private long otherSchoolId;
  private long session;

  @BeforeEach
  void heldSession() {
    CertifTestData.ScoCentre centre = centres.scoCentre(AsCertifOfficer.SUBJECT);
    centreId = centre.centreId();
    schoolId = centre.organizationId();
    otherSchoolId = centres.scoCentre(AsOtherCertifOfficer.SUBJECT).organizationId();
    session = data.sessionHeldYesterday(centreId);
  }

  private static FinalisationInput input(
      String comment, Map<Long, AbandonmentReason> reasons, List<IncidentReport> incidents) {
    return new FinalisationInput(comment, reasons, incidents);
  }

  private boolean finalise(FinalisationInput input) throws Exception {
    return officer.call(() -> finalisation.finalise(session, input));
  }

  private static Reason reasonOf(Throwable e) {
    return ((ResultRefusedException) e).reason();
  }

  @Test
  @DisplayName(
      "An anonymised holder's published certificate stays verifiable, showing exactly what it"
          + " showed before: the name as enrolled, centre, date, pix and levels")
  void anonymisedHolderCertificateStaysVerifiable() throws Exception {
    String subject = "it-certif-results-anonymised-" + session;
    long course = data.sitting(session, subject, "PERRIN", 0, true);
    assertThat(finalise(input("", Map.of(), List.of()))).isTrue();
    String code = data.verificationCode(course);
    Verification before = verification.verify(code, "203.0.113.8", Locale.FRENCH);
    assertThat(before.outcome()).isEqualTo(Verification.Outcome.FOUND);
    centres.orgaMember(schoolId, AsCertifOfficer.SUBJECT, "MEMBER");
    List<String> schoolBefore =
        officer.call(() -> school.ofClass(schoolId, null)).stream()
            .map(r -> r.familyName() + " " + r.status() + " " + r.totalPix())
            .toList();
    assertThat(schoolBefore).singleElement().asString().startsWith("PERRIN VALIDATED");

    long account = data.account(subject);
    assertThat(admin.call(() -> anonymisation.anonymise(account)).anonymised()).isTrue();

    // The certificate is the centre's record of the sitting (names as enrolled), not the
    // account's: the code still proves it, with nothing more and nothing less than before.
    Verification after = verification.verify(code, "203.0.113.8", Locale.FRENCH);
    assertThat(after).isEqualTo(before);
    assertThat(after.certificate().holderFamilyName()).isEqualTo("PERRIN");
    assertThat(data.resultStatus(course)).isEqualTo("VALIDATED");
    assertThat(
            officer.call(() -> school.ofClass(schoolId, null)).stream()
                .map(r -> r.familyName() + " " + r.status() + " " + r.totalPix())
                .toList())
        .isEqualTo(schoolBefore);
  }

  @Test
  @DisplayName(
      "A clean session is finalised, scored and published at once; the learner downloads the"
          + " certificate and anyone verifies its code; finalising twice is refused")
  void cleanSessionPublishedAtOnce() throws Exception {
    data.sitting(session, AsCertifiedLearner.SUBJECT, "MOREAU", 0, true);

    boolean published = finalise(input("", Map.of(), List.of()));

    assertThat(published).isTrue();
    assertThat(data.status(session)).isEqualTo("PUBLISHED");
    assertThat(centres.audited("CERTIFICATION_FINALISED", session)).isEqualTo(1);
    assertThat(centres.audited("CERTIFICATION_PUBLISHED", session)).isEqualTo(1);
    List<MyCertification> list = learner.call(() -> mine.list());
    MyCertification result =
        list.stream().filter(r -> r.sessionId() == session).findFirst().orElseThrow();
    assertThat(result.status()).isEqualTo(ResultStatus.VALIDATED);
    assertThat(result.totalPix()).isPositive();
    assertThat(result.verificationCode()).matches("P-[BCDFGHJKMPQRTVWXY2346789]{8}");

    byte[] pdf = learner.call(() -> mine.certificate(result.resultId(), LABELS, Locale.FRENCH));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Lou MOREAU")
          .contains(result.verificationCode())
          .contains("/verifier.xhtml?code=" + result.verificationCode());
      assertThat(text).doesNotContain("2011");
    }
    Verification found =
        verification.verify(
            result.verificationCode().toLowerCase(Locale.ROOT), "203.0.113.7", Locale.FRENCH);
    assertThat(found.outcome()).isEqualTo(Verification.Outcome.FOUND);
    assertThat(found.certificate().holderName()).isEqualTo("Lou MOREAU");
    assertThat(found.certificate().totalPix()).isEqualTo(result.totalPix());

    centres.orgaMember(schoolId, AsCertifOfficer.SUBJECT, "MEMBER");
    centres.orgaMember(otherSchoolId, AsOtherCertifOfficer.SUBJECT, "MEMBER");
    assertThat(officer.call(() -> school.ofClass(schoolId, null)))
        .extracting(r -> r.familyName() + " " + r.status() + " " + r.totalPix())
        .containsExactly("MOREAU VALIDATED " + result.totalPix());
    assertThat(officer.call(() -> school.xlsx(schoolId, null, List.of("Nom"), Map.of())))
        .isNotEmpty();
    assertThatThrownBy(() -> otherOfficer.call(() -> school.ofClass(schoolId, null)))
        .isInstanceOf(AccessDeniedException.class);

    assertThatThrownBy(() -> finalise(input("", Map.of(), List.of())))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ALREADY_FINALISED));
    assertThatThrownBy(
            () ->
                admin.call(
                    () -> {
                      review.publish(session);
                      return null;
                    }))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ALREADY_PUBLISHED));
  }

  @Test
  @DisplayName(
      "An unfinished test without reason, or an invalid second incident after a valid first one,"
          + " refuses the whole finalisation: no incident, no result, the session unchanged")
  void atomic() throws Exception {
    long unfinished = data.sitting(session, "it-certif-results-b", "ROUX", 0, false);
    data.sitting(session, "it-certif-results-c", "FAURE", 0, true);

    assertThatThrownBy(() -> finalise(input("RAS", Map.of(), List.of())))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.REASON_MISSING));
    // The first incident is written before the second is found invalid: the refusal must undo it.
    assertThatThrownBy(
            () ->
                finalise(
                    input(
                        "RAS",
                        Map.of(unfinished, AbandonmentReason.TECHNICAL),
                        List.of(
                            new IncidentReport(
                                unfinished, IncidentCategory.TECHNICAL_PROBLEM, "Panne"),
                            new IncidentReport(
                                unfinished, IncidentCategory.OTHER, "x".repeat(2001))))))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.INCIDENT_INVALID));
    assertThatThrownBy(() -> finalise(input("x".repeat(501), Map.of(), List.of())))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.COMMENT_TOO_LONG));

    assertThat(data.status(session)).isEqualTo("CREATED");
    assertThat(data.incidents(session)).isZero();
    assertThat(data.results(session)).isZero();
    assertThat(centres.audited("CERTIFICATION_FINALISED", session)).isZero();
  }

  @Test
  @DisplayName(
      "With an incident the session waits in the review queue; the administrator neutralises a"
          + " challenge (the result is scored again) and publishes once")
  void reviewQueue() throws Exception {
    long course = data.sitting(session, "it-certif-results-d", "GIRARD", 4, true);
    long unfinished = data.sitting(session, "it-certif-results-e", "BLANC", 0, false);

    boolean published =
        finalise(
            input(
                "Coupure réseau à 9 h 40",
                Map.of(unfinished, AbandonmentReason.TECHNICAL),
                List.of(new IncidentReport(course, IncidentCategory.QUESTION_PROBLEM, "Image"))));

    assertThat(published).isFalse();
    assertThat(data.status(session)).isEqualTo("PROCESSED");
    assertThat(data.incidents(session)).isEqualTo(1);
    assertThat(admin.call(() -> review.queue()))
        .anyMatch(row -> row.sessionId() == session && row.results() == 2);
    var candidate =
        admin.call(() -> review.session(session)).candidates().stream()
            .filter(c -> c.courseId() == course)
            .findFirst()
            .orElseThrow();
    int before = candidate.reproducibilityPercent();

    admin.call(
        () -> {
          review.neutralise(session, candidate.resultId(), data.challengeAt(course, 1), true);
          review.comment(session, "Question 1 neutralisée après signalement");
          review.publish(session);
          return null;
        });

    var after =
        admin.call(() -> review.session(session)).candidates().stream()
            .filter(c -> c.courseId() == course)
            .findFirst()
            .orElseThrow();
    assertThat(after.reproducibilityPercent()).isGreaterThan(before);
    assertThat(data.status(session)).isEqualTo("PUBLISHED");
    assertThat(centres.audited("CERTIFICATION_PUBLISHED", session)).isEqualTo(1);
    assertThatThrownBy(
            () ->
                admin.call(
                    () -> {
                      review.publish(session);
                      return null;
                    }))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ALREADY_PUBLISHED));
  }

  @Test
  @DisplayName(
      "The levels scored are those stored when the test was composed: a learner who trained"
          + " between the test and finalisation keeps the result of the levels they brought in")
  void levelsBroughtInAtComposition() throws Exception {
    long course = data.sitting(session, "it-certif-results-g", "LEROY", 0, true);
    data.broughtLevels(course, 2, 20);
    data.trainsMore("it-certif-results-g");

    boolean published = finalise(input("", Map.of(), List.of()));

    assertThat(published).isTrue();
    assertThat(data.resultStatus(course)).isEqualTo("VALIDATED");
    assertThat(data.certifiedLevels(course)).hasSize(5).allMatch(l -> l.endsWith(" 2 20"));
  }

  @Test
  @DisplayName(
      "A v3 (flash) test is scored from the flash estimate and its level mapping: all right on"
          + " hard challenges is certified above the levels brought in, all wrong on easy ones is"
          + " rejected; published at once")
  void flashTestScored() throws Exception {
    long strong = data.flashSitting(session, "it-certif-results-h", "PERRIN", true);
    long weak = data.flashSitting(session, "it-certif-results-i", "MARCHAND", false);
    data.broughtLevels(strong, 3, 24);
    data.broughtLevels(weak, 3, 24);

    boolean published = finalise(input("", Map.of(), List.of()));

    assertThat(published).isTrue();
    assertThat(data.resultStatus(strong)).isEqualTo("VALIDATED");
    assertThat(data.certifiedLevels(strong))
        .hasSize(5)
        .allMatch(l -> Integer.parseInt(l.split(" ")[1]) >= 4);
    assertThat(data.resultStatus(weak)).isEqualTo("REJECTED");
    assertThat(data.certifiedLevels(weak)).hasSize(5).allMatch(l -> l.endsWith(" -1 0"));
  }

  @Test
  @DisplayName(
      "Another centre's officer can neither read nor finalise the session, and nothing changes")
  void isolation() throws Exception {
    data.sitting(session, "it-certif-results-f", "NOEL", 0, true);

    assertThatThrownBy(() -> otherOfficer.call(() -> finalisation.sheet(session)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                otherOfficer.call(
                    () -> finalisation.finalise(session, input("", Map.of(), List.of()))))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(data.status(session)).isEqualTo("CREATED");
    assertThat(data.results(session)).isZero();
  }

  @Test
  @DisplayName(
      "A forged code is answered as forged, an unknown one as unknown, and an address past its"
          + " hourly allowance is refused without a lookup")
  void verificationRefusals() {
    String address = "198.51.100." + System.nanoTime() % 250;

    assertThat(verification.verify("P-12345", address, Locale.FRENCH).outcome())
        .isEqualTo(Verification.Outcome.FORGED);
    assertThat(verification.verify("P-BBBBBBBB", address, Locale.FRENCH).outcome())
        .isEqualTo(Verification.Outcome.UNKNOWN);
    for (int i = 0; i < 28; i++) {
      verification.verify("P-BBBBBBBB", address, Locale.FRENCH);
    }
    Verification refused = verification.verify("P-BBBBBBBB", address, Locale.FRENCH);

    assertThat(refused.outcome()).isEqualTo(Verification.Outcome.TOO_MANY_ATTEMPTS);
    assertThat(refused.certificate()).isNull();
  }
}
