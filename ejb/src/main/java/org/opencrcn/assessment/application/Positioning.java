package org.opencrcn.assessment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencrcn.assessment.application.AnswerRefusedException.Reason;
import org.opencrcn.assessment.application.NotYetAvailableException.Action;
import org.opencrcn.assessment.application.PositioningViews.Outcome;
import org.opencrcn.assessment.application.PositioningViews.Question;
import org.opencrcn.assessment.application.PositioningViews.Result;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.assessment.domain.positioning.AnswerTiming;
import org.opencrcn.assessment.domain.positioning.Assessment;
import org.opencrcn.assessment.domain.positioning.CompetenceState;
import org.opencrcn.assessment.domain.positioning.EngineInputs;
import org.opencrcn.assessment.domain.positioning.ProfileLimits;
import org.opencrcn.assessment.domain.positioning.RecordedAnswer;
import org.opencrcn.assessment.domain.positioning.StoredKnowledgeElement;
import org.opencrcn.assessment.domain.positioning.TestKnowledge;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.KnowledgeInference;
import org.opencrcn.assessment.domain.scoring.PositioningRules;
import org.opencrcn.assessment.domain.scoring.Scorecard;
import org.opencrcn.assessment.domain.scoring.SkillRef;
import org.opencrcn.assessment.infrastructure.PositioningRepository;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.referential.application.ChallengeCatalog;
import org.opencrcn.referential.application.ChallengePreview;
import org.opencrcn.referential.application.PlayableChallenge;
import org.opencrcn.referential.application.ReferentialSnapshots;
import org.opencrcn.referential.application.TargetProfileCatalog;
import org.opencrcn.referential.application.TutorialCatalog;
import org.opencrcn.referential.domain.content.Pix;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * A learner's positioning tests on the competences, and their scorecards. Each call is its own
 * transaction: an answer is recorded with its knowledge elements and the next question (unless a
 * checkpoint is due) and committed, so an acknowledged answer is never lost, and a second
 * submission of it is refused. Knowledge elements belong to the learner: a later test on the same
 * competence (improving) builds on them, and only the latest element of a skill counts.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class Positioning {
  static final int CHECKPOINT_EVERY = 5;
  static final int MAX_ANSWER_LENGTH = 10_000;

  /**
   * The content's own language: challenges are drawn in it when the learner's language has none.
   */
  static final String CONTENT_LOCALE = "fr";

  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject private PositioningRepository tests;
  @Inject private CallerAccount caller;
  @Inject private ReferentialSnapshots snapshots;
  @Inject private ChallengeCatalog challenges;
  @Inject private TutorialCatalog tutorialCatalog;
  @Inject private TargetProfileCatalog targetProfiles;
  private final PositioningRules rules = AssessmentSettings.positioningRules();
  private final PositioningEngine engine = AssessmentSettings.positioningEngine();

  /**
   * The caller's test on the competence: the started one, the completed one when the competence is
   * completed (improving is {@link #improve}), or a new one.
   *
   * @param locale the learner's language, challenges are drawn in it where the content has some
   */
  public long start(@NotBlank String competenceCode, @NotBlank String locale) {
    long account = account();
    Optional<Assessment> started = tests.startedTest(account, competenceCode);
    if (started.isPresent()) {
      return started.get().id();
    }
    CompetenceState state = competenceState(account, competenceCode);
    if (state.scorecard(rules, Instant.now()).completed()) {
      return state.latest().id();
    }
    return newTest(account, competenceCode, locale, false);
  }

  /** A new test on a completed competence: validated skills are kept, the others asked again. */
  public long improve(@NotBlank String competenceCode, @NotBlank String locale) {
    long account = account();
    Scorecard scorecard = competenceState(account, competenceCode).scorecard(rules, Instant.now());
    if (!scorecard.improvable()) {
      throw new NotYetAvailableException(
          Action.IMPROVE, scorecard.completed() ? scorecard.daysBeforeImproving() : 0);
    }
    return newTest(account, competenceCode, locale, true);
  }

  /** Every skill of the competence back to "never tested": 0 pix, a test may start afresh. */
  public void reset(@NotBlank String competenceCode) {
    long account = account();
    CompetenceState state = competenceState(account, competenceCode);
    Instant now = Instant.now();
    Scorecard scorecard = state.scorecard(rules, now);
    if (!scorecard.resettable()) {
      throw new NotYetAvailableException(Action.RESET, scorecard.daysBeforeReset());
    }
    tests.startedTest(account, competenceCode).ifPresent(test -> test.complete(now));
    state.latestPerSkill().values().stream()
        .filter(element -> element.status() != KnowledgeElement.Status.RESET)
        .forEach(
            element ->
                tests.addElement(
                    StoredKnowledgeElement.reset(account, competenceCode, element, now)));
  }

  /** The question to answer now (the same until it is answered), or empty once the test is over. */
  public Optional<Question> currentQuestion(long assessmentId) {
    return question(owned(assessmentId), Instant.now());
  }

  private Optional<Question> question(Assessment assessment, Instant now) {
    if (assessment.state() == Assessment.State.COMPLETED) {
      return Optional.empty();
    }
    List<RecordedAnswer> answers = tests.answers(assessment.id());
    TestKnowledge knowledge = knowledge(assessment);
    if (assessment.currentChallengeId() == null) {
      Optional<PositioningEngine.Challenge> next =
          engine.next(engineInput(assessment, answers, knowledge));
      if (next.isEmpty()) {
        assessment.complete(now);
        return Optional.empty();
      }
      assessment.ask(next.get().id(), now);
    }
    ChallengePreview challenge =
        LearnerChallenge.of(challenge(assessment.currentChallengeId()), assessment.accountId());
    Integer secondsLeft =
        challenge.timerSeconds() == null || assessment.askedAt() == null
            ? null
            : AnswerTiming.secondsLeft(challenge.timerSeconds(), assessment.askedAt(), now);
    return Optional.of(
        new Question(
            assessment.id(),
            assessment.competenceCode(),
            answers.size() + 1,
            progress(assessment, knowledge),
            challenge,
            secondsLeft));
  }

  /**
   * Records the answer to the current question; {@code answer} null means "Je passe". Unless a
   * checkpoint is due, the next question is chosen in the same transaction and returned with the
   * outcome (the test is completed there when no question is left).
   */
  public Outcome answer(
      long assessmentId, @NotBlank String challengeId, Answer answer, String rawValue) {
    Assessment assessment = owned(assessmentId);
    if (assessment.state() == Assessment.State.COMPLETED) {
      throw new AnswerRefusedException(Reason.FINISHED);
    }
    if (!challengeId.equals(assessment.currentChallengeId())) {
      throw new AnswerRefusedException(Reason.NOT_CURRENT_QUESTION);
    }
    if (rawValue != null && rawValue.length() > MAX_ANSWER_LENGTH) {
      throw new AnswerRefusedException(Reason.TOO_LONG);
    }
    PlayableChallenge challenge = challenge(challengeId);
    boolean skipped = answer == null;
    boolean valid = !skipped && ChallengeCheck.isRight(challenge.answerKey(), answer);
    if (!skipped && !valid && (rawValue == null || rawValue.isBlank())) {
      throw new AnswerRefusedException(Reason.EMPTY);
    }
    Instant now = Instant.now();
    String result =
        AnswerTiming.result(
            skipped,
            valid,
            challenge.timerSeconds(),
            assessment.askedAt(),
            now,
            rules.timerGraceSeconds());
    RecordedAnswer recorded =
        new RecordedAnswer(
            assessmentId,
            challengeId,
            challenge.skillName(),
            rawValue,
            result,
            now,
            AnswerTiming.secondsSpent(assessment.askedAt(), now));
    if (!tests.addAnswer(recorded)) {
      throw new AnswerRefusedException(Reason.NOT_CURRENT_QUESTION);
    }
    boolean right = recorded.right();
    List<SkillRef> competenceSkills = skillRefs(assessment.competenceCode());
    SkillRef asked =
        competenceSkills.stream()
            .filter(s -> s.name().equals(challenge.skillName()))
            .findFirst()
            .orElseThrow();
    tests.addElements(
        KnowledgeInference.fromAnswer(
                asked,
                right,
                competenceSkills.stream().filter(s -> s.tube().equals(asked.tube())).toList())
            .stream()
            .map(element -> new StoredKnowledgeElement(assessment, recorded, element, now))
            .toList());
    assessment.answered();
    int answered = assessment.answerCount();
    boolean checkpointDue = answered % CHECKPOINT_EVERY == 0;
    // The next question is chosen now, in the answer's transaction, with what it just read and
    // wrote: the next page needs no service call. Not before a checkpoint: the question is asked
    // (its timer runs) only once the learner leaves the checkpoint.
    Question next = checkpointDue ? null : question(assessment, now).orElse(null);
    return new Outcome(right, result, answered, checkpointDue, next);
  }

  /**
   * The competence's pix and level (all the learner's tests on it count), for the test's result
   * page.
   */
  public Result result(long assessmentId) {
    Assessment assessment = owned(assessmentId);
    Scorecard scorecard =
        competenceState(assessment.accountId(), assessment.competenceCode())
            .scorecard(rules, Instant.now());
    return new Result(
        assessment.competenceCode(), assessment.state() == Assessment.State.COMPLETED, scorecard);
  }

  /** The caller's scorecard on each competence they ever started, by competence code. */
  public Map<String, Scorecard> scorecards() {
    long account = account();
    Map<String, List<Assessment>> byCompetence =
        tests.testsOf(account).stream()
            .filter(test -> test.targetProfileId() == null)
            .collect(Collectors.groupingBy(Assessment::competenceCode));
    Map<String, List<StoredKnowledgeElement>> elements =
        tests.elementsOf(account).stream()
            .collect(Collectors.groupingBy(StoredKnowledgeElement::competenceCode));
    Instant now = Instant.now();
    Map<String, Scorecard> scorecards = new TreeMap<>();
    byCompetence.forEach(
        (competence, ofCompetence) ->
            scorecards.put(
                competence,
                new CompetenceState(
                        competence,
                        ofCompetence.get(ofCompetence.size() - 1),
                        elements.getOrDefault(competence, List.of()),
                        pixBySkill(competence))
                    .scorecard(rules, now)));
    return scorecards;
  }

  /** The id of the caller's test in progress on the competence, if any (to resume it). */
  public Optional<Long> startedTestId(@NotBlank String competenceCode) {
    return tests.startedTest(account(), competenceCode).map(Assessment::id);
  }

  /** The last answers of the test, oldest first, for the checkpoint every 5 answers. */
  public List<PositioningViews.AnswerSummary> lastAnswers(long assessmentId, int count) {
    owned(assessmentId);
    List<RecordedAnswer> answers = tests.answers(assessmentId);
    List<RecordedAnswer> last =
        answers.subList(Math.max(0, answers.size() - count), answers.size());
    Set<String> failedSkills =
        last.stream()
            .filter(a -> !a.right())
            .map(RecordedAnswer::skillName)
            .collect(Collectors.toSet());
    Map<String, List<PositioningViews.TutorialLink>> tutorials =
        failedSkills.isEmpty()
            ? Map.of()
            : tutorialCatalog.ofSkills(failedSkills).stream()
                .collect(
                    Collectors.groupingBy(
                        TutorialCatalog.Tutorial::skillName,
                        Collectors.mapping(
                            t ->
                                new PositioningViews.TutorialLink(
                                    t.skillName(),
                                    t.title(),
                                    t.url(),
                                    t.format(),
                                    t.durationMinutes()),
                            Collectors.toList())));
    List<PositioningViews.AnswerSummary> summaries = new ArrayList<>();
    for (int i = 0; i < last.size(); i++) {
      RecordedAnswer answer = last.get(i);
      summaries.add(
          new PositioningViews.AnswerSummary(
              answers.size() - last.size() + i + 1,
              answer.challengeId(),
              answer.result(),
              answer.right() ? List.of() : tutorials.getOrDefault(answer.skillName(), List.of())));
    }
    return summaries;
  }

  private PlayableChallenge challenge(String id) {
    return challenges
        .challenge(id)
        .orElseThrow(() -> new IllegalStateException("No challenge " + id + " in the catalogue"));
  }

  private long account() {
    return caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
  }

  private long newTest(long account, String competenceCode, String locale, boolean improving) {
    if (!snapshots.current().skillsByCompetence().containsKey(competenceCode)) {
      throw new IllegalArgumentException("No content for competence " + competenceCode);
    }
    Assessment created =
        new Assessment(account, competenceCode, SEEDS.nextLong(), locale, improving, Instant.now());
    return tests.add(created).id();
  }

  private Assessment owned(long assessmentId) {
    Assessment assessment = tests.find(assessmentId).orElse(null);
    if (assessment == null || caller.id().map(id -> id != assessment.accountId()).orElse(true)) {
      throw new AccessDeniedException("Not the caller's assessment: " + assessmentId);
    }
    return assessment;
  }

  private CompetenceState competenceState(long account, String competenceCode) {
    return new CompetenceState(
        competenceCode,
        tests.latestTest(account, competenceCode).orElse(null),
        tests.elements(account, competenceCode),
        pixBySkill(competenceCode));
  }

  private TestKnowledge knowledge(Assessment assessment) {
    return TestKnowledge.of(
        assessment.id(), tests.elements(assessment.accountId(), assessment.competenceCode()));
  }

  private int progress(Assessment assessment, TestKnowledge knowledge) {
    int skills = skillRefs(assessment.competenceCode()).size();
    return skills == 0 ? 0 : (int) Math.min(99, knowledge.knownSkills().size() * 100L / skills);
  }

  private PositioningEngine.Input engineInput(
      Assessment assessment, List<RecordedAnswer> answers, TestKnowledge knowledge) {
    return EngineInputs.of(
        assessment,
        ProfileLimits.skillsAsked(
            snapshots
                .current()
                .skillsByCompetence()
                .getOrDefault(assessment.competenceCode(), List.of()),
            assessment.targetProfileId() == null
                ? null
                : targetProfiles.targetedSkillNames(assessment.targetProfileId())),
        answers,
        assessment.improving() ? tests.answersOutside(assessment) : List.of(),
        knowledge,
        rules.maxReachableLevel(),
        CONTENT_LOCALE);
  }

  private Map<String, Pix> pixBySkill(String competenceCode) {
    return skillRefs(competenceCode).stream()
        .collect(Collectors.toMap(SkillRef::name, SkillRef::pix));
  }

  private List<SkillRef> skillRefs(String competenceCode) {
    return snapshots.current().skillsByCompetence().getOrDefault(competenceCode, List.of()).stream()
        .map(s -> new SkillRef(s.name(), s.tube(), s.level(), s.pix()))
        .toList();
  }
}
