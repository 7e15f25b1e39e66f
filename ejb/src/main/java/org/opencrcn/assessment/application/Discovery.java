package org.opencrcn.assessment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.assessment.application.AnswerRefusedException.Reason;
import org.opencrcn.assessment.application.DiscoveryViews.Outcome;
import org.opencrcn.assessment.application.DiscoveryViews.Question;
import org.opencrcn.assessment.application.DiscoveryViews.QuestionResult;
import org.opencrcn.assessment.application.DiscoveryViews.Result;
import org.opencrcn.assessment.application.DiscoveryViews.TestOverview;
import org.opencrcn.assessment.application.DiscoveryViews.TutorialLink;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.assessment.domain.discovery.ChallengeDraw;
import org.opencrcn.assessment.domain.discovery.DiscoveryAnswer;
import org.opencrcn.assessment.domain.discovery.DiscoveryRun;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.referential.application.ChallengeCatalog;
import org.opencrcn.referential.application.ChallengePreview;
import org.opencrcn.referential.application.DiscoveryTestCatalog;
import org.opencrcn.referential.application.DiscoveryTestCatalog.Definition;
import org.opencrcn.referential.application.DiscoveryTestCatalog.TestedSkill;
import org.opencrcn.referential.application.PlayableChallenge;
import org.opencrcn.referential.application.ReferentialSnapshots;
import org.opencrcn.referential.application.TutorialCatalog;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * A learner's discovery tests: one question per skill of the test, in its order, then the score.
 * Like a positioning test, each call is its own transaction and an answer is committed before the
 * next question is drawn; unlike it, nothing adapts and no knowledge element is ever recorded, so
 * the learner's competence profile stays as it was.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class Discovery {
  // The size of the stored answer (discovery_answer.given_value), as for positioning tests.
  static final int MAX_ANSWER_LENGTH = 10_000;
  // Discovery tests are played in French, the platform's default language.
  private static final String LOCALE = "fr";
  private static final SecureRandom SEEDS = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private CallerAccount caller;
  @Inject private ReferentialSnapshots snapshots;
  @Inject private DiscoveryTestCatalog catalog;
  @Inject private ChallengeCatalog challenges;
  @Inject private TutorialCatalog tutorialCatalog;

  /** The tests the caller may take, each with their run under way if any. */
  public List<TestOverview> tests(@NotNull Locale locale) {
    Map<String, Long> started =
        em.createNamedQuery("DiscoveryRun.startedBy", DiscoveryRun.class)
            .setParameter("account", account())
            .getResultStream()
            .collect(
                Collectors.toMap(DiscoveryRun::testId, DiscoveryRun::id, (first, later) -> first));
    return catalog.active(locale).stream()
        .map(test -> new TestOverview(test, started.get(test.id())))
        .toList();
  }

  /** A test the caller may start, or empty when no such test is offered. */
  public Optional<TestOverview> test(@NotBlank String testId, @NotNull Locale locale) {
    return catalog
        .find(testId, locale)
        .filter(Definition::active)
        .map(test -> new TestOverview(test, startedRun(testId).map(DiscoveryRun::id).orElse(null)));
  }

  /**
   * The caller's run of the test under way, or a new one (a finished test is taken again afresh).
   */
  public long start(@NotBlank String testId) {
    return startedRun(testId)
        .orElseGet(
            () -> {
              Definition test =
                  catalog
                      .find(testId, Locale.FRENCH)
                      .filter(Definition::active)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "No discovery test offered as " + testId));
              List<String> skills = test.skills().stream().map(TestedSkill::name).toList();
              DiscoveryRun run =
                  new DiscoveryRun(account(), testId, skills, SEEDS.nextLong(), Instant.now());
              em.persist(run);
              return run;
            })
        .id();
  }

  /** The question to answer now (the same until it is answered), or empty once the run is over. */
  public Optional<Question> currentQuestion(long runId) {
    DiscoveryRun run = owned(runId);
    if (run.completed()) {
      return Optional.empty();
    }
    int position = answers(runId).size();
    Optional<String> skill = run.skillAt(position);
    if (skill.isEmpty()) {
      run.complete(Instant.now());
      return Optional.empty();
    }
    if (run.currentChallengeId() == null) {
      run.ask(draw(run, skill.get(), position));
    }
    ChallengePreview challenge =
        LearnerChallenge.of(challenge(run.currentChallengeId()), run.accountId());
    return Optional.of(
        new Question(runId, title(run), position + 1, run.questionCount(), challenge));
  }

  /** Records the answer to the current question; {@code answer} null means "Je passe". */
  public Outcome answer(long runId, @NotBlank String challengeId, Answer answer, String rawValue) {
    DiscoveryRun run = owned(runId);
    if (run.completed()) {
      throw new AnswerRefusedException(Reason.FINISHED);
    }
    if (!challengeId.equals(run.currentChallengeId())) {
      throw new AnswerRefusedException(Reason.NOT_CURRENT_QUESTION);
    }
    if (rawValue != null && rawValue.length() > MAX_ANSWER_LENGTH) {
      throw new AnswerRefusedException(Reason.TOO_LONG);
    }
    PlayableChallenge challenge = challenge(challengeId);
    boolean skipped = answer == null;
    boolean right = !skipped && ChallengeCheck.isRight(challenge.answerKey(), answer);
    if (!skipped && !right && (rawValue == null || rawValue.isBlank())) {
      throw new AnswerRefusedException(Reason.EMPTY);
    }
    Instant now = Instant.now();
    int position = answers(runId).size();
    DiscoveryAnswer.Result result =
        skipped
            ? DiscoveryAnswer.Result.SKIPPED
            : right ? DiscoveryAnswer.Result.OK : DiscoveryAnswer.Result.KO;
    em.persist(
        new DiscoveryAnswer(
            runId, position, challengeId, challenge.skillName(), rawValue, result, now));
    try {
      em.flush();
    } catch (PersistenceException twice) {
      // The same question answered by a concurrent request that committed first.
      throw new AnswerRefusedException(Reason.NOT_CURRENT_QUESTION);
    }
    run.answered();
    boolean finished = run.skillAt(position + 1).isEmpty();
    if (finished) {
      run.complete(now);
    }
    return new Outcome(right, position + 1, finished);
  }

  /** The score and each question's result, with tutorials for the skills not validated. */
  public Result result(long runId, @NotNull Locale locale) {
    DiscoveryRun run = owned(runId);
    List<DiscoveryAnswer> answers = answers(runId);
    List<TestedSkill> skills = catalog.testedSkills(run.skillNames(), locale);
    Map<String, List<TutorialLink>> tutorials =
        tutorialsOf(
            answers.stream()
                .filter(a -> !a.right())
                .map(DiscoveryAnswer::skillName)
                .collect(Collectors.toSet()));
    List<QuestionResult> questions =
        answers.stream()
            .map(
                a ->
                    new QuestionResult(
                        a.position() + 1,
                        skills.get(a.position()).competenceTitle(),
                        skills.get(a.position()).level(),
                        a.result(),
                        a.right() ? List.of() : tutorials.getOrDefault(a.skillName(), List.of())))
            .toList();
    int right = (int) answers.stream().filter(DiscoveryAnswer::right).count();
    return new Result(
        runId, run.testId(), title(run), run.completed(), right, run.questionCount(), questions);
  }

  private String draw(DiscoveryRun run, String skill, int position) {
    List<String> playable =
        snapshots.current().skills().stream()
            .filter(s -> s.name().equals(skill))
            .flatMap(s -> s.challenges().stream())
            .filter(c -> LOCALE.equals(c.locale()))
            .map(c -> c.id())
            .toList();
    // A content version published since the run started may have retired them all: retired
    // challenges are kept, so the run can still be finished.
    List<String> candidates = playable.isEmpty() ? challenges.idsOf(skill, LOCALE) : playable;
    Set<String> seen =
        new HashSet<>(
            em.createNamedQuery("DiscoveryAnswer.challengesSeenBy", String.class)
                .setParameter("account", account())
                .getResultList());
    return ChallengeDraw.pick(candidates, seen, run.seed(), position)
        .orElseThrow(() -> new IllegalStateException("No French challenge for " + skill));
  }

  private Map<String, List<TutorialLink>> tutorialsOf(Set<String> skills) {
    if (skills.isEmpty()) {
      return Map.of();
    }
    return tutorialCatalog.ofSkills(skills).stream()
        .collect(
            Collectors.groupingBy(
                TutorialCatalog.Tutorial::skillName,
                Collectors.mapping(
                    t -> new TutorialLink(t.title(), t.url(), t.format(), t.durationMinutes()),
                    Collectors.toList())));
  }

  private PlayableChallenge challenge(String id) {
    return challenges
        .challenge(id)
        .orElseThrow(() -> new IllegalStateException("No challenge " + id + " in the catalogue"));
  }

  private String title(DiscoveryRun run) {
    return catalog.title(run.testId()).orElse(run.testId());
  }

  private Optional<DiscoveryRun> startedRun(String testId) {
    return em.createNamedQuery("DiscoveryRun.startedFor", DiscoveryRun.class)
        .setParameter("account", account())
        .setParameter("test", testId)
        .getResultStream()
        .findFirst();
  }

  private DiscoveryRun owned(long runId) {
    DiscoveryRun run = em.find(DiscoveryRun.class, runId);
    if (run == null || caller.id().map(id -> !run.belongsTo(id)).orElse(true)) {
      throw new AccessDeniedException("Not the caller's discovery run: " + runId);
    }
    return run;
  }

  private long account() {
    return caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
  }

  private List<DiscoveryAnswer> answers(long runId) {
    return em.createNamedQuery("DiscoveryAnswer.ofRun", DiscoveryAnswer.class)
        .setParameter("run", runId)
        .getResultList();
  }
}
