package org.opencrcn.certification.application;

import java.io.Serializable;

/**
 * A member of a centre: {@code schoolAdministrator} when they are one as an Orga administrator of
 * the SCO centre's school (removed from Orga, not here), false for those invited or added.
 */
public record CentreMemberView(
    long accountId, String displayName, String email, boolean schoolAdministrator)
    implements Serializable {}
