package org.opencrcn.organization.application;

import java.io.Serializable;
import org.opencrcn.organization.domain.MembershipRole;

/** What following a link will do: join this organisation with this role. */
public record LinkPreview(long organizationId, String organizationName, MembershipRole role)
    implements Serializable {}
