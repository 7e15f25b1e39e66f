package org.opencrcn.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opencrcn.shared.Roles;

/** Figures of the whole platform, for its administrators only. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformOverview {
  @PersistenceContext private EntityManager em;

  public PlatformFigures figures() {
    return new PlatformFigures(
        count("select count(a) from Account a"),
        count("select count(o) from Organization o where o.archived = false"),
        count("select count(c) from CertificationCentre c"));
  }

  private long count(String query) {
    return em.createQuery(query, Long.class).getSingleResult();
  }
}
