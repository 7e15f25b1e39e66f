package org.opencrcn.organization.application.members;

import java.io.Serializable;
import java.time.Instant;

/** A pending request to join, with the requester's name and address (null when none is known). */
public record JoinRequestView(
    long id, long organizationId, long accountId, String name, String email, Instant requestedAt)
    implements Serializable {}
