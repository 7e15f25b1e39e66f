package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.certification.domain.CentreType;

/**
 * A centre as the platform's administration lists it: for a SCO centre its school's UAI and name;
 * {@code members} counts those invited or added, not the school's Orga administrators.
 */
public record CentreAdminRow(
    long id,
    String name,
    CentreType type,
    String uai,
    String organizationName,
    long members,
    boolean archived)
    implements Serializable {}
