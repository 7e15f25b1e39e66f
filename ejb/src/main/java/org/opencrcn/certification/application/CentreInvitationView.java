package org.opencrcn.certification.application;

import java.io.Serializable;
import java.time.Instant;
import org.opencrcn.certification.domain.CentreInvitation;

/** A pending invitation to a centre, for its administration. */
public record CentreInvitationView(
    long id, String email, Instant sentAt, int sentCount, Instant expiresAt)
    implements Serializable {

  static CentreInvitationView of(CentreInvitation invitation) {
    return new CentreInvitationView(
        invitation.id(),
        invitation.email(),
        invitation.sentAt(),
        invitation.sentCount(),
        invitation.expiresAt());
  }
}
