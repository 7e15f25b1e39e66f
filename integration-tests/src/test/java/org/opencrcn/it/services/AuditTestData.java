package org.opencrcn.it.services;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** What the audit log's tests read or try behind the application's back. */
@Stateless
@PermitAll
public class AuditTestData {
  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  public long accountId(String subject) {
    return ((Number)
            em.createNativeQuery("select id from account where subject = ?1")
                .setParameter(1, subject)
                .getSingleResult())
        .longValue();
  }

  public boolean onPostgreSql() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgresql");
    }
  }

  /** Tries to change an event in place (what an intruder with the database's user would do). */
  public int tamper(long eventId) {
    return em.createNativeQuery("update audit_event set targets = 'nothing:0' where id = ?1")
        .setParameter(1, eventId)
        .executeUpdate();
  }

  /** Tries to delete an event. */
  public int erase(long eventId) {
    return em.createNativeQuery("delete from audit_event where id = ?1")
        .setParameter(1, eventId)
        .executeUpdate();
  }

  /**
   * Tries to change an event's targets with the retention run's setting on: the trigger lets only
   * the emptying of the account and address through.
   */
  public int tamperAsRetention(long eventId) {
    em.createNativeQuery("select set_config('opencrcn.audit_redaction', 'on', true)")
        .getSingleResult();
    return em.createNativeQuery("update audit_event set targets = 'nothing:0' where id = ?1")
        .setParameter(1, eventId)
        .executeUpdate();
  }

  /** Tries to empty a recent event's person without the retention run's setting. */
  public int forgetPersonDirectly(long eventId) {
    return em.createNativeQuery(
            "update audit_event set account_id = null, client_address = null where id = ?1")
        .setParameter(1, eventId)
        .executeUpdate();
  }
}
