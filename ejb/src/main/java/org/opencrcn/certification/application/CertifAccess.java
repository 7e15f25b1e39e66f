package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.shared.AccessDeniedException;
import org.opencrcn.shared.Roles;

/** Entry into Certif: only members of a certification centre, and only for their centres. */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CertifAccess {
  @Inject private CallerAccount caller;
  @Inject private CentreMembers members;

  /** The caller's certification centres; empty for a person who belongs to none. */
  public List<CentreSummary> myCentres() {
    return caller.id().map(members::centresOf).orElseGet(List::of).stream()
        .map(CentreSummary::of)
        .toList();
  }

  /**
   * The centre the caller enters.
   *
   * @throws AccessDeniedException when the caller is not a member of it
   */
  public CentreSummary enter(long centreId) {
    return myCentres().stream()
        .filter(centre -> centre.id() == centreId)
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("Not a member of centre " + centreId));
  }

  /**
   * The centre Certif opens on: the first of the caller's centres.
   *
   * @throws AccessDeniedException when the caller belongs to no centre
   */
  public CentreSummary defaultCentre() {
    return myCentres().stream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("Member of no certification centre"));
  }
}
