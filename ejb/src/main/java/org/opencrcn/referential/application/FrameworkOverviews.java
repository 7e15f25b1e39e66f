package org.opencrcn.referential.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencrcn.referential.application.AreaOverview.CompetenceOverview;
import org.opencrcn.referential.domain.Area;

/**
 * The CRCN's areas and competences as the dashboard shows them, read once per language: the frame
 * changes only by a migration, which comes with a restart, and every learner's dashboard shows it.
 * Not a service of its own: {@link ReferentialCatalog#overview} is the way in.
 */
@ApplicationScoped
class FrameworkOverviews {
  @PersistenceContext private EntityManager em;

  private final Map<Locale, List<AreaOverview>> byLocale = new ConcurrentHashMap<>();

  List<AreaOverview> in(Locale locale) {
    return byLocale.computeIfAbsent(locale, this::read);
  }

  private List<AreaOverview> read(Locale locale) {
    return em
        .createQuery(
            "select distinct a from Area a left join fetch a.competences order by a.code",
            Area.class)
        .getResultList()
        .stream()
        .map(
            area ->
                new AreaOverview(
                    area.code(),
                    area.title().in(locale),
                    area.competences().stream()
                        .map(
                            c ->
                                new CompetenceOverview(
                                    c.code(), c.title().in(locale), c.description().in(locale)))
                        .toList()))
        .toList();
  }
}
