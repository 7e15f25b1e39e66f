package org.opencrcn.referential.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.Competence;
import org.opencrcn.referential.domain.catalog.CatalogTutorial;
import org.opencrcn.shared.Roles;

/**
 * The catalogue's tutorials as other contexts see them. A tutorial has no id that survives a
 * content import (each import rewrites a skill's tutorials), so it is found by skill and address.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class TutorialCatalog {
  @PersistenceContext private EntityManager em;

  /** The tutorial the current content has for that skill at that address. */
  public Optional<Tutorial> find(@NotBlank String skillName, @NotBlank String url) {
    return em.createNamedQuery("CatalogTutorial.findBySkillAndUrl", CatalogTutorial.class)
        .setParameter("skill", skillName)
        .setParameter("url", url)
        .getResultStream()
        .findFirst()
        .map(TutorialCatalog::tutorial);
  }

  /** The current tutorials of these skills, skill by skill in the pack's order. */
  public List<Tutorial> ofSkills(@NotNull Collection<String> skillNames) {
    if (skillNames.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("CatalogTutorial.ofSkills", CatalogTutorial.class)
        .setParameter("skills", skillNames)
        .getResultStream()
        .map(TutorialCatalog::tutorial)
        .toList();
  }

  /** The competence of each of these skills the catalogue knows, titled in the locale. */
  public Map<String, CompetenceName> competencesOf(
      @NotNull Collection<String> skillNames, @NotNull Locale locale) {
    if (skillNames.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select s.name, c from CatalogSkill s, CatalogTube t, Competence c"
                + " where t.name = s.tubeName and c.code = t.competenceCode and s.name in :skills",
            Object[].class)
        .setParameter("skills", skillNames)
        .getResultStream()
        .collect(
            Collectors.toMap(
                row -> (String) row[0],
                row -> {
                  Competence competence = (Competence) row[1];
                  return new CompetenceName(competence.code(), competence.title().in(locale));
                }));
  }

  private static Tutorial tutorial(CatalogTutorial t) {
    return new Tutorial(t.skillName(), t.title(), t.url(), t.format(), t.durationMinutes());
  }

  /** A tutorial of a skill. */
  public record Tutorial(
      String skillName, String title, String url, String format, int durationMinutes)
      implements Serializable {}

  /** A competence's code and title. */
  public record CompetenceName(String code, String title) implements Serializable {}
}
