package org.opencrcn.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.jobs.ClusterOnce;

/**
 * Forgets, every night, the requests to attach an ENT identity (an ENT subject) a day after they
 * expired, used or not: they serve only during their 30 minutes. Run by the timer; a platform
 * administrator may run it for a given time (the tests).
 */
@Singleton
public class AttachmentRetention {
  private static final Logger LOG = Logger.getLogger(AttachmentRetention.class.getName());

  @Inject private ClusterOnce clusterOnce;
  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Schedule(hour = "3", minute = "31", persistent = false)
  void nightly() {
    if (!clusterOnce.claim("attachment-retention")) {
      return; // another node of the cluster runs it tonight
    }
    LOG.info("Attachment retention: " + forgetBefore(Instant.now()) + " requests");
  }

  /** The nightly run, as if it were {@code now}: how many requests were forgotten. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runAt(Instant now) {
    return forgetBefore(now);
  }

  private int forgetBefore(Instant now) {
    int forgotten =
        em.createNativeQuery("delete from identity_attachment where expires_at < ?1")
            .setParameter(
                1, OffsetDateTime.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC))
            .executeUpdate();
    audit.record(AuditAction.PURGE, AuditTarget.of("attachment-requests", forgotten));
    return forgotten;
  }
}
