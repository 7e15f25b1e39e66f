package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * School B's records for the matrix's cross-tenant pass (ServiceAccessMatrixIT): an invitation, a
 * member, a campaign with a participation and a background export file, a pupil, a certification
 * session of B's centre with a candidate, and a session of centre A to aim them at. Then what the
 * database holds of them, to tell that a call with A's id and one of B's records changed nothing.
 */
@Stateless
@PermitAll
public class CrossTenantRecords {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** The ids of B's records (and of A's session). */
  public record OfB(
      long invitation,
      long member,
      long campaign,
      long participation,
      long pupil,
      long candidate,
      long sessionOfA,
      long exportFile) {}

  /** B's records; {@code memberSubject} is already a MEMBER of school B. */
  public OfB make(long schoolB, long centreA, long centreB, String memberSubject) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long member = id("select id from account where subject = ?1", memberSubject);
    String hash = (UUID.randomUUID() + UUID.randomUUID().toString()).replace("-", "");
    em.createNativeQuery(
            "insert into organization_invitation (organization_id, email, role, status,"
                + " token_hash, created_at, expires_at, sent_count)"
                + " values (?1, ?2, 'MEMBER', 'PENDING', ?3, ?4, ?5, 1)")
        .setParameter(1, schoolB)
        .setParameter(2, "invitee-b-" + hash.substring(0, 8) + "@example.org")
        .setParameter(3, hash.substring(0, 64))
        .setParameter(4, now)
        .setParameter(5, now.plusDays(7))
        .executeUpdate();
    long invitation =
        id("select max(id) from organization_invitation where organization_id = ?1", schoolB);
    String code = "X" + hash.substring(0, 8).toUpperCase();
    em.createNativeQuery(
            "insert into campaign (organization_id, code, name, campaign_type, owner_id,"
                + " created_at, landing_text) values (?1, ?2, 'Campagne de B', 'PROFILES_COLLECTION',"
                + " ?3, ?4, 'Texte de B')")
        .setParameter(1, schoolB)
        .setParameter(2, code)
        .setParameter(3, member)
        .setParameter(4, now)
        .executeUpdate();
    long campaign = id("select id from campaign where code = ?1", code);
    em.createNativeQuery(
            "insert into campaign_participation (campaign_id, account_id, first_name, last_name,"
                + " status, created_at) values (?1, ?2, 'Élève', 'De B', 'STARTED', ?3)")
        .setParameter(1, campaign)
        .setParameter(2, member)
        .setParameter(3, now)
        .executeUpdate();
    long participation =
        id("select id from campaign_participation where campaign_id = ?1", campaign);
    String ine = "B" + hash.substring(0, 9).toUpperCase();
    em.createNativeQuery(
            "insert into pupil (organization_id, ine, family_name, first_name, sex, birthdate,"
                + " division, active, created_at, updated_at)"
                + " values (?1, ?2, 'De B', 'Élève', 'F', ?3, '3B', true, ?4, ?4)")
        .setParameter(1, schoolB)
        .setParameter(2, ine)
        .setParameter(3, LocalDate.of(2011, 3, 14))
        .setParameter(4, now)
        .executeUpdate();
    long pupil = id("select id from pupil where ine = ?1", ine);
    long sessionOfB = session(centreB);
    em.createNativeQuery(
            "insert into certification_candidate (session_id, family_name, first_name, birthdate)"
                + " values (?1, 'De B', 'Candidat', ?2)")
        .setParameter(1, sessionOfB)
        .setParameter(2, LocalDate.of(2011, 3, 14))
        .executeUpdate();
    long candidate =
        id("select max(id) from certification_candidate where session_id = ?1", sessionOfB);
    em.createNativeQuery(
            "insert into campaign_export_file (organization_id, campaign_id, account_id,"
                + " organization_name, file_format, status, total_count, written_count, started_at,"
                + " finished_at) values (?1, ?2, ?3, 'École B', 'CSV', 'DONE', 1, 1, ?4, ?4)")
        .setParameter(1, schoolB)
        .setParameter(2, campaign)
        .setParameter(3, member)
        .setParameter(4, now)
        .executeUpdate();
    long exportFile =
        id("select max(id) from campaign_export_file where campaign_id = ?1", campaign);
    return new OfB(
        invitation,
        member,
        campaign,
        participation,
        pupil,
        candidate,
        session(centreA),
        exportFile);
  }

  /** What the database holds of B's records (and what A's session holds), as one text. */
  @SuppressWarnings("unchecked")
  public String snapshot(long schoolB, OfB b) {
    return String.join(
        "\n",
        rows(
            "select status, sent_count, token_hash, closed_at from organization_invitation"
                + " where id = ?1",
            b.invitation()),
        rows(
            "select role from organization_membership where account_id = ?1"
                + " and organization_id = "
                + schoolB,
            b.member()),
        rows(
            "select name, external_id_label, landing_text, archived_at from campaign where id = ?1",
            b.campaign()),
        rows(
            "select status, shared_at from campaign_participation where id = ?1",
            b.participation()),
        rows(
            "select session_id, family_name from certification_candidate where id = ?1",
            b.candidate()),
        rows("select count(*) from certification_candidate where session_id = ?1", b.sessionOfA()),
        rows("select organization_id, active from pupil where id = ?1", b.pupil()),
        rows(
            "select status, written_count, finished_at from campaign_export_file where id = ?1",
            b.exportFile()),
        rows("select count(*) from campaign_export_file where campaign_id = ?1", b.campaign()));
  }

  private String rows(String query, long id) {
    List<?> rows = em.createNativeQuery(query).setParameter(1, id).getResultList();
    return rows.stream()
        .map(
            row ->
                row instanceof Object[] cells
                    ? java.util.Arrays.toString(cells)
                    : String.valueOf(row))
        .collect(Collectors.joining(";"));
  }

  private long session(long centre) {
    String code = accessCode();
    em.createNativeQuery(
            "insert into certification_session (centre_id, name, site, room, session_date,"
                + " start_time, supervisor, access_code, supervisor_password, status, created_at)"
                + " values (?1, 'Session matrice', 'Site', 'Salle', ?2, ?3, 'Surveillant', ?4,"
                + " 'ABC123', 'CREATED', ?5)")
        .setParameter(1, centre)
        .setParameter(2, LocalDate.now().plusDays(30))
        .setParameter(3, LocalTime.of(9, 0))
        .setParameter(4, code)
        .setParameter(5, LocalDateTime.now())
        .executeUpdate();
    return id("select id from certification_session where access_code = ?1", code);
  }

  private static String accessCode() {
    String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
    }
    return code.toString();
  }

  private long id(String query, Object parameter) {
    return ((Number) em.createNativeQuery(query).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
