package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Rows dated in the past, for the retention runs: imports with problems, invitations, attachments.
 */
@Stateless
@PermitAll
public class RetentionTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** An import of the organisation started that many days ago, with one problem; its id. */
  public long importWithProblem(long organizationId, int daysAgo) {
    OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo);
    em.createNativeQuery(
            "insert into pupil_import (organization_id, file_name, file_format, status, started_at, finished_at)"
                + " values (?1, 'siecle.xml', 'XML', 'REFUSED', ?2, ?2)")
        .setParameter(1, organizationId)
        .setParameter(2, started)
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery("select max(id) from pupil_import where organization_id = ?1")
                    .setParameter(1, organizationId)
                    .getSingleResult())
            .longValue();
    em.createNativeQuery(
            "insert into pupil_import_issue (import_id, line_number, ine, problem, detail)"
                + " values (?1, 3, '070000001AA', 'INVALID_DATE', '31/02/2012')")
        .setParameter(1, id)
        .executeUpdate();
    return id;
  }

  public long issues(long importId) {
    return count("select count(*) from pupil_import_issue where import_id = ?1", importId);
  }

  /** An invitation to this address, in this status, closed or expired that many days ago. */
  public void invitation(long organizationId, String email, String status, int daysAgo) {
    closedInvitation(
        "organization_invitation (organization_id, role,",
        organizationId,
        "'MEMBER',",
        email,
        status,
        daysAgo);
  }

  public long invitations(String email) {
    return count("select count(*) from organization_invitation where email = ?1", email);
  }

  /** A new SUP certification centre (no school): its id. */
  public long centre(String name) {
    em.createNativeQuery("insert into certification_centre (name, type) values (?1, 'SUP')")
        .setParameter(1, name)
        .executeUpdate();
    return count("select max(id) from certification_centre where name = ?1", name);
  }

  /** An invitation to that centre, in this status, closed or expired that many days ago. */
  public void centreInvitation(long centreId, String email, String status, int daysAgo) {
    closedInvitation(
        "certification_centre_invitation (centre_id,", centreId, "", email, status, daysAgo);
  }

  /** Either context's invitation row: the table and owner column, then what both have. */
  private void closedInvitation(
      String tableAndOwner,
      long owner,
      String ownValues,
      String email,
      String status,
      int daysAgo) {
    OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo);
    em.createNativeQuery(
            "insert into "
                + tableAndOwner
                + " email, status, created_at, expires_at, closed_at, sent_count)"
                + " values (?1, "
                + ownValues
                + " ?2, ?3, ?4, ?4, ?5, 1)")
        .setParameter(1, owner)
        .setParameter(2, email)
        .setParameter(3, status)
        .setParameter(4, then)
        .setParameter(5, "PENDING".equals(status) ? null : then)
        .executeUpdate();
  }

  public long centreInvitations(String email) {
    return count("select count(*) from certification_centre_invitation where email = ?1", email);
  }

  /** A request to attach an ENT identity, expired that many days ago. */
  public void attachment(String entSubject, int daysAgo) {
    OffsetDateTime expired = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo);
    em.createNativeQuery(
            "insert into identity_attachment (token_hash, ent_subject, created_at, expires_at)"
                + " values (?1, ?2, ?3, ?3)")
        .setParameter(1, java.util.UUID.randomUUID().toString())
        .setParameter(2, entSubject)
        .setParameter(3, expired)
        .executeUpdate();
  }

  public long attachments(String entSubject) {
    return count("select count(*) from identity_attachment where ent_subject = ?1", entSubject);
  }

  private long count(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
