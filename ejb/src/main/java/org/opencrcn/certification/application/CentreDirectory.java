package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.opencrcn.certification.infrastructure.CentreMembershipRepository;
import org.opencrcn.shared.Roles;

/** The certification centres as the platform's administration sees them. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class CentreDirectory {
  @Inject private CentreMembershipRepository centres;

  /** How many certification centres the platform has. */
  public long count() {
    return centres.countCentres();
  }
}
