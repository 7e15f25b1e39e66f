package org.opencrcn.referential.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.catalog.CatalogTargetProfile;
import org.opencrcn.referential.domain.catalog.CatalogTube;
import org.opencrcn.referential.domain.content.TargetProfileCategory;

/**
 * What anyone may read of the imported content: the target profiles and their topics ("sujets").
 */
@Stateless
@PermitAll
public class PublicReferential {
  @PersistenceContext private EntityManager em;

  /** A target profile with its topics. */
  public record ProfileView(
      String id,
      String name,
      TargetProfileCategory category,
      String description,
      List<TopicView> topics)
      implements Serializable {}

  /** A topic of a profile: its competence, title and the highest level targeted. */
  public record TopicView(String competenceCode, String title, int maxLevel)
      implements Serializable {}

  public List<ProfileView> targetProfiles() {
    Map<String, CatalogTube> tubes =
        em.createQuery("select t from CatalogTube t", CatalogTube.class)
            .getResultStream()
            .collect(Collectors.toMap(CatalogTube::name, Function.identity()));
    return em.createQuery(
            "select p from CatalogTargetProfile p where p.active = true order by p.name",
            CatalogTargetProfile.class)
        .getResultStream()
        .map(
            p ->
                new ProfileView(
                    p.id(),
                    p.name(),
                    p.category(),
                    p.description(),
                    p.tubes().stream()
                        .filter(t -> tubes.containsKey(t.tubeName()))
                        .map(
                            t ->
                                new TopicView(
                                    tubes.get(t.tubeName()).competenceCode(),
                                    tubes.get(t.tubeName()).title(),
                                    t.maxLevel()))
                        .sorted(
                            Comparator.comparing(TopicView::competenceCode)
                                .thenComparing(TopicView::title))
                        .toList()))
        .toList();
  }
}
