package org.opencrcn.campaign.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The aggregates of a campaign's shared results, computed by the database (one grouped query each):
 * a 10,000-participant campaign never comes into memory.
 */
@Dependent
public class ResultQueries {
  @PersistenceContext private EntityManager em;

  /** Sums over the shared participations of one competence (or tube). */
  public record Sums(
      String key, String competenceCode, long participants, long targeted, long validated) {}

  /** A tube's shared results: how many participants and the sum of their reached levels. */
  public record TubeSums(String tubeName, String competenceCode, long participants, long reached) {}

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
        em.createNativeQuery(
                "select t.competence_code, count(distinct t.participation_id),"
                    + " sum(t.targeted_skills), sum(t.validated_skills)"
                    + " from campaign_participation p"
                    + " join campaign_participation_tube t on t.participation_id = p.id"
                    + " where p.campaign_id = ?1 and p.status = 'SHARED'"
                    + " group by t.competence_code order by t.competence_code")
            .setParameter(1, campaignId)
            .getResultList();
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
        em.createNativeQuery(
                "select t.tube_name, t.competence_code, count(*), sum(t.reached_level)"
                    + " from campaign_participation p"
                    + " join campaign_participation_tube t on t.participation_id = p.id"
                    + " where p.campaign_id = ?1 and p.status = 'SHARED'"
                    + " group by t.tube_name, t.competence_code")
            .setParameter(1, campaignId)
            .getResultList();
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
