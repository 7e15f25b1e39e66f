package org.opencrcn.it.services;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrcn.certification.application.DemoSessionToday;
import org.opencrcn.certification.application.DemoSessionToday.TodaysSession;

/**
 * The demo session's day rule run for another day than today, as the start-up or the midnight timer
 * of that day would run it (each call in its own transaction), and what it left.
 */
@Stateless
@PermitAll
public class DemoCertificationTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @Inject private DemoSessionToday demoSession;

  public TodaysSession startOn(LocalDate day) {
    Optional<TodaysSession> todays = demoSession.ensure(day);
    return todays.orElseThrow();
  }

  /** The session's date, demo flag and stored status, as text: "2026-12-06 true CREATED". */
  public String session(long number) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select session_date, demo, status from certification_session where id = ?1")
                .setParameter(1, number)
                .getSingleResult();
    return row[0] + " " + row[1] + " " + row[2];
  }

  /** The session's candidates: "FAMILY First birthdate account-or-none", sorted. */
  @SuppressWarnings("unchecked")
  public List<String> candidates(long number) {
    List<Object[]> rows =
        em.createNativeQuery(
                "select family_name, first_name, birthdate, account_id"
                    + " from certification_candidate where session_id = ?1")
            .setParameter(1, number)
            .getResultList();
    return rows.stream()
        .map(r -> r[0] + " " + r[1] + " " + r[2] + " " + (r[3] == null ? "none" : "account"))
        .sorted()
        .toList();
  }

  /** Sittings (courses) of the session. */
  public long courses(long number) {
    return ((Number)
            em.createNativeQuery("select count(*) from certification_course where session_id = ?1")
                .setParameter(1, number)
                .getSingleResult())
        .longValue();
  }
}
