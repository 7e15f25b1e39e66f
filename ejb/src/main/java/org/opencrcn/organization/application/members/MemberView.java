package org.opencrcn.organization.application.members;

import java.io.Serializable;
import org.opencrcn.organization.domain.MembershipRole;

/** A member as the member list shows them; {@code you} marks the caller's own row. */
public record MemberView(
    long accountId, String name, String email, MembershipRole role, boolean you)
    implements Serializable {}
