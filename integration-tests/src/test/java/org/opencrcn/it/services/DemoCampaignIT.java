package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.campaign.application.CampaignResults;
import org.opencrcn.campaign.application.CampaignResults.ParticipantFilter;
import org.opencrcn.campaign.application.CampaignViews.CampaignOverview;
import org.opencrcn.campaign.application.CampaignViews.CompetenceResult;
import org.opencrcn.campaign.application.CampaignViews.ParticipantRow;
import org.opencrcn.campaign.application.Campaigns;
import org.opencrcn.campaign.domain.ParticipationStatus;
import org.opencrcn.it.services.runas.AsTeacher;

/**
 * The demonstration's campaign RENTRE234, made at start-up with demo data on (the tests' server
 * runs as ./run.sh does): the demo teacher finds it in Collège Jean Moulin's campaigns with its
 * four participants, three results shared and the collective results and analysis they make.
 */
@ExtendWith(ArquillianExtension.class)
class DemoCampaignIT {
  private static final String CODE = "RENTRE234";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(DemoCampaignIT.class);
  }

  @Inject private Campaigns campaigns;
  @Inject private CampaignResults results;
  @Inject private AsTeacher asTeacher;

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @Test
  @DisplayName("The demo teacher sees the demo campaign, its participants, results and analysis")
  void demoCampaignForTheTeacher() throws Exception {
    long school =
        ((Number)
                em.createNativeQuery("select id from organization where uai = '0381999Z'")
                    .getSingleResult())
            .longValue();
    // Made once however many times the server started on this database (each deployment).
    assertThat(
            ((Number)
                    em.createNativeQuery("select count(*) from campaign where code = ?1")
                        .setParameter(1, CODE)
                        .getSingleResult())
                .longValue())
        .isEqualTo(1);

    List<CampaignOverview> mine = asTeacher.call(() -> campaigns.list(school, true));
    CampaignOverview campaign =
        assertThat(mine).filteredOn(c -> c.code().equals(CODE)).singleElement().actual();
    assertThat(campaign.participants()).isEqualTo(4);
    assertThat(campaign.shared()).isEqualTo(3);
    assertThat(campaign.ownerName()).contains("Bernard");
    assertThat(campaign.archived()).isFalse();
    long id = campaign.id();
    assertThat(asTeacher.call(() -> campaigns.details(school, id)).targetProfileId())
        .isEqualTo("clg-information-donnees");

    List<ParticipantRow> rows =
        asTeacher.call(
            () -> results.page(school, id, new ParticipantFilter(null, null, null), 0, 10));
    assertThat(rows)
        .extracting(ParticipantRow::lastName)
        .containsExactlyInAnyOrder("Petit", "Moreau", "Lambert", "Girard");
    assertThat(rows).filteredOn(ParticipantRow::shared).hasSize(3);
    assertThat(rows)
        .filteredOn(r -> r.lastName().equals("Girard"))
        .singleElement()
        .satisfies(
            started -> {
              assertThat(started.status()).isEqualTo(ParticipationStatus.STARTED);
              assertThat(started.progressPercent()).isBetween(1, 99);
            });
    assertThat(rows)
        .filteredOn(ParticipantRow::shared)
        .allSatisfy(
            shared -> {
              assertThat(shared.progressPercent()).isEqualTo(100);
              assertThat(shared.masteryPercent()).isPositive();
            });
    int camille =
        rows.stream()
            .filter(r -> r.lastName().equals("Petit"))
            .findFirst()
            .orElseThrow()
            .masteryPercent();
    int yanis =
        rows.stream()
            .filter(r -> r.lastName().equals("Moreau"))
            .findFirst()
            .orElseThrow()
            .masteryPercent();
    assertThat(camille).isGreaterThan(yanis);
    assertThat(asTeacher.call(() -> results.divisions(school, id))).containsExactly("4A", "4B");

    List<CompetenceResult> competences =
        asTeacher.call(() -> results.byCompetence(school, id, Locale.FRENCH));
    assertThat(competences).isNotEmpty();
    assertThat(competences)
        .allSatisfy(
            c -> {
              assertThat(c.averageValidated()).isPositive();
              assertThat(c.masteryPercent()).isPositive();
            });
    assertThat(asTeacher.call(() -> results.byArea(school, id, Locale.FRENCH)))
        .extracting(CompetenceResult::code)
        .containsExactly("1");
    assertThat(asTeacher.call(() -> results.analysis(school, id, Locale.FRENCH)))
        .isNotEmpty()
        .isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()))
        .anySatisfy(tube -> assertThat(tube.averageReachedLevel()).isPositive());
  }
}
