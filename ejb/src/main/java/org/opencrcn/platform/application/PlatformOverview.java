package org.opencrcn.platform.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.opencrcn.certification.application.CentreDirectory;
import org.opencrcn.identity.application.AccountDirectory;
import org.opencrcn.organization.application.directory.OrganizationAdministration;
import org.opencrcn.shared.Roles;

/**
 * Figures of the whole platform, for its administrators only: each context counts its own (through
 * its application API), this package only gathers them, so no context reads another's tables.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformOverview {
  @Inject private AccountDirectory accounts;
  @Inject private OrganizationAdministration organizations;
  @Inject private CentreDirectory centres;

  public PlatformFigures figures() {
    return new PlatformFigures(accounts.count(), organizations.activeCount(), centres.count());
  }
}
