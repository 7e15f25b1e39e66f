package org.opencrcn.campaign.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.opencrcn.campaign.domain.CampaignParticipation;
import org.opencrcn.campaign.domain.ParticipationStatus;

/** Participations, and the code attempts of learners. */
@Dependent
public class ParticipationRepository {
  @PersistenceContext private EntityManager em;

  /** Filters of the participants list; null or blank means "any". */
  public record Filter(String division, ParticipationStatus status, String name) {
    public static Filter none() {
      return new Filter(null, null, null);
    }
  }

  public CampaignParticipation add(CampaignParticipation participation) {
    em.persist(participation);
    em.flush();
    return participation;
  }

  public Optional<CampaignParticipation> find(long participationId) {
    return Optional.ofNullable(em.find(CampaignParticipation.class, participationId));
  }

  public Optional<CampaignParticipation> of(long campaignId, long accountId) {
    return em.createNamedQuery("CampaignParticipation.of", CampaignParticipation.class)
        .setParameter("campaign", campaignId)
        .setParameter("account", accountId)
        .getResultStream()
        .findFirst();
  }

  public List<CampaignParticipation> ofAccount(long accountId) {
    return em.createNamedQuery("CampaignParticipation.ofAccount", CampaignParticipation.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** One page of the campaign's participants, by name, filtered in the database. */
  public List<CampaignParticipation> page(long campaignId, Filter filter, int first, int size) {
    return filtered(
            "select p",
            CampaignParticipation.class,
            campaignId,
            filter,
            " order by p.lastName, p.firstName, p.id")
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(long campaignId, Filter filter) {
    return ((Number)
            filtered("select count(p)", Long.class, campaignId, filter, "").getSingleResult())
        .longValue();
  }

  /** The classes of the campaign's participants, for the filter. */
  public List<String> divisions(long campaignId) {
    return em.createQuery(
            "select distinct p.division from CampaignParticipation p"
                + " where p.campaignId = :campaign and p.division is not null order by p.division",
            String.class)
        .setParameter("campaign", campaignId)
        .getResultList();
  }

  private <T> TypedQuery<T> filtered(
      String select, Class<T> type, long campaignId, Filter filter, String orderBy) {
    StringBuilder jpql =
        new StringBuilder(select + " from CampaignParticipation p where p.campaignId = :campaign");
    boolean byDivision = filter.division() != null && !filter.division().isBlank();
    boolean byName = filter.name() != null && !filter.name().isBlank();
    if (byDivision) {
      jpql.append(" and p.division = :division");
    }
    if (filter.status() != null) {
      jpql.append(" and p.status = :status");
    }
    if (byName) {
      jpql.append(
          " and (lower(p.lastName) like :name escape '!' or lower(p.firstName) like :name escape '!')");
    }
    jpql.append(orderBy);
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    query.setParameter("campaign", campaignId);
    if (byDivision) {
      query.setParameter("division", filter.division());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (byName) {
      query.setParameter("name", "%" + escapeLike(filter.name().strip().toLowerCase()) + "%");
    }
    return query;
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** Records an unknown code typed by the account. */
  public void recordCodeAttempt(long accountId, Instant at) {
    em.createNativeQuery(
            "insert into campaign_code_attempt (account_id, attempted_at) values (?1, ?2)")
        .setParameter(1, accountId)
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Unknown codes typed by the account since the instant. */
  public long codeAttemptsSince(long accountId, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from campaign_code_attempt where account_id = ?1 and attempted_at > ?2")
                .setParameter(1, accountId)
                .setParameter(2, since.atOffset(ZoneOffset.UTC))
                .getSingleResult())
        .longValue();
  }
}
