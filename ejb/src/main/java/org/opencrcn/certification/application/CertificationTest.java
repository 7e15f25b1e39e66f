package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencrcn.assessment.application.ChallengeCheck;
import org.opencrcn.assessment.application.LearnerChallenge;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.assessment.domain.positioning.AnswerTiming;
import org.opencrcn.certification.application.CourseViews.Question;
import org.opencrcn.certification.application.CourseViews.State;
import org.opencrcn.certification.domain.Candidate;
import org.opencrcn.certification.domain.SessionStatus;
import org.opencrcn.certification.domain.course.AnswerResult;
import org.opencrcn.certification.domain.course.AskedChallenge;
import org.opencrcn.certification.domain.course.CertificationCourse;
import org.opencrcn.certification.domain.course.CourseRefusedException;
import org.opencrcn.certification.domain.course.CourseRefusedException.Reason;
import org.opencrcn.certification.domain.course.CourseStatus;
import org.opencrcn.certification.domain.course.PlannedChallenge;
import org.opencrcn.certification.domain.course.TestAlgorithm;
import org.opencrcn.certification.infrastructure.CourseRepository;
import org.opencrcn.certification.infrastructure.SessionRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.referential.application.ChallengeCatalog;
import org.opencrcn.referential.application.ChallengeTraits;
import org.opencrcn.referential.application.PlayableChallenge;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * The candidate takes the test (docs/certification.md, "The test"). Each call is its own
 * transaction on the course, locked for its length: an answer is checked as every answer of the
 * platform is ({@link ChallengeCheck}, {@link AnswerTiming}), written on its question's row and
 * committed before it is acknowledged; a second answer to that question, an answer from another
 * browser or after the time limit is refused. Every call names the browser ({@code deviceToken}).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CertificationTest {
  static final int MAX_ANSWER_LENGTH = 10_000;

  @Inject private CourseRepository courses;
  @Inject private SessionRepository sessions;
  @Inject private CallerAccount caller;
  @Inject private ChallengeCatalog challenges;
  @Inject private TestComposer composer;

  /** Where the sitting is (the waiting page asks until the candidate is admitted). */
  public State state(long courseId, @NotBlank String deviceToken) {
    CertificationCourse course = held(courseId, deviceToken);
    Instant now = Instant.now();
    if (course.status() == CourseStatus.STARTED && course.pastDeadline(now)) {
      course.complete(now);
    }
    return state(course, now);
  }

  /**
   * The question to answer now (the same until answered); the test starts with the first one. Empty
   * once the test is over (every question answered, or its time is up).
   */
  public Optional<Question> currentQuestion(
      long courseId, @NotBlank String deviceToken, @NotBlank String locale) {
    // Locked: two pages opened at once must not plan the test (or pick a v3 question) twice.
    CertificationCourse course =
        checked(courses.courseForUpdate(courseId).orElse(null), deviceToken);
    Instant now = Instant.now();
    if (course.status() == CourseStatus.WAITING) {
      throw new CourseRefusedException(Reason.NOT_ADMITTED);
    }
    if (course.status() == CourseStatus.ADMITTED) {
      start(course, locale, now);
    }
    if (course.status().finished()) {
      return Optional.empty();
    }
    if (course.pastDeadline(now)) {
      course.complete(now);
      return Optional.empty();
    }
    List<AskedChallenge> asked = courses.asked(courseId);
    Optional<AskedChallenge> current = asked.stream().filter(a -> !a.answered()).findFirst();
    if (current.isEmpty() && course.algorithm() == TestAlgorithm.V3) {
      current = Optional.ofNullable(composer.nextV3(course, asked)).map(p -> add(course, asked, p));
    }
    if (current.isEmpty()) {
      course.complete(now);
      return Optional.empty();
    }
    current.get().show(now);
    return Optional.of(question(course, current.get(), asked.size(), now));
  }

  /**
   * Records the answer to the current question; {@code answer} null means "Je passe".
   *
   * @return the sitting's state after it (finished when it was the last question)
   */
  public State answer(
      long courseId,
      @NotBlank String deviceToken,
      @NotBlank String challengeId,
      Answer answer,
      String rawValue) {
    CertificationCourse course = heldForAnswer(courseId, deviceToken);
    AskedChallenge asked = current(course, challengeId);
    if (rawValue != null && rawValue.length() > MAX_ANSWER_LENGTH) {
      throw new CourseRefusedException(Reason.TOO_LONG);
    }
    PlayableChallenge challenge = challenge(challengeId);
    boolean skipped = answer == null;
    boolean right = !skipped && ChallengeCheck.isRight(challenge.answerKey(), answer);
    if (!skipped && !right && (rawValue == null || rawValue.isBlank())) {
      throw new CourseRefusedException(Reason.EMPTY);
    }
    Instant now = Instant.now();
    String result =
        AnswerTiming.result(
            skipped,
            right,
            extended(challenge.timerSeconds(), course),
            asked.askedAt(),
            now,
            CertificationSettings.timerGraceSeconds());
    return record(course, asked, rawValue, result, now);
  }

  /**
   * The candidate left the page during a focused question: the question ends there, recorded as
   * such. Leaving an unfocused question changes nothing.
   */
  public State focusLost(
      long courseId, @NotBlank String deviceToken, @NotBlank String challengeId) {
    CertificationCourse course = heldForAnswer(courseId, deviceToken);
    AskedChallenge asked = current(course, challengeId);
    ChallengeTraits traits = challenges.traits(List.of(challengeId)).get(challengeId);
    if (traits == null || !traits.focused()) {
      return state(course, Instant.now());
    }
    return record(course, asked, null, AnswerResult.FOCUS_LOST.code(), Instant.now());
  }

  private State record(
      CertificationCourse course, AskedChallenge asked, String raw, String result, Instant now) {
    asked.answer(raw, result, now);
    course.answered();
    courses.flush();
    boolean last =
        course.algorithm() == TestAlgorithm.V2
            && courses.asked(course.id()).stream().allMatch(AskedChallenge::answered);
    if (last) {
      course.complete(now);
    }
    return state(course, now);
  }

  private void start(CertificationCourse course, String locale, Instant now) {
    Candidate candidate = sessions.candidate(course.candidateId()).orElseThrow();
    int extra = candidate.identity().extraTimePercent();
    Duration limit = CertificationSettings.timeLimit();
    course.start(now, limit.plus(limit.multipliedBy(extra).dividedBy(100)));
    candidate.begin(now);
    var profile = composer.bringLevelsIn(course);
    if (course.algorithm() == TestAlgorithm.V2) {
      List<PlannedChallenge> planned = composer.v2(course, profile, locale);
      for (int i = 0; i < planned.size(); i++) {
        courses.add(new AskedChallenge(course.id(), i + 1, planned.get(i)));
      }
      courses.flush();
    }
  }

  private AskedChallenge add(
      CertificationCourse course, List<AskedChallenge> asked, PlannedChallenge planned) {
    AskedChallenge added = new AskedChallenge(course.id(), asked.size() + 1, planned);
    courses.add(added);
    courses.flush();
    return added;
  }

  private Question question(
      CertificationCourse course, AskedChallenge asked, int plannedSoFar, Instant now) {
    PlayableChallenge challenge = challenge(asked.challengeId());
    ChallengeTraits traits =
        challenges.traits(List.of(asked.challengeId())).get(asked.challengeId());
    Integer timer = extended(challenge.timerSeconds(), course);
    int planned =
        course.algorithm() == TestAlgorithm.V2
            ? plannedSoFar
            : CertificationSettings.flashQuestions();
    return new Question(
        course.id(),
        course.sessionId(),
        asked.position(),
        planned,
        LearnerChallenge.of(challenge, course.accountId()),
        traits != null && traits.focused(),
        timer,
        timer == null ? null : AnswerTiming.secondsLeft(timer, asked.askedAt(), now),
        secondsLeft(course, now));
  }

  /** The question's timer with the candidate's extra time, rounded up to the second. */
  private Integer extended(Integer timerSeconds, CertificationCourse course) {
    if (timerSeconds == null) {
      return null;
    }
    int extra =
        sessions
            .candidate(course.candidateId())
            .map(c -> c.identity().extraTimePercent())
            .orElse(0);
    return (int) Math.ceil(timerSeconds * (100 + extra) / 100.0);
  }

  private AskedChallenge current(CertificationCourse course, String challengeId) {
    if (course.status() == CourseStatus.WAITING || course.status() == CourseStatus.ADMITTED) {
      throw new CourseRefusedException(Reason.NOT_ADMITTED);
    }
    return courses.asked(course.id()).stream()
        .filter(a -> !a.answered())
        .findFirst()
        .filter(a -> a.challengeId().equals(challengeId))
        .orElseThrow(() -> new CourseRefusedException(Reason.NOT_CURRENT_QUESTION));
  }

  private CertificationCourse held(long courseId, String deviceToken) {
    CertificationCourse course = courses.course(courseId).orElse(null);
    return checked(course, deviceToken);
  }

  private CertificationCourse heldForAnswer(long courseId, String deviceToken) {
    CertificationCourse course =
        checked(courses.courseForUpdate(courseId).orElse(null), deviceToken);
    if (course.status().finished()) {
      throw new CourseRefusedException(
          course.pastDeadline(Instant.now()) ? Reason.TIME_UP : Reason.FINISHED);
    }
    if (course.status() == CourseStatus.STARTED && course.pastDeadline(Instant.now())) {
      throw new CourseRefusedException(Reason.TIME_UP);
    }
    return course;
  }

  private CertificationCourse checked(CertificationCourse course, String deviceToken) {
    if (course == null || caller.id().map(id -> id != course.accountId()).orElse(true)) {
      throw new AccessDeniedException("Not the caller's certification course");
    }
    if (!course.status().finished() && !course.claimBy(deviceToken)) {
      throw new CourseRefusedException(Reason.OTHER_DEVICE);
    }
    if (!course.status().finished() && finalised(course)) {
      throw new CourseRefusedException(Reason.FINALISED);
    }
    return course;
  }

  /**
   * Finalisation ends the tests still under way (the centre gave each an abandonment reason and it
   * was scored as it stood): past it, nothing more is shown or answered.
   */
  private boolean finalised(CertificationCourse course) {
    return sessions
        .session(course.sessionId())
        .map(s -> s.storedStatus() != SessionStatus.CREATED)
        .orElse(true);
  }

  private State state(CertificationCourse course, Instant now) {
    Long left = course.deadline() == null ? null : secondsLeft(course, now);
    return new State(
        course.id(), course.sessionId(), course.status().name(), course.answeredCount(), left);
  }

  private static long secondsLeft(CertificationCourse course, Instant now) {
    return Math.max(0, Duration.between(now, course.deadline()).toSeconds());
  }

  private PlayableChallenge challenge(String id) {
    return challenges
        .challenge(id)
        .orElseThrow(() -> new IllegalStateException("No challenge " + id + " in the catalogue"));
  }
}
