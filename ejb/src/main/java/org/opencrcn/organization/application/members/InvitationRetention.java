package org.opencrcn.organization.application.members;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.opencrcn.organization.domain.Invitation;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.invitation.ClosedInvitations;
import org.opencrcn.shared.jobs.ClusterOnce;

/**
 * Forgets, every night, the invitations (an address, who invited it) that no longer do anything:
 * accepted or cancelled, or expired, for more than {@code opencrcn.retention.invitations-days} (30,
 * {@link ClosedInvitations}). Run by the timer; a platform administrator may run it for a given
 * time (the tests).
 */
@Singleton
public class InvitationRetention {
  private static final Logger LOG = Logger.getLogger(InvitationRetention.class.getName());

  @Inject private ClusterOnce clusterOnce;
  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Schedule(hour = "3", minute = "29", persistent = false)
  void nightly() {
    if (!clusterOnce.claim("invitation-retention")) {
      return; // another node of the cluster runs it tonight
    }
    LOG.info("Invitation retention: " + forgetBefore(Instant.now()) + " invitations");
  }

  /** The nightly run, as if it were {@code now}: how many invitations were forgotten. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runAt(Instant now) {
    return forgetBefore(now);
  }

  private int forgetBefore(Instant now) {
    int forgotten = ClosedInvitations.forget(em, Invitation.class, now);
    audit.record(AuditAction.PURGE, AuditTarget.of("invitations", forgotten));
    return forgotten;
  }
}
