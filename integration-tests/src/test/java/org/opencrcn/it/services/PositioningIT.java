package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.assessment.application.AnswerRefusedException;
import org.opencrcn.assessment.application.NotYetAvailableException;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.PositioningViews.Question;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.assessment.domain.scoring.Scorecard;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.referential.application.ContentImport;
import org.opencrcn.referential.application.ShippedPack;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.catalog.CatalogSkill;
import org.opencrcn.shared.AccessDeniedException;

/**
 * A positioning test through the service: answers recorded once, resumed, scored; and kept across
 * content upgrades.
 */
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

  private Answer rightAnswer(String challengeId) {
    return RightAnswers.to(em.find(CatalogChallenge.class, challengeId));
  }

  /** Removes the demo pupil's earlier tests on a competence, so that this one starts afresh. */
  private void forgetPupilTests(String competence) throws Exception {
    String ofPupil =
        "select a.id from assessment a join account c on c.id = a.account_id where c.username = 'eleve' and a.competence_code = '"
            + competence
            + "'";
    asAdmin.call(
        () -> {
          em.createNativeQuery(
                  "delete from knowledge_element where competence_code = '"
                      + competence
                      + "' and account_id = (select id from account where username = 'eleve')")
              .executeUpdate();
          em.createNativeQuery("delete from answer where assessment_id in (" + ofPupil + ")")
              .executeUpdate();
          em.createNativeQuery(
                  "delete from assessment where id in (select id from (" + ofPupil + ") t)")
              .executeUpdate();
          return null;
        });
  }

  /**
   * Moves the pupil's answers on a competence back in time, as if they had been given {@code days}
   * ago.
   */
  private void answeredDaysAgo(String competence, int days) throws Exception {
    asAdmin.call(
        () ->
            em.createNativeQuery(
                    "update knowledge_element set created_at = created_at - interval '"
                        + days
                        + "' day where competence_code = '"
                        + competence
                        + "' and account_id = (select id from account where username = 'eleve')")
                .executeUpdate());
  }

  private int levelOf(String challengeId) {
    return em.find(CatalogSkill.class, em.find(CatalogChallenge.class, challengeId).skillName())
        .level();
  }

  /** Answers every question of a test: right up to {@code knownLevel}, wrong above. */
  private void answerUpTo(long id, int knownLevel) throws Exception {
    asPupil.call(
        () -> {
          for (var q = positioning.currentQuestion(id);
              q.isPresent();
              q = positioning.currentQuestion(id)) {
            String challenge = q.get().challenge().id();
            if (levelOf(challenge) <= knownLevel) {
              positioning.answer(id, challenge, rightAnswer(challenge), "right");
            } else {
              positioning.answer(id, challenge, null, null);
            }
          }
          return null;
        });
  }

  private long answeredCount(long assessmentId) {
    return em.createQuery(
            "select count(a) from RecordedAnswer a where a.assessmentId = :id", Long.class)
        .setParameter("id", assessmentId)
        .getSingleResult();
  }

  @Test
  @DisplayName("A pupil who knows everything reaches level 6 and 48 pix; one who knows nothing, 0")
  void perfectAndClueless() throws Exception {
    forgetPupilTests("5.1");
    forgetPupilTests("5.2");
    int perfectLevel =
        asPupil.call(
            () -> {
              long id = positioning.start("5.1", "fr");
              for (var q = positioning.currentQuestion(id);
                  q.isPresent();
                  q = positioning.currentQuestion(id)) {
                String challenge = q.get().challenge().id();
                positioning.answer(id, challenge, rightAnswer(challenge), "right");
              }
              return positioning.result(id).level();
            });
    var clueless =
        asPupil.call(
            () -> {
              long id = positioning.start("5.2", "fr");
              for (var q = positioning.currentQuestion(id);
                  q.isPresent();
                  q = positioning.currentQuestion(id)) {
                positioning.answer(
                    id,
                    q.get().challenge().id(),
                    new Answer.Text("je ne sais pas"),
                    "je ne sais pas");
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
  @DisplayName(
      "Leaving and coming back gives the same question; a second submission is refused and recorded once")
  void resumeAndDoubleSubmit() throws Exception {
    long id = asPupil.call(() -> positioning.start("4.3", "fr"));
    Question first = asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow();
    String challenge = first.challenge().id();
    long before = answeredCount(id);

    assertThat(asPupil.call(() -> positioning.start("4.3", "fr"))).isEqualTo(id);
    assertThat(asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id())
        .isEqualTo(challenge);
    asPupil.call(() -> positioning.answer(id, challenge, rightAnswer(challenge), "x"));
    assertThat(asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().progressPercent())
        .isGreaterThan(first.progressPercent());

    assertThatThrownBy(
            () ->
                asPupil.call(() -> positioning.answer(id, challenge, rightAnswer(challenge), "x")))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(AnswerRefusedException.Reason.NOT_CURRENT_QUESTION));
    assertThat(answeredCount(id)).isEqualTo(before + 1);
  }

  @Test
  @DisplayName(
      "Two submissions at the same moment: the second is refused as answered, not an error, and the answer is recorded once")
  void simultaneousSubmissions() throws Exception {
    forgetPupilTests("2.2");
    try {
      long id = asPupil.call(() -> positioning.start("2.2", "fr"));
      String challenge =
          asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id();
      // The first submission's answer is committed while the second request has already read the
      // test (its question still the current one): the state the second finds at its insert.
      asAdmin.call(
          () ->
              em.createNativeQuery(
                      "insert into answer (assessment_id, challenge_id, skill_name, result,"
                          + " answered_at) values (?1, ?2, 'first', 'ok', CURRENT_TIMESTAMP)")
                  .setParameter(1, id)
                  .setParameter(2, challenge)
                  .executeUpdate());

      assertThatThrownBy(
              () ->
                  asPupil.call(
                      () -> positioning.answer(id, challenge, rightAnswer(challenge), "x")))
          .isInstanceOfSatisfying(
              AnswerRefusedException.class,
              e ->
                  assertThat(e.reason())
                      .isEqualTo(AnswerRefusedException.Reason.NOT_CURRENT_QUESTION));
      assertThat(answeredCount(id)).isEqualTo(1);
    } finally {
      forgetPupilTests("2.2");
    }
  }

  @Test
  @DisplayName("An empty, oversized or tampered answer is refused without effect")
  void badAnswers() throws Exception {
    long id = asPupil.call(() -> positioning.start("4.2", "fr"));
    String current =
        asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id();
    long before = answeredCount(id);
    String huge = "x".repeat(10_001);

    assertThatThrownBy(
            () ->
                asPupil.call(
                    () -> positioning.answer(id, "not-the-current-one", new Answer.Text("a"), "a")))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(AnswerRefusedException.Reason.NOT_CURRENT_QUESTION));
    assertThatThrownBy(
            () -> asPupil.call(() -> positioning.answer(id, current, new Answer.Text(" "), " ")))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(AnswerRefusedException.Reason.EMPTY));
    assertThatThrownBy(
            () -> asPupil.call(() -> positioning.answer(id, current, new Answer.Text(huge), huge)))
        .isInstanceOfSatisfying(
            AnswerRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(AnswerRefusedException.Reason.TOO_LONG));
    assertThat(answeredCount(id)).isEqualTo(before);
    assertThat(asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id())
        .isEqualTo(current);
  }

  @Test
  @DisplayName(
      "Improving waits 4 days, keeps the validated skills, asks the others again and raises the level")
  void improve() throws Exception {
    forgetPupilTests("2.1");
    long first = asPupil.call(() -> positioning.start("2.1", "fr"));
    answerUpTo(first, 2);
    Scorecard before = asPupil.call(() -> positioning.scorecards().get("2.1"));
    assertThat(before.completed()).isTrue();
    assertThat(before.level()).isEqualTo(2);
    assertThat(before.daysBeforeImproving()).isEqualTo(4);
    assertThat(asPupil.call(() -> positioning.start("2.1", "fr")))
        .as("a completed competence is not restarted")
        .isEqualTo(first);

    assertThatThrownBy(() -> asPupil.call(() -> positioning.improve("2.1", "fr")))
        .isInstanceOfSatisfying(
            NotYetAvailableException.class, e -> assertThat(e.daysLeft()).isEqualTo(4));

    answeredDaysAgo("2.1", 4);
    long again = asPupil.call(() -> positioning.improve("2.1", "fr"));
    assertThat(again).isNotEqualTo(first);
    String firstAsked =
        asPupil.call(() -> positioning.currentQuestion(again)).orElseThrow().challenge().id();
    assertThat(levelOf(firstAsked)).as("validated skills are not asked again").isGreaterThan(2);
    answerUpTo(again, 6);

    Scorecard after = asPupil.call(() -> positioning.scorecards().get("2.1"));
    assertThat(after.level()).isEqualTo(6);
    assertThat(after.pix()).isEqualTo(48);
    assertThat(after.improvable()).isFalse();
  }

  @Test
  @DisplayName(
      "Resetting waits 7 days, then brings the competence back to 0 pix and not started; a new test starts afresh")
  void reset() throws Exception {
    forgetPupilTests("2.3");
    long first = asPupil.call(() -> positioning.start("2.3", "fr"));
    answerUpTo(first, 3);
    assertThat(asPupil.call(() -> positioning.scorecards().get("2.3")).pix()).isPositive();

    assertThatThrownBy(
            () ->
                asPupil.call(
                    () -> {
                      positioning.reset("2.3");
                      return null;
                    }))
        .isInstanceOfSatisfying(
            NotYetAvailableException.class, e -> assertThat(e.daysLeft()).isEqualTo(7));
    answeredDaysAgo("2.3", 6);
    assertThat(asPupil.call(() -> positioning.scorecards().get("2.3")).daysBeforeReset())
        .isEqualTo(1);
    answeredDaysAgo("2.3", 1);
    asPupil.call(
        () -> {
          positioning.reset("2.3");
          return null;
        });

    Scorecard afterReset = asPupil.call(() -> positioning.scorecards().get("2.3"));
    assertThat(afterReset.notStarted()).isTrue();
    assertThat(afterReset.pix()).isZero();
    long fresh = asPupil.call(() -> positioning.start("2.3", "fr"));
    assertThat(fresh).isNotEqualTo(first);
    assertThat(asPupil.call(() -> positioning.currentQuestion(fresh)).orElseThrow().number())
        .isEqualTo(1);
    assertThat(asPupil.call(() -> positioning.scorecards().get("2.3")).started()).isTrue();
  }

  @Test
  @DisplayName(
      "A right answer to a timed question given after its timer is recorded as timedout, a failure")
  void timedOut() throws Exception {
    forgetPupilTests("3.4");
    long id = asPupil.call(() -> positioning.start("3.4", "fr"));
    asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow();
    String timed =
        em.createQuery(
                "select c.id from CatalogChallenge c, CatalogSkill s, CatalogTube t where c.skillName = s.name"
                    + " and s.tubeName = t.name and t.competenceCode = '3.4' and c.timerSeconds is not null and c.locale = 'fr' order by c.id",
                String.class)
            .getResultStream()
            .filter(c -> em.find(CatalogChallenge.class, c).status().code().equals("validé"))
            .findFirst()
            .orElseThrow();
    // The question was shown ten minutes ago: its timer is long over.
    asAdmin.call(
        () ->
            em.createNativeQuery(
                    "update assessment set current_challenge_id = '"
                        + timed
                        + "', asked_at = current_timestamp - interval '10' minute where id = "
                        + id)
                .executeUpdate());
    Question question = asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow();
    assertThat(question.secondsLeft()).isZero();

    var outcome = asPupil.call(() -> positioning.answer(id, timed, rightAnswer(timed), "right"));

    assertThat(outcome.result()).isEqualTo("timedout");
    assertThat(outcome.right()).isFalse();
  }

  @Test
  @DisplayName("A learner whose language is English gets the English declinations")
  void learnerLanguage() throws Exception {
    forgetPupilTests("1.1");
    long id = asPupil.call(() -> positioning.start("1.1", "en"));
    String first =
        asPupil.call(() -> positioning.currentQuestion(id)).orElseThrow().challenge().id();

    assertThat(em.find(CatalogChallenge.class, first).locale()).isEqualTo("en");
  }

  @Test
  @DisplayName("Nobody else reads or answers a pupil's test")
  void othersAreRefused() throws Exception {
    long pupilTest = asPupil.call(() -> positioning.start("3.2", "fr"));

    assertThatThrownBy(() -> asTeacher.call(() -> positioning.currentQuestion(pupilTest)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName(
      "A new content version that drops an answered challenge retires it and keeps the answer")
  void upgradeKeepsAnswers() throws Exception {
    forgetPupilTests("1.1");
    asAdmin.call(() -> contentImport.importPack(SmallPack.version1()));
    try {
      long id = asPupil.call(() -> positioning.start("1.1", "fr"));
      String answered =
          asPupil.call(
              () -> {
                String challenge = positioning.currentQuestion(id).orElseThrow().challenge().id();
                positioning.answer(id, challenge, rightAnswer(challenge), "right");
                return challenge;
              });

      // The answered challenge gives way to a new one of the same skill (whichever skill the
      // engine asked first), so that the skill stays playable and the pack valid.
      StringBuilder withoutIt = new StringBuilder();
      new String(SmallPack.version2().get("competences/1.1.yaml"), StandardCharsets.UTF_8)
          .lines()
          .map(line -> line.replace("id: " + answered + ",", "id: " + answered + "-v3,"))
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
