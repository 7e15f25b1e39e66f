package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.assessment.application.Positioning;
import org.opencrcn.assessment.application.PositioningViews.Question;
import org.opencrcn.campaign.application.CampaignRefusedException;
import org.opencrcn.campaign.application.CampaignRefusedException.Reason;
import org.opencrcn.campaign.application.CampaignResults;
import org.opencrcn.campaign.application.CampaignResults.ParticipantFilter;
import org.opencrcn.campaign.application.CampaignViews.CampaignForm;
import org.opencrcn.campaign.application.CampaignViews.CampaignOverview;
import org.opencrcn.campaign.application.CampaignViews.ParticipantRow;
import org.opencrcn.campaign.application.Campaigns;
import org.opencrcn.campaign.application.LearnerViews.Landing;
import org.opencrcn.campaign.application.LearnerViews.MyParticipation;
import org.opencrcn.campaign.application.Participations;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.domain.ParticipationStatus;
import org.opencrcn.it.services.runas.AsCodeGuesser;
import org.opencrcn.it.services.runas.AsColleague;
import org.opencrcn.it.services.runas.AsNewcomer;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.it.services.runas.AsTeacher;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.shared.AccessDeniedException;

/**
 * A campaign's life through its services: a teacher of a test organisation creates it, a learner
 * joins with the code, plays the tests limited to the profile, shares; the teacher reads the
 * participant, the collective results and the analysis. Bad input and other organisations are
 * refused with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignIT {
  private static final String PROFILE = "clg-information-donnees";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(CampaignIT.class);
  }

  @Inject private Campaigns campaigns;
  @Inject private Participations participations;
  @Inject private CampaignResults results;
  @Inject private Positioning positioning;
  @Inject private OrgaTestData data;
  @Inject private AsColleague asTeacher;
  @Inject private AsNewcomer asLearner;
  @Inject private AsTeacher asOutsider;
  @Inject private AsPupil asPupil;
  @Inject private AsCodeGuesser asGuesser;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  private long organization;

  @BeforeEach
  void ownOrganization() {
    data.ensureTestAccounts();
    organization = data.organization("PRO", true, false).id();
    data.addMember(organization, AsColleague.SUBJECT, "MEMBER");
  }

  private long create(CampaignType type, String profile, String label) throws Exception {
    return create(type, profile, label, true);
  }

  private long create(CampaignType type, String profile, String label, boolean multiple)
      throws Exception {
    return asTeacher.call(
        () ->
            campaigns.create(
                organization,
                new CampaignForm("Campagne IT", type, profile, multiple, label, "Bonjour !")));
  }

  private String code(long campaign) throws Exception {
    return asTeacher.call(() -> campaigns.details(organization, campaign)).code();
  }

  /** Answers every question of each of the campaign's tests rightly. */
  private void playAll(long participation) throws Exception {
    MyParticipation mine = asLearner.call(() -> participations.mine(participation, Locale.FRENCH));
    for (var step : mine.competences()) {
      long test = asLearner.call(() -> participations.test(participation, step.code(), "fr"));
      for (int guard = 0; guard < 200; guard++) {
        var question = asLearner.call(() -> positioning.currentQuestion(test));
        if (question.isEmpty()) {
          break;
        }
        Question q = question.get();
        asLearner.call(
            () ->
                positioning.answer(
                    test,
                    q.challenge().id(),
                    RightAnswers.to(em.find(CatalogChallenge.class, q.challenge().id())),
                    "x"));
      }
    }
  }

  @Test
  @DisplayName("A learner joins with the code, plays, shares; the teacher sees the results")
  void lifecycle() throws Exception {
    long campaign = create(CampaignType.ASSESSMENT, PROFILE, null);
    String code = code(campaign);
    assertThat(code).matches("[A-Z]{6}[0-9]{3}");

    Landing landing =
        asLearner.call(() -> participations.landing(" " + code.toLowerCase(Locale.ROOT) + " "));
    assertThat(landing.name()).isEqualTo("Campagne IT");
    assertThat(landing.participationId()).isNull();
    long participation = asLearner.call(() -> participations.join(code, null, null));

    // The test account may know these skills from an earlier run: then nothing is left to play.
    if (asLearner.call(() -> participations.mine(participation, Locale.FRENCH)).status()
        == ParticipationStatus.STARTED) {
      assertRefused(() -> shareNow(participation), Reason.NOT_FINISHED);
    }
    playAll(participation);
    MyParticipation done = asLearner.call(() -> participations.mine(participation, Locale.FRENCH));
    assertThat(done.status()).isEqualTo(ParticipationStatus.TO_SHARE);
    assertThat(done.masteryPercent()).isGreaterThan(0);
    asLearner.call(
        () -> {
          participations.share(participation);
          return null;
        });

    List<ParticipantRow> rows =
        asTeacher.call(
            () ->
                results.page(
                    organization, campaign, new ParticipantFilter(null, null, "nouv"), 0, 10));
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.lastName()).isEqualTo("Nouvelle");
              assertThat(row.shared()).isTrue();
              assertThat(row.masteryPercent()).isEqualTo(done.masteryPercent());
            });
    assertThat(asTeacher.call(() -> results.byCompetence(organization, campaign, Locale.FRENCH)))
        .extracting(r -> r.code())
        .containsExactly("1.1", "1.2", "1.3");
    assertThat(asTeacher.call(() -> results.byArea(organization, campaign, Locale.FRENCH)))
        .extracting(r -> r.code())
        .containsExactly("1");
    assertThat(asTeacher.call(() -> results.analysis(organization, campaign, Locale.FRENCH)))
        .hasSize(5)
        .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    List<CampaignOverview> mine = asTeacher.call(() -> campaigns.list(organization, true));
    assertThat(mine)
        .filteredOn(c -> c.id() == campaign)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.participants()).isEqualTo(1);
              assertThat(c.shared()).isEqualTo(1);
              assertThat(c.ownerName()).contains("Collègue");
            });
  }

  @Test
  @DisplayName("Sharing twice, joining twice and an unknown code are each refused")
  void badInput() throws Exception {
    long campaign = create(CampaignType.PROFILES_COLLECTION, null, null);
    asTeacher.call(
        () -> {
          campaigns.describe(organization, campaign, "Collecte IT", null, null);
          return null;
        });
    String code = code(campaign);
    long participation = asLearner.call(() -> participations.join(code, null, null));

    assertRefused(() -> participations.join(code, null, null), Reason.ALREADY_PARTICIPATING);
    assertRefused(() -> participations.landing("ZZZZZZ999"), Reason.UNKNOWN_CODE);
    asLearner.call(
        () -> {
          participations.share(participation);
          participations.share(participation); // multiple sendings: sent again
          return null;
        });

    long once = create(CampaignType.PROFILES_COLLECTION, null, null, false);
    String onceCode = code(once);
    long sent = asLearner.call(() -> participations.join(onceCode, null, null));
    asLearner.call(() -> shareNow(sent));
    assertRefused(() -> shareNow(sent), Reason.ALREADY_SHARED);

    long single = create(CampaignType.ASSESSMENT, PROFILE, "Numéro d'élève");
    String singleCode = code(single);
    assertRefused(() -> participations.join(singleCode, " ", null), Reason.EXTERNAL_ID_REQUIRED);
    asTeacher.call(
        () -> {
          campaigns.archive(organization, single);
          return null;
        });
    assertRefused(() -> participations.landing(singleCode), Reason.ARCHIVED);
  }

  @Test
  @DisplayName("A teacher of another organisation reaches none of its campaigns, by any id")
  void isolation() throws Exception {
    long campaign = create(CampaignType.ASSESSMENT, PROFILE, null);

    assertThatThrownBy(() -> asOutsider.call(() -> campaigns.details(organization, campaign)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                asOutsider.call(
                    () ->
                        results.page(
                            organization,
                            campaign,
                            new ParticipantFilter(null, null, null),
                            0,
                            10)))
        .isInstanceOf(AccessDeniedException.class);
    long otherOrganization = data.organization("PRO", true, false).id();
    data.addMember(otherOrganization, AsColleague.SUBJECT, "MEMBER");
    assertThatThrownBy(() -> asTeacher.call(() -> campaigns.details(otherOrganization, campaign)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("A learner who is no pupil of the school cannot join its campaign")
  void scoNeedsAPupilOfTheSchool() throws Exception {
    long school = data.school().id();
    data.addMember(school, AsColleague.SUBJECT, "MEMBER");
    long campaign =
        asTeacher.call(
            () ->
                campaigns.create(
                    school,
                    new CampaignForm(
                        "Campagne SCO", CampaignType.ASSESSMENT, PROFILE, false, null, null)));
    String code = asTeacher.call(() -> campaigns.details(school, campaign)).code();
    assertThat(asTeacher.call(() -> campaigns.details(school, campaign)).link())
        .contains("kc_idp_hint=");

    assertThatThrownBy(
            () ->
                asPupil.call(
                    () ->
                        participations.join(
                            code,
                            null,
                            new org.opencrcn.campaign.application.LearnerViews.PupilIdentity(
                                "Eva", "Martin", java.time.LocalDate.of(2012, 1, 1)))))
        .isInstanceOfSatisfying(
            CampaignRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_PUPIL_OF_THE_SCHOOL));
  }

  @Test
  @DisplayName(
      "Trying codes: past the hourly allowance even a right code is refused, nothing joined")
  void codeGuessingIsRateLimited() throws Exception {
    long campaign = create(CampaignType.PROFILES_COLLECTION, null, null);
    String code = code(campaign);
    data.account(AsCodeGuesser.SUBJECT);
    // A clean hour for the guesser, whatever an earlier run of this test left.
    data.forgetCodeAttempts(AsCodeGuesser.SUBJECT);

    for (int i = 0; i < 10; i++) {
      String guess = "ZZZZZZ2" + (20 + i);
      assertThatThrownBy(() -> asGuesser.call(() -> participations.landing(guess)))
          .isInstanceOfSatisfying(
              CampaignRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_CODE));
    }
    for (java.util.concurrent.Callable<?> call :
        List.<java.util.concurrent.Callable<?>>of(
            () -> participations.landing("ZZZZZZ299"),
            () -> participations.landing(code),
            () -> participations.join(code, null, null))) {
      assertThatThrownBy(() -> asGuesser.call(call))
          .isInstanceOfSatisfying(
              CampaignRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_CODE_ATTEMPTS));
    }
    assertThat(
            asTeacher.call(
                () ->
                    results.count(organization, campaign, new ParticipantFilter(null, null, null))))
        .isZero();
    // Others are not barred: the allowance is the guesser's own.
    assertThat(asLearner.call(() -> participations.landing(code)).name()).isEqualTo("Campagne IT");
  }

  private Void shareNow(long participation) {
    participations.share(participation);
    return null;
  }

  private void assertRefused(java.util.concurrent.Callable<?> call, Reason reason) {
    assertThatThrownBy(() -> asLearner.call(call))
        .isInstanceOfSatisfying(
            CampaignRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
