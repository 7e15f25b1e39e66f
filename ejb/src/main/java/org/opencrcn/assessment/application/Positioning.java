package org.opencrcn.assessment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.assessment.application.AnswerRefusedException.Reason;
import org.opencrcn.assessment.application.PositioningViews.Outcome;
import org.opencrcn.assessment.application.PositioningViews.Question;
import org.opencrcn.assessment.application.PositioningViews.Result;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.assessment.domain.answer.AnswerValidator;
import org.opencrcn.assessment.domain.engine.SmartRandom;
import org.opencrcn.assessment.domain.positioning.Assessment;
import org.opencrcn.assessment.domain.positioning.RecordedAnswer;
import org.opencrcn.assessment.domain.positioning.StoredKnowledgeElement;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.KnowledgeInference;
import org.opencrcn.assessment.domain.scoring.SkillRef;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.referential.application.ChallengePreview;
import org.opencrcn.referential.application.ReferentialSnapshots;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.catalog.CatalogTutorial;
import org.opencrcn.referential.domain.content.Pix;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotSkill;
import org.opencrcn.referential.domain.content.Tolerance;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/**
 * A learner's positioning test on a competence. Each call is its own transaction: an answer is
 * recorded (with its knowledge elements) and committed before the next question is chosen, so an
 * acknowledged answer is never lost, and a second submission of it is refused.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class Positioning {
  static final int CHECKPOINT_EVERY = 5;
  static final int MAX_ANSWER_LENGTH = 10_000;
  private static final SecureRandom SEEDS = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private CallerAccount caller;
  @Inject private ReferentialSnapshots snapshots;

  /** The caller's started test on the competence, or a new one. */
  public long start(@NotBlank String competenceCode) {
    long account = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    return em.createNamedQuery("Assessment.startedFor", Assessment.class)
        .setParameter("account", account).setParameter("competence", competenceCode)
        .getResultStream().findFirst()
        .orElseGet(() -> {
          Assessment created = new Assessment(account, competenceCode, SEEDS.nextLong(), Instant.now());
          em.persist(created);
          return created;
        })
        .id();
  }

  /** The question to answer now (the same until it is answered), or empty once the test is over. */
  public Optional<Question> currentQuestion(long assessmentId) {
    Assessment assessment = owned(assessmentId);
    if (assessment.state() == Assessment.State.COMPLETED) {
      return Optional.empty();
    }
    List<RecordedAnswer> answers = answers(assessmentId);
    List<KnowledgeElement> elements = elements(assessmentId);
    if (assessment.currentChallengeId() == null) {
      Optional<SmartRandom.Challenge> next = SmartRandom.next(engineInput(assessment, answers, elements));
      if (next.isEmpty()) {
        assessment.complete(Instant.now());
        return Optional.empty();
      }
      assessment.ask(next.get().id());
    }
    ChallengePreview challenge = ChallengePreview.of(em.find(CatalogChallenge.class, assessment.currentChallengeId()));
    return Optional.of(new Question(assessmentId, assessment.competenceCode(), answers.size() + 1, progress(assessment, elements), challenge));
  }

  /** Records the answer to the current question; {@code answer} null means "Je passe". */
  public Outcome answer(long assessmentId, @NotBlank String challengeId, Answer answer, String rawValue) {
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
    CatalogChallenge challenge = em.find(CatalogChallenge.class, challengeId);
    boolean skipped = answer == null;
    boolean right = !skipped && AnswerValidator.isRight(
        ChallengeJson.readSolution(challenge.solutionJson()), tolerances(challenge),
        ChallengeJson.fieldKeys(challenge.fieldsJson()), answer);
    if (!skipped && !right && (rawValue == null || rawValue.isBlank())) {
      throw new AnswerRefusedException(Reason.EMPTY);
    }
    Instant now = Instant.now();
    RecordedAnswer recorded = new RecordedAnswer(assessmentId, challengeId, challenge.skillName(), rawValue,
        skipped ? RecordedAnswer.SKIPPED : right ? RecordedAnswer.OK : RecordedAnswer.KO, now);
    em.persist(recorded);
    em.flush();
    List<SkillRef> competenceSkills = skillRefs(assessment.competenceCode());
    SkillRef asked = competenceSkills.stream().filter(s -> s.name().equals(challenge.skillName())).findFirst().orElseThrow();
    KnowledgeInference.fromAnswer(asked, right, competenceSkills.stream().filter(s -> s.tube().equals(asked.tube())).toList())
        .forEach(element -> em.persist(new StoredKnowledgeElement(assessment, recorded, element, now)));
    assessment.answered();
    int answered = answers(assessmentId).size();
    return new Outcome(right, answered, answered % CHECKPOINT_EVERY == 0);
  }

  public Result result(long assessmentId) {
    Assessment assessment = owned(assessmentId);
    Map<String, Pix> pix = skillRefs(assessment.competenceCode()).stream().collect(Collectors.toMap(SkillRef::name, SkillRef::pix));
    CompetenceScore score = CompetenceScore.of(elements(assessmentId), pix, CompetenceScore.DEFAULT_MAX_REACHABLE_LEVEL);
    return new Result(assessment.competenceCode(), score.pix(), score.level(), assessment.state() == Assessment.State.COMPLETED);
  }

  /** The caller's latest test on each competence they started, by competence code. */
  public Map<String, PositioningViews.CompetenceProgress> progress() {
    long account = caller.id().orElseThrow(() -> new AccessDeniedException("No account"));
    Map<String, PositioningViews.CompetenceProgress> progress = new java.util.TreeMap<>();
    em.createQuery("select a from Assessment a where a.accountId = :account order by a.id", Assessment.class)
        .setParameter("account", account).getResultStream()
        .forEach(a -> {
          Result result = result(a.id());
          progress.put(a.competenceCode(), new PositioningViews.CompetenceProgress(
              a.competenceCode(), a.id(), true, result.completed(), result.level(), result.pix()));
        });
    return progress;
  }

  /** The last answers of the test, oldest first, for the checkpoint every 5 answers. */
  public List<PositioningViews.AnswerSummary> lastAnswers(long assessmentId, int count) {
    owned(assessmentId);
    List<RecordedAnswer> answers = answers(assessmentId);
    List<RecordedAnswer> last = answers.subList(Math.max(0, answers.size() - count), answers.size());
    Set<String> failedSkills = last.stream().filter(a -> !a.right()).map(RecordedAnswer::skillName).collect(Collectors.toSet());
    Map<String, List<PositioningViews.TutorialLink>> tutorials = failedSkills.isEmpty()
        ? Map.of()
        : em.createNamedQuery("CatalogTutorial.ofSkills", CatalogTutorial.class).setParameter("skills", failedSkills)
            .getResultStream()
            .collect(Collectors.groupingBy(CatalogTutorial::skillName, Collectors.mapping(
                t -> new PositioningViews.TutorialLink(t.skillName(), t.title(), t.url(), t.format(), t.durationMinutes()), Collectors.toList())));
    List<PositioningViews.AnswerSummary> summaries = new java.util.ArrayList<>();
    for (int i = 0; i < last.size(); i++) {
      RecordedAnswer answer = last.get(i);
      summaries.add(new PositioningViews.AnswerSummary(answers.size() - last.size() + i + 1, answer.challengeId(), answer.result(),
          answer.right() ? List.of() : tutorials.getOrDefault(answer.skillName(), List.of())));
    }
    return summaries;
  }

  private Assessment owned(long assessmentId) {
    Assessment assessment = em.find(Assessment.class, assessmentId);
    if (assessment == null || caller.id().map(id -> id != assessment.accountId()).orElse(true)) {
      throw new AccessDeniedException("Not the caller's assessment: " + assessmentId);
    }
    return assessment;
  }

  private int progress(Assessment assessment, List<KnowledgeElement> elements) {
    int skills = skillRefs(assessment.competenceCode()).size();
    long known = elements.stream().map(KnowledgeElement::skill).distinct().count();
    return skills == 0 ? 0 : (int) Math.min(99, known * 100 / skills);
  }

  private SmartRandom.Input engineInput(Assessment assessment, List<RecordedAnswer> answers, List<KnowledgeElement> elements) {
    List<SnapshotSkill> skills = snapshots.current().skillsByCompetence().getOrDefault(assessment.competenceCode(), List.of());
    Map<String, SnapshotSkill> skillByName = skills.stream().collect(Collectors.toMap(SnapshotSkill::name, s -> s));
    List<SmartRandom.Skill> engineSkills = skills.stream()
        .map(s -> new SmartRandom.Skill(s.name(), s.tube(), s.level(),
            s.challenges().stream().map(c -> new SmartRandom.Challenge(c.id(), c.locale(), c.timerSeconds() != null)).toList()))
        .toList();
    List<SmartRandom.PastAnswer> past = answers.stream()
        .filter(a -> skillByName.containsKey(a.skillName()))
        .map(a -> new SmartRandom.PastAnswer(a.challengeId(), skillByName.get(a.skillName()).level(), a.right(), false))
        .toList();
    Set<String> known = new HashSet<>();
    elements.forEach(e -> known.add(e.skill()));
    return new SmartRandom.Input(engineSkills, past, known, "fr", assessment.seed());
  }

  private List<SkillRef> skillRefs(String competenceCode) {
    return snapshots.current().skillsByCompetence().getOrDefault(competenceCode, List.of()).stream()
        .map(s -> new SkillRef(s.name(), s.tube(), s.level(), s.pix()))
        .toList();
  }

  private List<RecordedAnswer> answers(long assessmentId) {
    return em.createNamedQuery("RecordedAnswer.ofAssessment", RecordedAnswer.class).setParameter("assessment", assessmentId).getResultList();
  }

  private List<KnowledgeElement> elements(long assessmentId) {
    return em.createNamedQuery("StoredKnowledgeElement.ofAssessment", StoredKnowledgeElement.class)
        .setParameter("assessment", assessmentId).getResultStream().map(StoredKnowledgeElement::toElement).toList();
  }

  private static Set<Tolerance> tolerances(CatalogChallenge challenge) {
    Set<Tolerance> tolerances = EnumSet.noneOf(Tolerance.class);
    for (String code : challenge.tolerances().split(",")) {
      Tolerance.ofCode(code).ifPresent(tolerances::add);
    }
    return tolerances;
  }
}
