package org.opencrcn.shared.invitation;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.opencrcn.shared.Settings;

/**
 * The retention rule every invitation by e-mail follows (an Orga organisation's, a certification
 * centre's): once it no longer does anything (accepted or cancelled, or expired while pending) for
 * {@code opencrcn.retention.invitations-days} (30), its row (an address, who invited it) goes. Each
 * context's nightly run applies it to its own invitations.
 */
public final class ClosedInvitations {
  private ClosedInvitations() {}

  /** How long a closed or expired invitation is kept. */
  public static Duration keptFor() {
    return Duration.ofDays(Settings.integer("opencrcn.retention.invitations-days", 30));
  }

  /**
   * Deletes the invitations of that kind closed or expired more than {@link #keptFor()} before
   * {@code now}: how many went.
   */
  public static int forget(EntityManager em, Class<? extends MailedInvitation> kind, Instant now) {
    Instant before = now.minus(keptFor());
    return em.createQuery(
            "delete from "
                + em.getMetamodel().entity(kind).getName()
                + " i where (i.status <> :pending and i.closedAt < :before)"
                + " or (i.status = :pending and i.expiresAt < :before)")
        .setParameter("pending", InvitationStatus.PENDING)
        .setParameter("before", before)
        .executeUpdate();
  }
}
