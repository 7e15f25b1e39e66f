package org.opencrcn.organization.application;

import java.io.Serializable;
import org.opencrcn.organization.domain.Membership;
import org.opencrcn.organization.domain.MembershipRole;
import org.opencrcn.organization.domain.OrganizationType;

/** An organisation as its member sees it in Orga, with the member's role. */
public record OrganizationSummary(
    long id, String name, OrganizationType type, String uai, MembershipRole role)
    implements Serializable {

  public static OrganizationSummary of(Membership membership) {
    var organization = membership.organization();
    return new OrganizationSummary(
        organization.id(),
        organization.name(),
        organization.type(),
        organization.uai(),
        membership.role());
  }
}
