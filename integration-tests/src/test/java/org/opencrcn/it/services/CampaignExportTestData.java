package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Participations of a test campaign written straight into the tables, as the learner side leaves
 * them (the export only reads them): each on an account of its own.
 */
@Stateless
@PermitAll
public class CampaignExportTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** A participation; {@code sharedAt} null leaves it started. */
  public long participation(
      long campaignId,
      String subject,
      String firstName,
      String lastName,
      String division,
      String externalId,
      int targeted,
      int assessed,
      Instant createdAt,
      Instant sharedAt) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name)"
                + " values (?1, ?1, 'Test', 'Export')")
        .setParameter(1, subject)
        .executeUpdate();
    long account =
        ((Number)
                em.createNativeQuery("select id from account where subject = ?1")
                    .setParameter(1, subject)
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into campaign_participation (campaign_id, account_id, first_name, last_name,"
                + " division, external_id, status, targeted_skills, assessed_skills,"
                + " validated_skills, created_at, shared_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11)")
        .setParameter(1, campaignId)
        .setParameter(2, account)
        .setParameter(3, firstName)
        .setParameter(4, lastName)
        .setParameter(5, division)
        .setParameter(6, externalId)
        .setParameter(7, sharedAt == null ? "STARTED" : "SHARED")
        .setParameter(8, targeted)
        .setParameter(9, assessed)
        .setParameter(10, createdAt.atOffset(ZoneOffset.UTC))
        .setParameter(11, sharedAt == null ? null : sharedAt.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return ((Number)
            em.createNativeQuery(
                    "select id from campaign_participation where campaign_id = ?1 and account_id = ?2")
                .setParameter(1, campaignId)
                .setParameter(2, account)
                .getSingleResult())
        .longValue();
  }

  /** A shared result on one tube. */
  public void tube(
      long participationId, String tube, String competence, int targeted, int validated) {
    em.createNativeQuery(
            "insert into campaign_participation_tube (participation_id, tube_name, competence_code,"
                + " targeted_skills, validated_skills, reached_level) values (?1, ?2, ?3, ?4, ?5, 1)")
        .setParameter(1, participationId)
        .setParameter(2, tube)
        .setParameter(3, competence)
        .setParameter(4, targeted)
        .setParameter(5, validated)
        .executeUpdate();
  }

  /** Export events of the audit log naming the campaign. */
  public long exportEvents(long campaignId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from audit_event where action = 'EXPORT' and targets like ?1")
                .setParameter(1, "%campaign:" + campaignId)
                .getSingleResult())
        .longValue();
  }
}
