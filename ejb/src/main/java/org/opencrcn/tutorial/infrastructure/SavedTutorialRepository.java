package org.opencrcn.tutorial.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencrcn.tutorial.domain.SavedTutorial;

/** Saved tutorials by id, by learner, and by learner and address. */
@Dependent
public class SavedTutorialRepository {
  @PersistenceContext private EntityManager em;

  public Optional<SavedTutorial> find(long id) {
    return Optional.ofNullable(em.find(SavedTutorial.class, id));
  }

  /** The learner's saved tutorials, the most recently saved first. */
  public List<SavedTutorial> findByAccount(long accountId) {
    return em.createNamedQuery("SavedTutorial.findByAccount", SavedTutorial.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  public Optional<SavedTutorial> findByAccountAndUrl(long accountId, String url) {
    return em.createNamedQuery("SavedTutorial.findByAccountAndUrl", SavedTutorial.class)
        .setParameter("account", accountId)
        .setParameter("url", url)
        .getResultStream()
        .findFirst();
  }

  public SavedTutorial add(SavedTutorial saved) {
    em.persist(saved);
    return saved;
  }

  public void remove(SavedTutorial saved) {
    em.remove(saved);
  }
}
