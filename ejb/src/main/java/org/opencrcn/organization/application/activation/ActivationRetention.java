package org.opencrcn.organization.application.activation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.opencrcn.organization.infrastructure.ActivationLinkRepository;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.jobs.ClusterOnce;

/**
 * Forgets, every night, the activation requests (a director's names, a hash of the address they
 * were sent from) older than the year the form's notice promises ({@link
 * OrgaActivation#RETENTION}), even when no new request comes. Run by the timer at the platform's
 * time ({@link PlatformClock}); a platform administrator may run it now (the tests set that clock).
 */
@Singleton
public class ActivationRetention {
  private static final Logger LOG = Logger.getLogger(ActivationRetention.class.getName());

  @Inject private ClusterOnce clusterOnce;
  @Inject private ActivationLinkRepository links;
  @Inject private PlatformClock clock;
  @Inject private AuditLog audit;

  @Schedule(hour = "3", minute = "41", persistent = false)
  void nightly() {
    if (!clusterOnce.claim("activation-retention")) {
      return; // another node of the cluster runs it tonight
    }
    LOG.info("Activation requests forgotten: " + forgetOld());
  }

  /** The nightly run, now (at the platform's time): how many requests were forgotten. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runNow() {
    return forgetOld();
  }

  private int forgetOld() {
    int forgotten = links.deleteRequestedBefore(clock.now().minus(OrgaActivation.RETENTION));
    audit.record(AuditAction.PURGE, AuditTarget.of("activation-requests", forgotten));
    return forgotten;
  }
}
