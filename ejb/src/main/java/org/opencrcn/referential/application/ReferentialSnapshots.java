package org.opencrcn.referential.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.catalog.CatalogSkill;
import org.opencrcn.referential.domain.catalog.CatalogTube;
import org.opencrcn.referential.domain.catalog.ContentVersion;
import org.opencrcn.referential.domain.content.ReferentialSnapshot;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotChallenge;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotSkill;

/**
 * Holds the current referential snapshot: built at start-up, and again at the first read after an
 * import commits (the database cannot be read while that transaction completes).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReferentialSnapshots {
  @PersistenceContext private EntityManager em;

  // Replaced whole, never modified: readers need no lock.
  private volatile ReferentialSnapshot current = ReferentialSnapshot.EMPTY;

  // Imports committed, and how many of them the current snapshot includes. A reader that finds the
  // snapshot behind waits for the rebuild: while one was under way, concurrent readers used to get
  // the snapshot from before the import (seen by the crash test: "No content for competence" for
  // learners starting a test at the same moment as the first one after the demo import).
  private final AtomicLong imports = new AtomicLong();
  private volatile long importsBuilt;

  @PostConstruct
  synchronized void build() {
    long including = imports.get();
    List<ContentVersion> newest =
        em.createNamedQuery("ContentVersion.newestFirst", ContentVersion.class)
            .setMaxResults(1)
            .getResultList();
    Map<String, String> competenceByTube =
        em.createQuery("select t from CatalogTube t where t.active = true", CatalogTube.class)
            .getResultStream()
            .collect(Collectors.toMap(CatalogTube::name, CatalogTube::competenceCode));
    Map<String, List<SnapshotChallenge>> challengesBySkill =
        em.createQuery(
                "select c from CatalogChallenge c where c.status <> 'périmé' order by c.id",
                CatalogChallenge.class)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    CatalogChallenge::skillName,
                    Collectors.mapping(
                        c -> new SnapshotChallenge(c.id(), c.type(), c.locale(), c.timerSeconds()),
                        Collectors.toList())));
    List<SnapshotSkill> skills =
        em.createQuery(
                "select s from CatalogSkill s where s.active = true order by s.name",
                CatalogSkill.class)
            .getResultStream()
            .filter(s -> competenceByTube.containsKey(s.tubeName()))
            .map(
                s ->
                    new SnapshotSkill(
                        s.name(),
                        s.tubeName(),
                        competenceByTube.get(s.tubeName()),
                        s.level(),
                        s.pix(),
                        challengesBySkill.getOrDefault(s.name(), List.of())))
            .toList();
    current =
        new ReferentialSnapshot(newest.isEmpty() ? null : newest.get(0).packVersion(), skills);
    importsBuilt = including;
  }

  public void onImported(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentImported event) {
    imports.incrementAndGet();
  }

  public ReferentialSnapshot current() {
    if (importsBuilt != imports.get()) {
      rebuildIfBehind();
    }
    return current;
  }

  private synchronized void rebuildIfBehind() {
    if (importsBuilt != imports.get()) {
      build();
    }
  }
}
