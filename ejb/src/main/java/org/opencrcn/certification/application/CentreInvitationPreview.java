package org.opencrcn.certification.application;

import java.io.Serializable;

/**
 * What accepting an invitation to a centre will do: join this centre. The address invited, and
 * whether the signed-in account has it (when not, joining needs the person to confirm, having seen
 * that address).
 */
public record CentreInvitationPreview(
    long centreId, String centreName, String invitedEmail, boolean forCaller)
    implements Serializable {}
