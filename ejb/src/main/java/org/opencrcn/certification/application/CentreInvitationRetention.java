package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.opencrcn.certification.domain.CentreInvitation;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.invitation.ClosedInvitations;
import org.opencrcn.shared.jobs.ClusterOnce;

/**
 * Forgets, every night, the invitations to certification centres (an address, who invited it) that
 * no longer do anything, under the rule of every invitation ({@link ClosedInvitations}: accepted,
 * cancelled or expired more than 30 days ago), as Orga's run does for its own. Run by the timer; a
 * platform administrator may run it for a given time (the tests).
 */
@Singleton
public class CentreInvitationRetention {
  private static final Logger LOG = Logger.getLogger(CentreInvitationRetention.class.getName());

  @Inject private ClusterOnce clusterOnce;
  @PersistenceContext private EntityManager em;
  @Inject private AuditLog audit;

  @Schedule(hour = "3", minute = "31", persistent = false)
  void nightly() {
    if (!clusterOnce.claim("centre-invitation-retention")) {
      return; // another node of the cluster runs it tonight
    }
    LOG.info("Centre invitation retention: " + forgetBefore(Instant.now()) + " invitations");
  }

  /** The nightly run, as if it were {@code now}: how many invitations were forgotten. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runAt(Instant now) {
    return forgetBefore(now);
  }

  private int forgetBefore(Instant now) {
    int forgotten = ClosedInvitations.forget(em, CentreInvitation.class, now);
    audit.record(AuditAction.PURGE, AuditTarget.of("centre-invitations", forgotten));
    return forgotten;
  }
}
