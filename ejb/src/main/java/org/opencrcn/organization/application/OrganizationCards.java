package org.opencrcn.organization.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Optional;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.shared.Roles;

/**
 * What a learner who holds a campaign's code may know of the organisation behind it: its name and
 * type (a SCO school asks its pupils to find their record). Nothing else of it.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class OrganizationCards {
  @PersistenceContext private EntityManager em;

  /** An organisation's name and type, and whether it is archived. */
  public record OrganizationCard(long id, String name, OrganizationType type, boolean archived)
      implements Serializable {}

  public Optional<OrganizationCard> card(long organizationId) {
    return Optional.ofNullable(em.find(Organization.class, organizationId))
        .map(o -> new OrganizationCard(o.id(), o.name(), o.type(), o.archived()));
  }
}
