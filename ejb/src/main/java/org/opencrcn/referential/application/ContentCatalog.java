package org.opencrcn.referential.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencrcn.referential.application.CatalogViews.ChallengeSummary;
import org.opencrcn.referential.application.CatalogViews.CompetenceNode;
import org.opencrcn.referential.application.CatalogViews.SkillNode;
import org.opencrcn.referential.application.CatalogViews.TubeNode;
import org.opencrcn.referential.application.CatalogViews.VersionView;
import org.opencrcn.referential.domain.Competence;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.catalog.CatalogSkill;
import org.opencrcn.referential.domain.catalog.CatalogTube;
import org.opencrcn.referential.domain.catalog.ContentVersion;
import org.opencrcn.shared.Roles;

/** The administration's view of the imported content: versions, the tree, challenge previews. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ContentCatalog {
  @PersistenceContext private EntityManager em;

  public List<VersionView> versions() {
    return em.createNamedQuery("ContentVersion.newestFirst", ContentVersion.class)
        .setMaxResults(50)
        .getResultStream()
        .map(v -> new VersionView(v.packId(), v.packVersion(), v.importedAt(), v.counts()))
        .toList();
  }

  /** Competence → tube → skill → challenges, active content first, in code order. */
  public List<CompetenceNode> tree(@NotNull Locale locale) {
    Map<String, List<CatalogTube>> tubesByCompetence =
        em.createQuery("select t from CatalogTube t order by t.name", CatalogTube.class)
            .getResultStream()
            .collect(Collectors.groupingBy(CatalogTube::competenceCode));
    Map<String, List<CatalogSkill>> skillsByTube =
        em.createQuery("select s from CatalogSkill s order by s.level", CatalogSkill.class)
            .getResultStream()
            .collect(Collectors.groupingBy(CatalogSkill::tubeName));
    Map<String, List<CatalogChallenge>> challengesBySkill =
        em.createQuery("select c from CatalogChallenge c order by c.id", CatalogChallenge.class)
            .getResultStream()
            .collect(Collectors.groupingBy(CatalogChallenge::skillName));
    return em.createQuery("select c from Competence c order by c.code", Competence.class)
        .getResultStream()
        .map(
            c ->
                new CompetenceNode(
                    c.code(),
                    c.title().in(locale),
                    tubesByCompetence.getOrDefault(c.code(), List.of()).stream()
                        .map(
                            t ->
                                new TubeNode(
                                    t.name(),
                                    t.title(),
                                    t.active(),
                                    skillsByTube.getOrDefault(t.name(), List.of()).stream()
                                        .map(
                                            s ->
                                                new SkillNode(
                                                    s.name(),
                                                    s.level(),
                                                    s.pix().toString(),
                                                    s.active(),
                                                    challengesBySkill
                                                        .getOrDefault(s.name(), List.of())
                                                        .stream()
                                                        .map(
                                                            ch ->
                                                                new ChallengeSummary(
                                                                    ch.id(),
                                                                    ch.type(),
                                                                    ch.locale(),
                                                                    ch.status().code()))
                                                        .toList()))
                                        .toList()))
                        .toList()))
        .toList();
  }

  public Optional<ChallengePreview> preview(@NotNull String challengeId) {
    return Optional.ofNullable(em.find(CatalogChallenge.class, challengeId))
        .map(ChallengePreview::of);
  }
}
