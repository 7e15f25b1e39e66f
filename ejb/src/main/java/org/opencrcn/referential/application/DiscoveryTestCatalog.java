package org.opencrcn.referential.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.Competence;
import org.opencrcn.referential.domain.catalog.CatalogDiscoveryTest;

/** The discovery tests the imported content defines, with what each skill of them tests. */
@Stateless
@PermitAll
public class DiscoveryTestCatalog {
  @PersistenceContext private EntityManager em;

  /**
   * A discovery test: device is {@code COMPUTER} or {@code SMARTPHONE}; skills in the order asked.
   */
  public record Definition(
      String id,
      String title,
      String description,
      String device,
      boolean active,
      List<TestedSkill> skills)
      implements Serializable {}

  /** A skill of a discovery test: its competence (title in the reader's language) and level. */
  public record TestedSkill(String name, String competenceCode, String competenceTitle, int level)
      implements Serializable {}

  /** The tests learners may start: computer ones first. */
  public List<Definition> active(@NotNull Locale locale) {
    List<CatalogDiscoveryTest> tests =
        em.createNamedQuery("CatalogDiscoveryTest.active", CatalogDiscoveryTest.class)
            .getResultList();
    // One lookup for the skills of all the tests: this list is on every learner's dashboard.
    Map<String, TestedSkill> skills =
        testedSkillsByName(
            tests.stream().flatMap(test -> test.skillNames().stream()).distinct().toList(), locale);
    return tests.stream()
        .map(test -> definition(test, test.skillNames().stream().map(skills::get).toList()))
        .toList();
  }

  /** A test, even one a newer content version dropped (its runs still show it). */
  public Optional<Definition> find(@NotNull String id, @NotNull Locale locale) {
    return Optional.ofNullable(em.find(CatalogDiscoveryTest.class, id))
        .map(test -> definition(test, testedSkills(test.skillNames(), locale)));
  }

  /** A test's title, even for one a newer content version dropped. */
  public Optional<String> title(@NotNull String id) {
    return Optional.ofNullable(em.find(CatalogDiscoveryTest.class, id))
        .map(CatalogDiscoveryTest::title);
  }

  private static Definition definition(CatalogDiscoveryTest test, List<TestedSkill> skills) {
    return new Definition(
        test.id(), test.title(), test.description(), test.device().name(), test.active(), skills);
  }

  /**
   * What the named skills test, in the given order (skills are never deleted, so each is found).
   */
  public List<TestedSkill> testedSkills(@NotNull List<String> skillNames, @NotNull Locale locale) {
    Map<String, TestedSkill> skills = testedSkillsByName(skillNames, locale);
    return skillNames.stream().map(skills::get).toList();
  }

  private Map<String, TestedSkill> testedSkillsByName(List<String> skillNames, Locale locale) {
    if (skillNames.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select s.name, s.level, t.competenceCode from CatalogSkill s, CatalogTube t where t.name = s.tubeName and s.name in :names",
            Object[].class)
        .setParameter("names", skillNames)
        .getResultStream()
        .collect(
            Collectors.toMap(
                row -> (String) row[0],
                row ->
                    new TestedSkill(
                        (String) row[0],
                        (String) row[2],
                        competenceTitle((String) row[2], locale),
                        (Integer) row[1])));
  }

  /** From the second-level cache (the CRCN's competences never change once migrated). */
  private String competenceTitle(String competenceCode, Locale locale) {
    Competence competence = em.find(Competence.class, competenceCode);
    return competence == null ? competenceCode : competence.title().in(locale);
  }
}
