package org.opencrcn.organization.application.members;

import java.io.Serializable;
import java.time.Instant;
import org.opencrcn.organization.domain.Invitation;
import org.opencrcn.organization.domain.MembershipRole;

/** A pending invitation as administrators see it. */
public record InvitationView(
    long id, String email, MembershipRole role, Instant sentAt, int sentCount)
    implements Serializable {

  static InvitationView of(Invitation invitation) {
    return new InvitationView(
        invitation.id(),
        invitation.email(),
        invitation.role(),
        invitation.sentAt(),
        invitation.sentCount());
  }
}
