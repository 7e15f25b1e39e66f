package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A finished sitting for the results tests, built in SQL as the sitting itself (certif-test's
 * joining and answering) leaves it: a session held yesterday, a candidate whose account brings
 * levels in 5 competences, and a course of 3 challenges per competence with their answers. Each
 * call in its own transaction.
 */
@Stateless
@PermitAll
public class CertifResultsTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** A session of the centre held yesterday, still CREATED (to finalise). */
  public long sessionHeldYesterday(long centreId) {
    String code = "T" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    em.createNativeQuery(
            "insert into certification_session (centre_id, name, site, room, session_date,"
                + " start_time, supervisor, access_code, supervisor_password, status, created_at)"
                + " values (?1, 'Résultats', 'Site', 'Salle 1', ?2, ?5, 'M. Surveillant',"
                + " ?3, 'abc234', 'CREATED', ?4)")
        .setParameter(1, centreId)
        .setParameter(2, LocalDate.now(ZoneOffset.UTC).minusDays(1))
        .setParameter(3, code)
        .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3))
        .setParameter(5, LocalTime.of(9, 0))
        .executeUpdate();
    return id("select id from certification_session where access_code = ?1", code);
  }

  /**
   * A candidate of the session for the subject's account (made if missing, with every skill of
   * level 1 to 3 of the first 5 competences validated), who sat the test: 3 challenges per
   * competence, {@code wrong} of them answered wrong (the first ones), the rest right. {@code
   * completed} false leaves the test unfinished with its last 3 challenges unanswered.
   *
   * @return the course id
   */
  public long sitting(
      long sessionId, String subject, String familyName, int wrong, boolean completed) {
    return sitting(sessionId, subject, familyName, wrong, completed, "V2", challenges(3));
  }

  /**
   * A finished v3 (flash) sitting of 20 questions (a whole flash test), 4 of each of the first 5
   * competences: all answered right on their hardest challenges, or all wrong on their easiest (as
   * the flash test goes down for a candidate who fails).
   *
   * @return the course id
   */
  public long flashSitting(long sessionId, String subject, String familyName, boolean allRight) {
    return sitting(
        sessionId,
        subject,
        familyName,
        allRight ? 0 : 20,
        true,
        "V3",
        allRight ? challenges(4) : easiestChallenges(4));
  }

  /**
   * Stores the levels brought into the course, as the composer does when the test starts: {@code
   * level} and {@code pix} in each of the first 5 competences.
   */
  public void broughtLevels(long courseId, int level, int pix) {
    for (String competence : competences()) {
      em.createNativeQuery(
              "insert into certification_course_level (course_id, competence_code, level, pix)"
                  + " values (?1, ?2, ?3, ?4)")
          .setParameter(1, courseId)
          .setParameter(2, competence)
          .setParameter(3, level)
          .setParameter(4, pix)
          .executeUpdate();
    }
  }

  /**
   * The learner trains after the test: every skill of level 4 and 5 of the first 5 competences
   * validated too, so their profile's levels rise.
   */
  public void trainsMore(String subject) {
    long account = id("select id from account where subject = ?1", subject);
    long assessment = id("select max(id) from assessment where account_id = ?1", account);
    for (String competence : competences()) {
      em.createNativeQuery(
              "insert into knowledge_element (account_id, assessment_id, competence_code,"
                  + " skill_name, tube_name, skill_level, status, source, created_at)"
                  + " select ?1, ?2, t.competence_code, s.name, s.tube_name, s.level, 'VALIDATED',"
                  + " 'DIRECT', ?3 from skill s join tube t on t.name = s.tube_name"
                  + " where t.competence_code = ?4 and s.active and s.level in (4, 5)")
          .setParameter(1, account)
          .setParameter(2, assessment)
          .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
          .setParameter(4, competence)
          .executeUpdate();
    }
  }

  /** The certified competences of the course's result: "code level pix", by code. */
  @SuppressWarnings("unchecked")
  public List<String> certifiedLevels(long courseId) {
    return ((List<Object[]>)
            em.createNativeQuery(
                    "select c.competence_code, c.certified_level, c.pix"
                        + " from certification_competence_result c join certification_result r"
                        + " on r.id = c.result_id where r.course_id = ?1 order by c.competence_code")
                .setParameter(1, courseId)
                .getResultList())
        .stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList();
  }

  /** The verification code of the course's result (null until it is validated). */
  public String verificationCode(long courseId) {
    return (String)
        em.createNativeQuery(
                "select verification_code from certification_result where course_id = ?1")
            .setParameter(1, courseId)
            .getSingleResult();
  }

  /** The id of the subject's account. */
  public long account(String subject) {
    return id("select id from account where subject = ?1", subject);
  }

  /** The stored status of the course's result. */
  public String resultStatus(long courseId) {
    return (String)
        em.createNativeQuery("select status from certification_result where course_id = ?1")
            .setParameter(1, courseId)
            .getSingleResult();
  }

  private long sitting(
      long sessionId,
      String subject,
      String familyName,
      int wrong,
      boolean completed,
      String algorithm,
      List<Object[]> challenges) {
    long account = profiledAccount(subject);
    em.createNativeQuery(
            "insert into certification_candidate (session_id, account_id, family_name, first_name,"
                + " sex, birthdate, extra_time_percent) values (?1, ?2, ?3, 'Lou', 'F', ?4, 0)")
        .setParameter(1, sessionId)
        .setParameter(2, account)
        .setParameter(3, familyName)
        .setParameter(4, LocalDate.of(2011, 4, 1))
        .executeUpdate();
    long candidate =
        id(
            "select max(id) from certification_candidate where session_id = "
                + sessionId
                + " and family_name = ?1",
            familyName);
    OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusHours(20);
    // Two statements rather than an untyped null: PostgreSQL cannot type a null parameter.
    Query course =
        em.createNativeQuery(
                "insert into certification_course (candidate_id, session_id, account_id,"
                    + " algorithm, status, seed, joined_at, admitted_at, started_at"
                    + (completed ? ", ended_at)" : ")")
                    + " values (?1, ?2, ?3, '"
                    + algorithm
                    + "', ?4, 1, ?5, ?5, ?5"
                    + (completed ? ", ?6)" : ")"))
            .setParameter(1, candidate)
            .setParameter(2, sessionId)
            .setParameter(3, account)
            .setParameter(4, completed ? "COMPLETED" : "STARTED")
            .setParameter(5, started);
    if (completed) {
      course.setParameter(6, started.plusMinutes(40));
    }
    course.executeUpdate();
    long courseId = id("select id from certification_course where candidate_id = ?1", candidate);
    for (int i = 0; i < challenges.size(); i++) {
      Object[] c = challenges.get(i);
      boolean unanswered = !completed && i >= challenges.size() - 3;
      Query asked =
          em.createNativeQuery(
                  "insert into certification_challenge (course_id, position, challenge_id,"
                      + " competence_code, skill_name, skill_level, result)"
                      + " values (?1, ?2, ?3, ?4, ?5, ?6, "
                      + (unanswered ? "null)" : "?7)"))
              .setParameter(1, courseId)
              .setParameter(2, i + 1)
              .setParameter(3, c[0])
              .setParameter(4, c[1])
              .setParameter(5, c[2])
              .setParameter(6, ((Number) c[3]).intValue());
      if (!unanswered) {
        asked.setParameter(7, i < wrong ? "ko" : "ok");
      }
      asked.executeUpdate();
    }
    return courseId;
  }

  /**
   * The {@code each} hardest challenges (id, competence, skill, level) of each of the first 5
   * competences.
   */
  private List<Object[]> challenges(int each) {
    return challenges(each, "s.level desc");
  }

  /** The {@code each} easiest challenges of each of the first 5 competences. */
  private List<Object[]> easiestChallenges(int each) {
    return challenges(each, "s.level");
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> challenges(int each, String levelOrder) {
    List<Object[]> chosen = new ArrayList<>();
    for (String competence : competences()) {
      chosen.addAll(
          em.createNativeQuery(
                  "select c.id, t.competence_code, s.name, s.level from challenge c"
                      + " join skill s on s.name = c.skill_name join tube t on t.name = s.tube_name"
                      + " where t.competence_code = ?1 and s.active order by "
                      + levelOrder
                      + ", c.id")
              .setParameter(1, competence)
              .setMaxResults(each)
              .getResultList());
    }
    return chosen;
  }

  @SuppressWarnings("unchecked")
  private List<String> competences() {
    return em.createNativeQuery(
            "select distinct t.competence_code from skill s join tube t on t.name ="
                + " s.tube_name where s.active and s.level <= 3 order by t.competence_code")
        .setMaxResults(5)
        .getResultList();
  }

  private long profiledAccount(String subject) {
    em.createNativeQuery(
            "insert into account (subject, username, first_name, last_name, email)"
                + " select ?1, ?1, 'Lou', 'Certifiée', null where not exists"
                + " (select 1 from account where subject = ?1)")
        .setParameter(1, subject)
        .executeUpdate();
    long account = id("select id from account where subject = ?1", subject);
    if (count("select count(*) from knowledge_element where account_id = " + account) > 0) {
      return account;
    }
    OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(10);
    for (String competence : competences()) {
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
    return account;
  }

  /** The session's stored status. */
  public String status(long sessionId) {
    return (String)
        em.createNativeQuery("select status from certification_session where id = ?1")
            .setParameter(1, sessionId)
            .getSingleResult();
  }

  /** Rows of a table that name the session (results, or incidents through its courses). */
  public long results(long sessionId) {
    return count("select count(*) from certification_result where session_id = " + sessionId);
  }

  public long incidents(long sessionId) {
    return count(
        "select count(*) from certification_incident i join certification_course c"
            + " on c.id = i.course_id where c.session_id = "
            + sessionId);
  }

  /** A challenge id of the course, at this position. */
  public String challengeAt(long courseId, int position) {
    return (String)
        em.createNativeQuery(
                "select challenge_id from certification_challenge where course_id = ?1"
                    + " and position = ?2")
            .setParameter(1, courseId)
            .setParameter(2, position)
            .getSingleResult();
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private long id(String sql, Object parameter) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult())
        .longValue();
  }
}
