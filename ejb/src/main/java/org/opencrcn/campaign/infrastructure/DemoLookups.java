package org.opencrcn.campaign.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The ids the demo campaign hangs on, found by the fixed keys of the demo data (db/demo): a school
 * by its UAI, an account by its subject. Plain reads by key for the start-up of a demonstration
 * only; the services never find anything this way.
 */
@Dependent
public class DemoLookups {
  @PersistenceContext private EntityManager em;

  public Optional<Long> organizationByUai(String uai) {
    return first("select id from organization where uai = ?1", uai);
  }

  public Optional<Long> accountBySubject(String subject) {
    return first("select id from account where subject = ?1", subject);
  }

  private Optional<Long> first(String sql, String key) {
    return em.createNativeQuery(sql)
        .setParameter(1, key)
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }
}
