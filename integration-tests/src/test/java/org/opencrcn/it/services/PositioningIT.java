package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.assessment.application.AnswerRefusedException;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.PositioningViews.Question;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.referential.application.ContentImport;
import org.opencrcn.referential.application.ShippedPack;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;
import org.opencrcn.shared.AccessDeniedException;

/** A positioning test through the service: answers recorded once, resumed, scored; and kept across content upgrades. */
@ExtendWith(ArquillianExtension.class)
class PositioningIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(PositioningIT.class);
  }

  @Inject private Positioning positioning;
  @Inject private ContentImport contentImport;
  @Inject private AsPupil asPupil;
  @Inject private AsTeacher asTeacher;
  @Inject private AsPlatformAdmin asAdmin;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** The right answer to a stored challenge, as a learner who knows it would give it. */
  private Answer rightAnswer(String challengeId) {
    CatalogChallenge challenge = em.find(CatalogChallenge.class, challengeId);
    List<String> keys = ChallengeJson.fieldKeys(challenge.fieldsJson());
    return switch (ChallengeJson.readSolution(challenge.solutionJson())) {
      case Solution.SingleChoice s -> new Answer.Choice(s.proposal());
      case Solution.MultipleChoice m -> new Answer.Choices(m.proposals());
      case Solution.FreeText f -> new Answer.Text(f.accepted().get(0));
      case Solution.IndependentFields i ->
          new Answer.Fields(i.acceptedByField().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
      case Solution.DependentFields d -> {
        Map<String, String> byField = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
          byField.put(keys.get(k), d.groups().get(k).get(0));
        }
        yield new Answer.Fields(byField);
      }
    };
  }

  /** Removes the demo pupil's earlier tests on a competence, so that this one starts afresh. */
  private void forgetPupilTests(String competence) throws Exception {
    String ofPupil =
        "select a.id from assessment a join account c on c.id = a.account_id where c.username = 'eleve' and a.competence_code = '"
            + competence + "'";
    asAdmin.call(() -> {
      em.createNativeQuery("delete from knowledge_element where assessment_id in (" + ofPupil + ")").executeUpdate();
      em.createNativeQuery("delete from answer where assessment_id in (" + ofPupil + ")").executeUpdate();
      em.createNativeQuery("delete from assessment where id in (select id from (" + ofPupil + ") t)").executeUpdate();
      return null;
    });
  }

  private long answeredCount(long assessmentId) {
    return em.createQuery("select count(a) from RecordedAnswer a where a.assessmentId = :id", Long.class).setParameter("id", assessmentId).getSingleResult();
  }

  @Test
  @DisplayName("A pupil who knows everything reaches level 6 and 48 pix; one who knows nothing, 0")
  void perfectAndClueless() throws Exception {
    int perfectLevel = asPupil.call(() -> {
      long id = positioning.start("5.1");
      for (var q = positioning.currentQuestion(id); q.isPresent(); q = positioning.currentQuestion(id)) {
        String challenge = q.get().challenge().id();
        positioning.answer(id, challenge, rightAnswer(challenge), "right");
      }
      return positioning.result(id).level();
    });
    var clueless = asPupil.call(() -> {
      long id = positioning.start("5.2");
      for (var q = positioning.currentQuestion(id); q.isPresent(); q = positioning.currentQuestion(id)) {
        positioning.answer(id, q.get().challenge().id(), new Answer.Text("je ne sais pas"), "je ne sais pas");
      }
      return positioning.result(id);
    });

    assertThat(perfectLevel).isEqualTo(6);
    assertThat(clueless.pix()).isZero();
    assertThat(clueless.completed()).isTrue();
  }

  // Each service call below runs in its own transaction, as each request of the screens does: a
  // refused answer rolls back only its own call.

  @Test
  @DisplayName("Leaving and coming back gives the same question; a second submission is refused and recorded once")
  void resumeAndDoubleSubmit() throws Exception {
    long id = asPupil.call(() -> positioning.start("4.3"));
    Question first = asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow();
    String challenge = first.challenge().id();
    long before = answeredCount(id);

    assertThat(asPupil.call(() -> positioning.start("4.3"))).isEqualTo(id);
    assertThat(asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id()).isEqualTo(challenge);
    asPupil.call(() -> positioning.answer(id, challenge, rightAnswer(challenge), "x"));
    assertThat(asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().progressPercent())
        .isGreaterThan(first.progressPercent());

    assertThatThrownBy(() -> asPupil.call(() -> positioning.answer(id, challenge, rightAnswer(challenge), "x")))
        .isInstanceOfSatisfying(AnswerRefusedException.class, e -> assertThat(e.reason()).isEqualTo(AnswerRefusedException.Reason.NOT_CURRENT_QUESTION));
    assertThat(answeredCount(id)).isEqualTo(before + 1);
  }

  @Test
  @DisplayName("An empty, oversized or tampered answer is refused without effect")
  void badAnswers() throws Exception {
    long id = asPupil.call(() -> positioning.start("4.2"));
    String current = asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id();
    long before = answeredCount(id);
    String huge = "x".repeat(10_001);

    assertThatThrownBy(() -> asPupil.call(() -> positioning.answer(id, "not-the-current-one", new Answer.Text("a"), "a")))
        .isInstanceOfSatisfying(AnswerRefusedException.class, e -> assertThat(e.reason()).isEqualTo(AnswerRefusedException.Reason.NOT_CURRENT_QUESTION));
    assertThatThrownBy(() -> asPupil.call(() -> positioning.answer(id, current, new Answer.Text(" "), " ")))
        .isInstanceOfSatisfying(AnswerRefusedException.class, e -> assertThat(e.reason()).isEqualTo(AnswerRefusedException.Reason.EMPTY));
    assertThatThrownBy(() -> asPupil.call(() -> positioning.answer(id, current, new Answer.Text(huge), huge)))
        .isInstanceOfSatisfying(AnswerRefusedException.class, e -> assertThat(e.reason()).isEqualTo(AnswerRefusedException.Reason.TOO_LONG));
    assertThat(answeredCount(id)).isEqualTo(before);
    assertThat(asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id()).isEqualTo(current);
  }

  @Test
  @DisplayName("Nobody else reads or answers a pupil's test")
  void othersAreRefused() throws Exception {
    long pupilTest = asPupil.call(() -> positioning.start("3.2"));

    assertThatThrownBy(() -> asTeacher.call(() -> positioning.currentQuestion(pupilTest))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("A new content version that drops an answered challenge retires it and keeps the answer")
  void upgradeKeepsAnswers() throws Exception {
    forgetPupilTests("1.1");
    asAdmin.call(() -> contentImport.importPack(SmallPack.version1()));
    try {
      long id = asPupil.call(() -> positioning.start("1.1"));
      String answered = asPupil.call(() -> {
        String challenge = positioning.currentQuestion(id).orElseThrow().challenge().id();
        positioning.answer(id, challenge, rightAnswer(challenge), "right");
        return challenge;
      });

      StringBuilder withoutIt = new StringBuilder();
      new String(SmallPack.version2().get("competences/1.1.yaml"), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.contains("id: " + answered + ","))
          .forEach(line -> withoutIt.append(line).append('\n'));
      var upgrade = new java.util.TreeMap<>(SmallPack.version2());
      upgrade.put("competences/1.1.yaml", withoutIt.toString().getBytes(StandardCharsets.UTF_8));
      upgrade.put("pack.yaml", SmallPack.PACK.formatted("3").getBytes(StandardCharsets.UTF_8));
      var report = asAdmin.call(() -> contentImport.importPack(upgrade));

      assertThat(report.errors()).isEmpty();
      assertThat(em.find(CatalogChallenge.class, answered).status().code()).isEqualTo("périmé");
      assertThat(answeredCount(id)).isEqualTo(1);
    } finally {
      asAdmin.call(() -> contentImport.importPack(ShippedPack.files()));
    }
  }
}
