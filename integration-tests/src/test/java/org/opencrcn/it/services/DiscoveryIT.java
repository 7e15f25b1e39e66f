package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.assessment.application.AnswerRefusedException;
import org.opencrcn.assessment.application.AnswerRefusedException.Reason;
import org.opencrcn.assessment.application.Discovery;
import org.opencrcn.assessment.application.DiscoveryViews.Question;
import org.opencrcn.assessment.application.DiscoveryViews.QuestionResult;
import org.opencrcn.assessment.application.DiscoveryViews.TestOverview;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.referential.application.ContentImport;
import org.opencrcn.referential.application.DiscoveryTestCatalog.TestedSkill;
import org.opencrcn.referential.application.ShippedPack;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.shared.AccessDeniedException;

/**
 * Discovery tests through the service, as the demo pupil: one question per listed skill in order,
 * resumed, answered once, scored with tutorials, and never touching the competence profile.
 */
@ExtendWith(ArquillianExtension.class)
class DiscoveryIT {
  private static final String COMPUTER = "decouverte-ordinateur";
  private static final String SMARTPHONE = "decouverte-smartphone";
  private static final String OF_PUPIL =
      "select r.id from discovery_run r join account a on a.id = r.account_id where a.username = 'eleve'";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(DiscoveryIT.class);
  }

  @Inject private Discovery discovery;
  @Inject private ContentImport contentImport;
  @Inject private AsPupil asPupil;
  @Inject private AsTeacher asTeacher;
  @Inject private AsPlatformAdmin asAdmin;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** The shipped content (unchanged when already there), and none of the pupil's earlier runs. */
  @BeforeEach
  void shippedContentAndNoRun() throws Exception {
    asAdmin.call(() -> contentImport.importPack(ShippedPack.files()));
    asAdmin.call(
        () -> {
          em.createNativeQuery(
                  "delete from discovery_answer where discovery_run_id in (" + OF_PUPIL + ")")
              .executeUpdate();
          em.createNativeQuery(
                  "delete from discovery_run_skill where discovery_run_id in (" + OF_PUPIL + ")")
              .executeUpdate();
          em.createNativeQuery(
                  "delete from discovery_run where id in (select id from (" + OF_PUPIL + ") t)")
              .executeUpdate();
          return null;
        });
  }

  private long answeredCount(long runId) {
    return em.createQuery("select count(a) from DiscoveryAnswer a where a.runId = :run", Long.class)
        .setParameter("run", runId)
        .getSingleResult();
  }

  private long pupilKnowledgeElements() {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from knowledge_element k join account a on a.id = k.account_id where a.username = 'eleve'")
                .getSingleResult())
        .longValue();
  }

  private Answer rightAnswer(String challengeId) {
    return RightAnswers.to(em.find(CatalogChallenge.class, challengeId));
  }

  private Question current(long runId) throws Exception {
    return asPupil.call(() -> discovery.currentQuestion(runId)).orElseThrow();
  }

  /**
   * Plays a whole run, right on odd questions and skipping even ones; returns the challenges asked.
   */
  private List<String> playAlternating(long runId) throws Exception {
    List<String> asked = new ArrayList<>();
    for (var q = asPupil.call(() -> discovery.currentQuestion(runId));
        q.isPresent();
        q = asPupil.call(() -> discovery.currentQuestion(runId))) {
      String challenge = q.get().challenge().id();
      boolean answerRight = q.get().number() % 2 == 1;
      asPupil.call(
          () ->
              discovery.answer(
                  runId,
                  challenge,
                  answerRight ? rightAnswer(challenge) : null,
                  answerRight ? "right" : null));
      asked.add(challenge);
    }
    return asked;
  }

  @Test
  @DisplayName("The shipped pack offers a computer test over 9 skills and a smartphone test over 6")
  void shippedTests() throws Exception {
    List<TestOverview> tests = asPupil.call(() -> discovery.tests(Locale.FRENCH));

    assertThat(tests)
        .extracting(t -> t.test().id(), t -> t.test().device(), t -> t.test().skills().size())
        .containsExactly(
            Tuple.tuple(COMPUTER, "COMPUTER", 9), Tuple.tuple(SMARTPHONE, "SMARTPHONE", 6));
    assertThat(tests.get(0).test().skills().get(0))
        .isEqualTo(
            new TestedSkill(
                "@c11moteur1", "1.1", "Mener une recherche et une veille d'information", 1));
    assertThat(tests).allSatisfy(t -> assertThat(t.startedRunId()).isNull());
  }

  @Test
  @DisplayName(
      "A run asks one French question per skill in the listed order, then scores it, with tutorials for the missed skills only")
  void wholeRun() throws Exception {
    List<String> skills =
        asPupil
            .call(() -> discovery.test(COMPUTER, Locale.FRENCH))
            .orElseThrow()
            .test()
            .skills()
            .stream()
            .map(TestedSkill::name)
            .toList();
    long elementsBefore = pupilKnowledgeElements();
    long runId = asPupil.call(() -> discovery.start(COMPUTER));
    Question first = current(runId);

    List<String> asked = playAlternating(runId);
    var result = asPupil.call(() -> discovery.result(runId, Locale.FRENCH));

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.total()).isEqualTo(9);
    assertThat(asked)
        .extracting(id -> em.find(CatalogChallenge.class, id).skillName())
        .containsExactlyElementsOf(skills);
    assertThat(asked)
        .allSatisfy(id -> assertThat(em.find(CatalogChallenge.class, id).locale()).isEqualTo("fr"));
    assertThat(result.completed()).isTrue();
    assertThat(result.rightCount()).isEqualTo(5);
    assertThat(result.total()).isEqualTo(9);
    assertThat(result.questions())
        .extracting(QuestionResult::result)
        .containsExactly("ok", "aband", "ok", "aband", "ok", "aband", "ok", "aband", "ok");
    assertThat(result.questions())
        .filteredOn(QuestionResult::right)
        .allSatisfy(q -> assertThat(q.tutorials()).isEmpty());
    assertThat(result.questions())
        .filteredOn(q -> !q.right())
        .allSatisfy(q -> assertThat(q.tutorials()).isNotEmpty());
    assertThat(pupilKnowledgeElements()).isEqualTo(elementsBefore);
  }

  @Test
  @DisplayName(
      "Leaving and coming back gives the same question; a second submission is refused and recorded once")
  void resumeAndDoubleSubmit() throws Exception {
    long runId = asPupil.call(() -> discovery.start(SMARTPHONE));
    String challenge = current(runId).challenge().id();

    assertThat(asPupil.call(() -> discovery.start(SMARTPHONE))).isEqualTo(runId);
    assertThat(asPupil.call(() -> discovery.tests(Locale.FRENCH)))
        .filteredOn(t -> t.test().id().equals(SMARTPHONE))
        .singleElement()
        .satisfies(t -> assertThat(t.startedRunId()).isEqualTo(runId));
    assertThat(current(runId).challenge().id()).isEqualTo(challenge);
    var outcome =
        asPupil.call(() -> discovery.answer(runId, challenge, rightAnswer(challenge), "right"));

    assertThat(outcome.right()).isTrue();
    assertThat(current(runId).number()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                asPupil.call(
                    () -> discovery.answer(runId, challenge, rightAnswer(challenge), "right")))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CURRENT_QUESTION));
    assertThat(answeredCount(runId)).isEqualTo(1);
  }

  @Test
  @DisplayName("An oversized, empty or tampered answer is refused without effect")
  void badAnswers() throws Exception {
    long runId = asPupil.call(() -> discovery.start(SMARTPHONE));
    String challenge = current(runId).challenge().id();
    String huge = "x".repeat(10_001);

    assertThatThrownBy(
            () ->
                asPupil.call(
                    () -> discovery.answer(runId, "c11moteur-4-a", new Answer.Text("a"), "a")))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CURRENT_QUESTION));
    assertThatThrownBy(
            () ->
                asPupil.call(() -> discovery.answer(runId, challenge, new Answer.Text(huge), huge)))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    assertThatThrownBy(
            () -> asPupil.call(() -> discovery.answer(runId, challenge, new Answer.Text(" "), " ")))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    assertThat(answeredCount(runId)).isZero();
    assertThat(current(runId).challenge().id()).isEqualTo(challenge);
  }

  @Test
  @DisplayName(
      "A finished run refuses answers; taking the test again is a new run with challenges not seen yet")
  void takeAgain() throws Exception {
    long firstRun = asPupil.call(() -> discovery.start(COMPUTER));
    List<String> firstChallenges = playAlternating(firstRun);

    long secondRun = asPupil.call(() -> discovery.start(COMPUTER));
    List<String> secondChallenges = playAlternating(secondRun);

    assertThatThrownBy(
            () ->
                asPupil.call(() -> discovery.answer(firstRun, firstChallenges.get(0), null, null)))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FINISHED));
    assertThat(secondRun).isNotEqualTo(firstRun);
    // Every skill of the shipped tests has at least two French challenges.
    for (int i = 0; i < firstChallenges.size(); i++) {
      assertThat(secondChallenges.get(i)).isNotEqualTo(firstChallenges.get(i));
    }
  }

  @Test
  @DisplayName("Nobody else reads, answers or scores a pupil's run")
  void othersAreRefused() throws Exception {
    long runId = asPupil.call(() -> discovery.start(SMARTPHONE));
    String challenge = current(runId).challenge().id();

    assertThatThrownBy(() -> asTeacher.call(() -> discovery.currentQuestion(runId)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                asTeacher.call(
                    () -> discovery.answer(runId, challenge, rightAnswer(challenge), "right")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> asTeacher.call(() -> discovery.result(runId, Locale.FRENCH)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(answeredCount(runId)).isZero();
  }

  @Test
  @DisplayName(
      "A pack's discovery tests are imported in order; a new version without them stops offering them, runs kept")
  void importedAndDropped() throws Exception {
    try {
      asAdmin.call(() -> contentImport.importPack(SmallPack.version1()));
      var offered = asPupil.call(() -> discovery.tests(Locale.FRENCH));
      long runId = asPupil.call(() -> discovery.start("it-decouverte"));
      List<String> asked = playAlternating(runId);

      Map<String, byte[]> withoutTests = new TreeMap<>(SmallPack.version2());
      withoutTests.remove("discovery-tests.yaml");
      var report = asAdmin.call(() -> contentImport.importPack(withoutTests));

      assertThat(offered).extracting(t -> t.test().id()).containsExactly("it-decouverte");
      assertThat(asked)
          .extracting(id -> em.find(CatalogChallenge.class, id).skillName())
          .containsExactly("@itrecherche2", "@itrecherche1");
      assertThat(report.errors()).isEmpty();
      assertThat(asPupil.call(() -> discovery.tests(Locale.FRENCH))).isEmpty();
      assertThat(asPupil.call(() -> discovery.result(runId, Locale.FRENCH)).rightCount())
          .isEqualTo(1);
    } finally {
      asAdmin.call(() -> contentImport.importPack(ShippedPack.files()));
    }
  }
}
