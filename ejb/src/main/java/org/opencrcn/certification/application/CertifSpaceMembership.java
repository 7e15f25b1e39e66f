package org.opencrcn.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrcn.identity.application.Space;
import org.opencrcn.identity.application.SpaceMembership;
import org.opencrcn.identity.application.SpaceRole;

/**
 * Certif's side of identity's port: a member of a certification centre, or an Orga administrator of
 * a school with a SCO centre, enters Certif.
 */
@ApplicationScoped
public class CertifSpaceMembership implements SpaceMembership {
  static final String CENTRE_MEMBER = "certif-member";

  @Inject private CentreMembers members;

  @Override
  public List<SpaceRole> rolesOf(long accountId) {
    return members.centresOf(accountId).isEmpty()
        ? List.of()
        : List.of(new SpaceRole(Space.CERTIF, CENTRE_MEMBER));
  }
}
