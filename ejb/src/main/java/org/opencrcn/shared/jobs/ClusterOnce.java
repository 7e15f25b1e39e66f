package org.opencrcn.shared.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opencrcn.shared.Settings;

/**
 * Lets a nightly timer run on one node of a cluster only (docs/operations.md, "Jobs once per
 * cluster"): every node fires its {@code @Schedule}, each asks {@link #claim} first and only the
 * winner works. On a single node the claim always succeeds. A run whose node dies half-way is not
 * taken over that night: the purges catch up the next one (they delete what is older than a date).
 */
@Stateless
@PermitAll
public class ClusterOnce {
  private static final Logger LOG = Logger.getLogger(ClusterOnce.class.getName());

  @Resource(lookup = "java:jboss/datasources/OpenCrcnDS")
  private DataSource dataSource;

  @Resource private SessionContext context;

  /**
   * Claims today's (UTC) run of {@code job} in a transaction of its own, committed before the job
   * works: {@code true} when this node runs it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate day = now.toLocalDate();
    String node = node();
    try (Connection connection = dataSource.getConnection()) {
      if (RunClaim.claim(connection, job, day, node, now)) {
        return true;
      }
      // The failed insert spoilt the transaction (PostgreSQL): roll it back, nothing to keep.
      context.setRollbackOnly();
      LOG.info(() -> "Job " + job + " of " + day + " runs on another node; skipped on " + node);
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim the run of " + job, e);
    }
  }

  private static String node() {
    return Settings.text("jboss.node.name").orElse("standalone");
  }
}
