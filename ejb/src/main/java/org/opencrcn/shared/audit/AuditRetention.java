package org.opencrcn.shared.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.Settings;
import org.opencrcn.shared.jobs.ClusterOnce;

/**
 * Forgets, every night, who did what in the audit log once the events are older than {@code
 * opencrcn.retention.audit-months} (12) months: the account and the network address of those events
 * are removed; what was done, when and on which ids stays (numbers only, no personal data then).
 * The events are not deleted, so the log still says that a pupils file was imported or a campaign
 * exported, years later.
 *
 * <p>The only change the application makes to the log. On PostgreSQL the append-only trigger lets
 * it through only with the transaction's setting {@code opencrcn.audit_redaction} on and only when
 * the account and the address become empty and nothing else changes ({@code
 * db/postgresql/afterMigrate__audit_redaction.sql}). Run by the timer at the platform's time
 * ({@link PlatformClock}); a platform administrator may run it now (the tests set that clock).
 */
@Singleton
public class AuditRetention {
  private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

  /** The setting: months after which an event loses its account and address. */
  public static final String MONTHS = "opencrcn.retention.audit-months";

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  @Inject private PlatformClock clock;
  @Inject private AuditLog audit;
  @Inject private ClusterOnce clusterOnce;

  @Schedule(hour = "3", minute = "45", persistent = false)
  void nightly() {
    if (!clusterOnce.claim("audit-retention")) {
      return; // another node of the cluster runs it tonight
    }
    LOG.info("Audit events made anonymous: " + forgetPeople());
  }

  /** The nightly run, now (at the platform's time): how many events lost their person. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runNow() {
    return forgetPeople();
  }

  private int forgetPeople() {
    Instant before =
        clock.now().atOffset(ZoneOffset.UTC).minusMonths(Settings.integer(MONTHS, 12)).toInstant();
    if (onPostgreSql()) {
      // For this transaction only: the trigger refuses any change to the log without it.
      em.createNativeQuery("select set_config('opencrcn.audit_redaction', 'on', true)")
          .getSingleResult();
    }
    int forgotten =
        em.createNativeQuery(
                "update audit_event set account_id = null, client_address = null"
                    + " where occurred_at < ?1"
                    + " and (account_id is not null or client_address is not null)")
            .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
            .executeUpdate();
    audit.record(AuditAction.PURGE, AuditTarget.of("audit-people", forgotten));
    return forgotten;
  }

  private boolean onPostgreSql() {
    try (Connection connection = dataSource.getConnection()) {
      return connection
          .getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgresql");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not tell which database this is", e);
    }
  }
}
