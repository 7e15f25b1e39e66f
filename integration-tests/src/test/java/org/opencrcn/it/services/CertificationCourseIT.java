package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.certification.application.CertificationJoining;
import org.opencrcn.certification.application.CertificationTest;
import org.opencrcn.certification.application.CertificationTestRecords;
import org.opencrcn.certification.application.CourseViews.Question;
import org.opencrcn.certification.application.CourseViews.State;
import org.opencrcn.certification.application.FinalisationInput;
import org.opencrcn.certification.application.SessionFinalisation;
import org.opencrcn.certification.application.SupervisedCandidate;
import org.opencrcn.certification.application.SupervisorRoom;
import org.opencrcn.certification.domain.course.AnswerResult;
import org.opencrcn.certification.domain.course.CertificationTestRecord;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.certification.domain.course.CourseRefusedException.Reason;
import org.opencrcn.certification.domain.course.IncidentCategory;
import org.opencrcn.certification.domain.scoring.AbandonmentReason;
import org.opencrcn.it.services.runas.AsCandidate;
import org.opencrcn.it.services.runas.AsCertifOfficer;
import org.opencrcn.it.services.runas.AsFinalisedCandidate;
import org.opencrcn.it.services.runas.AsOtherCandidate;
import org.opencrcn.it.services.runas.AsOtherCertifOfficer;

/**
 * A candidate's sitting through its life (join, wait, admitted, answer, resume elsewhere, finish),
 * the supervisor's room beside it, each bad input refused with nothing changed, and the wall
 * between two sessions and two centres.
 */
@ExtendWith(ArquillianExtension.class)
class CertificationCourseIT {
  private static final LocalDate BORN = LocalDate.of(2011, 2, 3);
  private static final String ROOM_ADDRESS = "192.0.2.10";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(CertificationCourseIT.class);
  }

  @Inject private CertificationJoining joining;
  @Inject private CertificationTest test;
  @Inject private SupervisorRoom room;
  @Inject private CertificationTestRecords records;
  @Inject private CertifTestData centres;
  @Inject private CertifCourseTestData data;
  @Inject private AsCandidate candidate;
  @Inject private AsOtherCandidate other;
  @Inject private AsCertifOfficer officer;
  @Inject private AsFinalisedCandidate finalisedCandidate;
  @Inject private SessionFinalisation finalisation;

  private CertifCourseTestData.Session session;

  @BeforeEach
  void sessionWithTwoCandidates() {
    long centre = centres.scoCentre(AsCertifOfficer.SUBJECT).centreId();
    session = data.session(centre, "MARTIN", "Léa", "ROUX", "Hugo");
    data.eligible(AsCandidate.SUBJECT);
    data.account(AsOtherCandidate.SUBJECT);
  }

  private long join(String token) throws Exception {
    return candidate.call(
        () ->
            joining
                .join(session.number(), session.accessCode(), "Martin", "Lea", BORN, token)
                .courseId());
  }

  private static Reason reasonOf(Throwable e) {
    return ((CourseRefusedException) e).reason();
  }

  private SupervisedCandidate row(long candidateId) {
    return room.candidates(session.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS).stream()
        .filter(r -> r.candidateId() == candidateId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "Joined, the candidate waits until admitted; the v2 test asks 3 questions a competence, each answered once, and the record says what was answered")
  void lifecycle() throws Exception {
    long course = join("tab-1");
    long martin = session.candidates().get(0);
    assertThat(row(martin).status()).isEqualTo("WAITING");
    assertThatThrownBy(() -> candidate.call(() -> test.currentQuestion(course, "tab-1", "fr")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_ADMITTED));

    room.admit(session.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS, martin);
    Question first =
        candidate.call(() -> test.currentQuestion(course, "tab-1", "fr")).orElseThrow();

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.planned()).isEqualTo(15);
    // The levels the test validates are stored as it is composed (5 certifiable competences).
    assertThat(data.broughtLevels(martin))
        .hasSize(5)
        .allMatch(l -> Integer.parseInt(l.split(" ")[1]) >= 1);
    assertThat(first.testSecondsLeft()).isGreaterThan(45 * 60);
    assertThat(row(martin).status()).isEqualTo("STARTED");
    candidate.call(() -> test.answer(course, "tab-1", first.challenge().id(), null, null));
    assertThatThrownBy(
            () ->
                candidate.call(
                    () -> test.answer(course, "tab-1", first.challenge().id(), null, null)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_CURRENT_QUESTION));
    assertThat(row(martin).answered()).isEqualTo(1);

    State last = null;
    for (int i = 2; i <= 15; i++) {
      Question q = candidate.call(() -> test.currentQuestion(course, "tab-1", "fr")).orElseThrow();
      last = candidate.call(() -> test.answer(course, "tab-1", q.challenge().id(), null, null));
    }
    assertThat(last.finished()).isTrue();
    assertThat(candidate.call(() -> test.currentQuestion(course, "tab-1", "fr"))).isEmpty();
    CertificationTestRecord record = records.ofCandidate(martin).orElseThrow();
    assertThat(record.questions()).hasSize(15);
    assertThat(record.questions())
        .extracting(CertificationTestRecord.Question::result)
        .containsOnly(AnswerResult.SKIPPED);
    assertThat(record.questions().stream().map(q -> q.challengeId()).distinct()).hasSize(15);
    assertThatThrownBy(() -> join("tab-1"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.FINISHED));
  }

  @Test
  @DisplayName(
      "Another browser is refused until the supervisor allows a resume; the test then goes on there at the same question")
  void secondBrowserAndResume() throws Exception {
    long course = join("browser-a");
    long martin = session.candidates().get(0);
    room.admitAll(session.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS);
    Question asked =
        candidate.call(() -> test.currentQuestion(course, "browser-a", "fr")).orElseThrow();

    assertThatThrownBy(() -> join("browser-b"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.OTHER_DEVICE));
    assertThatThrownBy(
            () ->
                candidate.call(
                    () -> test.answer(course, "browser-b", asked.challenge().id(), null, null)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.OTHER_DEVICE));

    room.allowResume(session.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS, martin);
    join("browser-b");
    Optional<Question> resumed =
        candidate.call(() -> test.currentQuestion(course, "browser-b", "fr"));

    assertThat(resumed.orElseThrow().challenge().id()).isEqualTo(asked.challenge().id());
    assertThatThrownBy(() -> candidate.call(() -> test.state(course, "browser-a")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.OTHER_DEVICE));
  }

  @Test
  @DisplayName("An answer after the time limit is refused and the test is over")
  void timeLimit() throws Exception {
    long course = join("tab-1");
    long martin = session.candidates().get(0);
    room.admit(session.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS, martin);
    Question asked =
        candidate.call(() -> test.currentQuestion(course, "tab-1", "fr")).orElseThrow();
    data.timeRunsOut(martin);

    assertThatThrownBy(
            () ->
                candidate.call(
                    () -> test.answer(course, "tab-1", asked.challenge().id(), null, null)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.TIME_UP));
    assertThat(candidate.call(() -> test.state(course, "tab-1")).status()).isEqualTo("COMPLETED");
    assertThat(records.ofCandidate(martin).orElseThrow().questions())
        .extracting(CertificationTestRecord.Question::result)
        .containsOnly(AnswerResult.UNANSWERED);
  }

  @Test
  @DisplayName(
      "The supervisor ends a test with a reason and reports an incident; an empty reason is refused")
  void supervisorEndsAndReports() throws Exception {
    long course = join("tab-1");
    long martin = session.candidates().get(0);
    String password = CertifCourseTestData.PASSWORD;
    room.admit(session.number(), password, ROOM_ADDRESS, martin);

    assertThatThrownBy(() -> room.end(session.number(), password, ROOM_ADDRESS, martin, " "))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.MISSING_REASON));
    room.report(
        session.number(),
        password,
        ROOM_ADDRESS,
        martin,
        IncidentCategory.TECHNICAL_PROBLEM,
        "Écran figé");
    room.end(session.number(), password, ROOM_ADDRESS, martin, "Malaise du candidat");

    assertThat(row(martin).status()).isEqualTo("ENDED_BY_SUPERVISOR");
    assertThat(data.incidents(martin)).isEqualTo(1);
    assertThat(records.ofCandidate(martin).orElseThrow().endReason())
        .isEqualTo("Malaise du candidat");
    assertThatThrownBy(() -> candidate.call(() -> test.answer(course, "tab-1", "x", null, null)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.FINISHED));
  }

  @Test
  @DisplayName(
      "Wrong codes, names that match nobody, another account or an ineligible one are refused and nobody joins")
  void joiningRefused() throws Exception {
    assertThatThrownBy(
            () ->
                candidate.call(
                    () -> joining.join(session.number(), "BBBB22", "Martin", "Léa", BORN, "t")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.WRONG_CODES));
    assertThatThrownBy(
            () ->
                candidate.call(
                    () ->
                        joining.join(
                            session.number(), session.accessCode(), "Dupont", "Léa", BORN, "t")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NO_MATCH));
    assertThatThrownBy(
            () ->
                candidate.call(
                    () ->
                        joining.join(
                            session.number(),
                            session.accessCode(),
                            "Martin",
                            "Léa",
                            BORN.plusDays(1),
                            "t")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NO_MATCH));
    assertThatThrownBy(
            () ->
                other.call(
                    () ->
                        joining.join(
                            session.number(), session.accessCode(), "ROUX", "Hugo", BORN, "t")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_ELIGIBLE));
    assertThat(room.candidates(session.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS))
        .extracting(SupervisedCandidate::status)
        .containsOnly("NOT_JOINED");

    join("t");
    assertThatThrownBy(
            () ->
                other.call(
                    () ->
                        joining.join(
                            session.number(), session.accessCode(), "MARTIN", "Léa", BORN, "u")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ANOTHER_ACCOUNT));
  }

  @Test
  @DisplayName(
      "A session is first joined on its day only: the day before and the day after are refused with their own message, and nobody joins; a sitting begun on its day is come back to after midnight")
  void joiningOnTheSessionsDayOnly() throws Exception {
    long centre = centres.scoCentre(AsCertifOfficer.SUBJECT).centreId();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    CertifCourseTestData.Session tomorrow =
        data.sessionOn(today.plusDays(1), centre, "MARTIN", "Léa");
    CertifCourseTestData.Session yesterday =
        data.sessionOn(today.minusDays(1), centre, "MARTIN", "Léa");

    assertThatThrownBy(
            () ->
                candidate.call(
                    () ->
                        joining.join(
                            tomorrow.number(), tomorrow.accessCode(), "Martin", "Léa", BORN, "t")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_ITS_DAY_YET));
    assertThatThrownBy(
            () ->
                candidate.call(
                    () ->
                        joining.join(
                            yesterday.number(),
                            yesterday.accessCode(),
                            "Martin",
                            "Léa",
                            BORN,
                            "t")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.DAY_OVER));

    assertThat(data.courses(tomorrow.number())).isZero();
    assertThat(data.courses(yesterday.number())).isZero();
    assertThat(data.audited("CERTIFICATION_JOINED", tomorrow.number())).isZero();
    join("t");
    assertThat(data.courses(session.number())).isEqualTo(1);

    // The day rule is for the first join: a sitting begun on its day is come back to after
    // midnight.
    CertifCourseTestData.Session evening = data.session(centre, "MARTIN", "Léa");
    long begun =
        candidate.call(
            () ->
                joining
                    .join(evening.number(), evening.accessCode(), "Martin", "Léa", BORN, "e")
                    .courseId());
    data.dayHasPassed(evening.number());
    assertThat(
            candidate.call(
                () ->
                    joining
                        .join(evening.number(), evening.accessCode(), "Martin", "Léa", BORN, "e")
                        .courseId()))
        .isEqualTo(begun);
    assertThat(data.courses(evening.number())).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "Finalisation ends the tests still under way: past it, the candidate is told the session is finalised, nothing more is shown or answered, and nobody joins")
  void finalisationEndsRunningTests() throws Exception {
    long centre = centres.scoCentre(AsCertifOfficer.SUBJECT).centreId();
    CertifCourseTestData.Session morning = data.session(centre, "PETIT", "Zoé");
    data.eligible(AsFinalisedCandidate.SUBJECT);
    long course =
        finalisedCandidate.call(
            () ->
                joining
                    .join(morning.number(), morning.accessCode(), "Petit", "Zoé", BORN, "tab-1")
                    .courseId());
    long zoe = morning.candidates().get(0);
    room.admit(morning.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS, zoe);
    Question first =
        finalisedCandidate.call(() -> test.currentQuestion(course, "tab-1", "fr")).orElseThrow();
    finalisedCandidate.call(() -> test.answer(course, "tab-1", first.challenge().id(), null, null));
    Question second =
        finalisedCandidate.call(() -> test.currentQuestion(course, "tab-1", "fr")).orElseThrow();

    officer.call(
        () ->
            finalisation.finalise(
                morning.number(),
                new FinalisationInput(
                    null, Map.of(course, AbandonmentReason.CANDIDATE), List.of())));

    assertThatThrownBy(
            () ->
                finalisedCandidate.call(
                    () -> test.answer(course, "tab-1", second.challenge().id(), null, null)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.FINALISED));
    assertThatThrownBy(
            () -> finalisedCandidate.call(() -> test.currentQuestion(course, "tab-1", "fr")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.FINALISED));
    assertThatThrownBy(() -> finalisedCandidate.call(() -> test.state(course, "tab-1")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.FINALISED));
    assertThat(records.ofCandidate(zoe).orElseThrow().questions())
        .filteredOn(q -> q.result() != AnswerResult.UNANSWERED)
        .hasSize(1);
    assertThatThrownBy(
            () ->
                finalisedCandidate.call(
                    () ->
                        joining.join(
                            morning.number(), morning.accessCode(), "Petit", "Zoé", BORN, "t")))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.SESSION_CLOSED));
  }

  @Test
  @DisplayName(
      "Joins, admissions, ends, incidents and resumes are written to the audit log with the session, candidate and course ids")
  void sittingAudited() throws Exception {
    long martin = session.candidates().get(0);
    String password = CertifCourseTestData.PASSWORD;
    join("tab-1");
    room.admit(session.number(), password, ROOM_ADDRESS, martin);
    room.admit(session.number(), password, ROOM_ADDRESS, martin);
    room.allowResume(session.number(), password, ROOM_ADDRESS, martin);
    room.report(session.number(), password, ROOM_ADDRESS, martin, IncidentCategory.OTHER, "Retard");
    assertThatThrownBy(() -> room.end(session.number(), password, ROOM_ADDRESS, martin, ""))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.MISSING_REASON));
    room.end(session.number(), password, ROOM_ADDRESS, martin, "Malaise du candidat");

    assertThat(data.audited("CERTIFICATION_JOINED", session.number())).isEqualTo(1);
    assertThat(data.audited("CERTIFICATION_ADMITTED", session.number())).isEqualTo(1);
    assertThat(data.audited("CERTIFICATION_RESUME_ALLOWED", session.number())).isEqualTo(1);
    assertThat(data.audited("CERTIFICATION_INCIDENT", session.number())).isEqualTo(1);
    assertThat(data.audited("CERTIFICATION_TEST_ENDED", session.number())).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "A session's password opens nothing of another; guessing it closes the room to that address, the right password included")
  void roomIsolationAndGuessing() throws Exception {
    long otherCentre = centres.scoCentre(AsOtherCertifOfficer.SUBJECT).centreId();
    CertifCourseTestData.Session elsewhere = data.session(otherCentre, "BLANC", "Inès");
    join("t");
    long martin = session.candidates().get(0);

    assertThatThrownBy(
            () ->
                room.admit(elsewhere.number(), CertifCourseTestData.PASSWORD, ROOM_ADDRESS, martin))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NO_MATCH));
    assertThat(row(martin).status()).isEqualTo("WAITING");

    String guesser = "198.51.100.7";
    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> room.candidates(elsewhere.number(), "guess!", guesser))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.WRONG_PASSWORD));
    }
    assertThatThrownBy(
            () -> room.candidates(elsewhere.number(), CertifCourseTestData.PASSWORD, guesser))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.TOO_MANY_ATTEMPTS));
  }
}
