package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sittings tests' own data, each call in its own transaction: a session of a centre with typed
 * candidates and known codes, and candidates' accounts with validated skills on 5 competences
 * (eligible), as positioning tests would leave them.
 */
@Stateless
@PermitAll
public class CertifCourseTestData {
  public static final String PASSWORD = "Kx7*2b";

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** A session's codes and its candidates' ids, in the order their names were given. */
  public record Session(long number, String accessCode, List<Long> candidates) {}

  /**
   * A session today from midnight (Paris time: its day has come, so it is joined and finalised) in
   * the centre with these typed candidates (family name, first name; born 2011-02-03; the first
   * with 50 % extra time).
   */
  public Session session(long centreId, String... familyAndFirstNames) {
    return sessionOn(LocalDate.now(ZoneId.of("Europe/Paris")), centreId, familyAndFirstNames);
  }

  /** The same session on another day (from midnight). */
  public Session sessionOn(LocalDate day, long centreId, String... familyAndFirstNames) {
    String code = accessCode();
    em.createNativeQuery(
            "insert into certification_session (centre_id, site, room, session_date, start_time,"
                + " supervisor, access_code, supervisor_password, status, created_at)"
                + " values (?1, 'Site', 'Salle 1', ?2, ?3, 'Mme Surveillante', ?4, ?5, 'CREATED', ?6)")
        .setParameter(1, centreId)
        .setParameter(2, day)
        .setParameter(3, LocalTime.MIDNIGHT)
        .setParameter(4, code)
        .setParameter(5, PASSWORD)
        .setParameter(6, java.time.LocalDateTime.now())
        .executeUpdate();
    long number = id("select id from certification_session where access_code = ?1", code);
    List<Long> candidates = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < familyAndFirstNames.length; i += 2) {
      em.createNativeQuery(
              "insert into certification_candidate (session_id, family_name, first_name, birthdate,"
                  + " extra_time_percent) values (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, number)
          .setParameter(2, familyAndFirstNames[i])
          .setParameter(3, familyAndFirstNames[i + 1])
          .setParameter(4, LocalDate.of(2011, 2, 3))
          .setParameter(5, i == 0 ? 50 : 0)
          .executeUpdate();
      candidates.add(
          id(
              "select max(id) from certification_candidate where session_id = "
                  + number
                  + " and family_name = ?1",
              familyAndFirstNames[i]));
    }
    return new Session(number, code, candidates);
  }

  /**
   * The account of that subject (made if missing), with every skill of level 1 to 3 of the first 5
   * competences validated (level 1 or more on each), unless it has some knowledge already.
   */
  public void eligible(String subject) {
    account(subject);
    long account = id("select id from account where subject = ?1", subject);
    if (count("select count(*) from knowledge_element where account_id = " + account) > 0) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> competences =
        em.createNativeQuery(
                "select distinct t.competence_code from skill s join tube t on t.name ="
                    + " s.tube_name where s.active and s.level <= 3 order by t.competence_code")
            .setMaxResults(5)
            .getResultList();
    OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
    for (String competence : competences) {
      long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
      em.createNativeQuery(
              "insert into assessment (account_id, competence_code, state, seed, created_at,"
                  + " completed_at, locale, improving) values (?1, ?2, 'COMPLETED', ?3, ?4, ?4,"
                  + " 'fr', false)")
          .setParameter(1, account)
          .setParameter(2, competence)
          .setParameter(3, seed)
          .setParameter(4, then)
          .executeUpdate();
      long assessment = id("select id from assessment where seed = ?1", seed);
      em.createNativeQuery(
              "insert into knowledge_element (account_id, assessment_id, competence_code,"
                  + " skill_name, tube_name, skill_level, status, source, created_at)"
                  + " select ?1, ?2, t.competence_code, s.name, s.tube_name, s.level, 'VALIDATED',"
                  + " 'DIRECT', ?3 from skill s join tube t on t.name = s.tube_name"
                  + " where t.competence_code = ?4 and s.active and s.level <= 3")
          .setParameter(1, account)
          .setParameter(2, assessment)
          .setParameter(3, then)
          .setParameter(4, competence)
          .executeUpdate();
    }
  }

  /** The account of that subject, without any knowledge (not eligible). */
  public void account(String subject) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, email)"
                + " select ?1, ?1, 'Candidat', 'Certif', null where not exists"
                + " (select 1 from account where subject = ?1)")
        .setParameter(1, subject)
        .executeUpdate();
  }

  /**
   * Moves the session to yesterday (Paris time), as if its candidates were still at it after
   * midnight.
   */
  public void dayHasPassed(long sessionNumber) {
    em.createNativeQuery("update certification_session set session_date = ?1 where id = ?2")
        .setParameter(1, LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1))
        .setParameter(2, sessionNumber)
        .executeUpdate();
  }

  /** Moves the course's time limit to the past, as if its time had run out. */
  public void timeRunsOut(long candidateId) {
    em.createNativeQuery("update certification_course set deadline = ?1 where candidate_id = ?2")
        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1))
        .setParameter(2, candidateId)
        .executeUpdate();
  }

  /** How many audit events of this action name the session (its number is its first target). */
  public long audited(String action, long sessionNumber) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from audit_event where action = ?1 and targets like ?2")
                .setParameter(1, action)
                .setParameter(2, "session:" + sessionNumber + " %")
                .getSingleResult())
        .longValue();
  }

  /** How many sittings the session has (a refused join makes none). */
  public long courses(long sessionNumber) {
    return count("select count(*) from certification_course where session_id = " + sessionNumber);
  }

  /** The levels stored with the candidate's course when it was composed: "code level pix". */
  @SuppressWarnings("unchecked")
  public List<String> broughtLevels(long candidateId) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "select l.competence_code, l.level, l.pix from certification_course_level l"
                        + " join certification_course c on c.id = l.course_id"
                        + " where c.candidate_id = ?1 order by l.competence_code")
                .setParameter(1, candidateId)
                .getResultList())
        .stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList();
  }

  public long incidents(long candidateId) {
    return count(
        "select count(*) from certification_incident i join certification_course c on"
            + " c.id = i.course_id where c.candidate_id = "
            + candidateId);
  }

  private String accessCode() {
    String letters = "BCDFGHJKMPQRTVWXY";
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      code.append(letters.charAt(random.nextInt(letters.length())));
    }
    return code.append(random.nextInt(10)).append(random.nextInt(10)).toString();
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private long id(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
