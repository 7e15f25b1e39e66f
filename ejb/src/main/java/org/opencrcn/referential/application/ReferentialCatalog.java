package org.opencrcn.referential.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.opencrcn.referential.domain.Competence;

/** The CRCN framework as anyone may read it, signed in or not. */
@Stateless
@PermitAll
public class ReferentialCatalog {
  @PersistenceContext private EntityManager em;

  @Inject private FrameworkOverviews overviews;

  /** The 5 areas in order, each with its competences in order. */
  public List<AreaOverview> overview(@NotNull Locale locale) {
    return overviews.in(locale);
  }

  /**
   * The competence's title in the locale, or its code when there is no such competence. Asked on
   * every question page: the competence comes from the second-level cache (the CRCN's competences
   * never change once migrated), no query.
   */
  public String competenceTitle(@NotNull String competenceCode, @NotNull Locale locale) {
    Competence competence = em.find(Competence.class, competenceCode);
    return competence == null ? competenceCode : competence.title().in(locale);
  }
}
