package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.certification.domain.CentreType;
import org.opencrcn.certification.domain.SessionDetails;
import org.opencrcn.certification.domain.SessionStatus;

/**
 * A session as its centre's members see it: its details, its three codes (the number is its id),
 * its status, and whether it has started (then nothing of it may change).
 */
public record SessionSheet(
    long number,
    long centreId,
    String centreName,
    CentreType centreType,
    SessionDetails details,
    String accessCode,
    String supervisorPassword,
    SessionStatus status,
    boolean started)
    implements Serializable {}
