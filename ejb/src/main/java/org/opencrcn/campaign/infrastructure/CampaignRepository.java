package org.opencrcn.campaign.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.campaign.domain.Campaign;

/** Campaigns, always read within one organisation except by their code (the learners' way in). */
@Dependent
public class CampaignRepository {
  @PersistenceContext private EntityManager em;

  public Campaign add(Campaign campaign) {
    em.persist(campaign);
    return campaign;
  }

  /** The campaign if it belongs to the organisation: any other id reads as absent. */
  public Optional<Campaign> find(long organizationId, long campaignId) {
    return Optional.ofNullable(em.find(Campaign.class, campaignId))
        .filter(campaign -> campaign.organizationId() == organizationId);
  }

  public Optional<Campaign> findById(long campaignId) {
    return Optional.ofNullable(em.find(Campaign.class, campaignId));
  }

  public Optional<Campaign> findByCode(String code) {
    return em.createNamedQuery("Campaign.byCode", Campaign.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public boolean codeTaken(String code) {
    return findByCode(code).isPresent();
  }

  /** The organisation's campaigns, newest first. */
  public List<Campaign> ofOrganization(long organizationId) {
    return em.createNamedQuery("Campaign.ofOrganization", Campaign.class)
        .setParameter("organization", organizationId)
        .getResultList();
  }

  /** Participants and shared results of each campaign of the organisation, by campaign id. */
  public Map<Long, long[]> participantCounts(long organizationId) {
    return em.createQuery(
            "select p.campaignId, count(p), sum(case when p.status = 'SHARED' then 1 else 0 end)"
                + " from CampaignParticipation p, Campaign c"
                + " where c.id = p.campaignId and c.organizationId = :organization"
                + " group by p.campaignId",
            Object[].class)
        .setParameter("organization", organizationId)
        .getResultStream()
        .collect(
            Collectors.toMap(
                row -> (Long) row[0],
                row -> new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
  }
}
