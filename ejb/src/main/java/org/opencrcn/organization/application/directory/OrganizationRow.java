package org.opencrcn.organization.application.directory;

import java.io.Serializable;
import java.time.Instant;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.OrganizationSource;
import org.opencrcn.organization.domain.OrganizationType;

/** An organisation as the administration lists and edits it. */
public record OrganizationRow(
    long id,
    OrganizationType type,
    String name,
    String uai,
    String town,
    String academy,
    String email,
    boolean archived,
    OrganizationSource source,
    Instant updatedAt)
    implements Serializable {

  static OrganizationRow of(Organization organization) {
    return new OrganizationRow(
        organization.id(),
        organization.type(),
        organization.name(),
        organization.uai(),
        organization.town(),
        organization.academy(),
        organization.email(),
        organization.archived(),
        organization.source(),
        organization.updatedAt());
  }
}
