package org.opencrcn.campaign.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The aggregates of a campaign's shared results: totals per tube kept by the database as each
 * participant shares, read by one small query each. A 10,000-participant campaign never comes into
 * memory, and reading its results does not grow with it.
 */
@Dependent
public class ResultQueries {
  @PersistenceContext private EntityManager em;

  /** Sums over the shared participations of one competence (or tube). */
  public record Sums(
      String key, String competenceCode, long participants, long targeted, long validated) {}

  /** A tube's shared results: how many participants and the sum of their reached levels. */
  public record TubeSums(String tubeName, String competenceCode, long participants, long reached) {}

  /** A zero row for each targeted tube (tube name → competence code) of a new campaign. */
  public void openTubes(long campaignId, java.util.Map<String, String> competenceByTube) {
    competenceByTube.forEach(
        (tube, competence) ->
            em.createNativeQuery(ResultSql.OPEN_TUBE)
                .setParameter(1, campaignId)
                .setParameter(2, tube)
                .setParameter(3, competence)
                .executeUpdate());
  }

  /** Adds a shared participation's results to the campaign's totals, tube by tube. */
  public void addShared(
      long campaignId,
      java.util.List<org.opencrcn.campaign.domain.CampaignParticipation.TubeResult> tubes) {
    for (var tube : tubes) {
      int updated =
          em.createNativeQuery(ResultSql.ADD_TO_TUBE)
              .setParameter(1, 1)
              .setParameter(2, tube.targetedSkills())
              .setParameter(3, tube.validatedSkills())
              .setParameter(4, tube.reachedLevel())
              .setParameter(5, campaignId)
              .setParameter(6, tube.tubeName())
              .executeUpdate();
      if (updated == 0) {
        openTubes(campaignId, java.util.Map.of(tube.tubeName(), tube.competenceCode()));
        addShared(campaignId, java.util.List.of(tube));
      }
    }
  }

  public long sharedCount(long campaignId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from campaign_participation"
                        + " where campaign_id = ?1 and status = 'SHARED'")
                .setParameter(1, campaignId)
                .getSingleResult())
        .longValue();
  }

  /** Per competence: participants, and targeted and validated skills summed over them. */
  public List<Sums> byCompetence(long campaignId) {
    List<?> rows =
        em.createNativeQuery(ResultSql.BY_COMPETENCE).setParameter(1, campaignId).getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Sums(
                    (String) r[0],
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** Per tube: participants and the sum of their reached levels. */
  public List<TubeSums> byTube(long campaignId) {
    List<?> rows =
        em.createNativeQuery(ResultSql.BY_TUBE).setParameter(1, campaignId).getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new TubeSums(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()))
        .toList();
  }
}
