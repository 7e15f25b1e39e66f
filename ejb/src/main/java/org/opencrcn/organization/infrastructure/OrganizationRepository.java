package org.opencrcn.organization.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.OrganizationType;
import org.opencrcn.shared.infrastructure.AccentFolding;

/** Organisations: by id, by UAI, and searched a page at a time in the database. */
@Dependent
public class OrganizationRepository {
  /**
   * Accented letters of French names, and the same letters without (TRANSLATE pairs them one to
   * one, so œ and æ stay as they are, on both sides).
   */
  private static final int IN_CHUNK = 500;

  @PersistenceContext private EntityManager em;

  /** What the administration searches by; a blank text or a null type filters nothing. */
  public record Criteria(String text, OrganizationType type, boolean includeArchived) {}

  public Optional<Organization> findById(long id) {
    return Optional.ofNullable(em.find(Organization.class, id));
  }

  public Optional<Organization> findByUai(String uai) {
    return findByUais(List.of(uai)).values().stream().findFirst();
  }

  /** The organisations holding these UAIs, by UAI; queried by chunks to keep IN lists small. */
  public Map<String, Organization> findByUais(Collection<String> uais) {
    List<String> all = new ArrayList<>(uais);
    Map<String, Organization> found = new HashMap<>();
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      em.createNamedQuery("Organization.findByUais", Organization.class)
          .setParameter("uais", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
          .getResultStream()
          .forEach(organization -> found.put(organization.uai(), organization));
    }
    return found;
  }

  public long countActive() {
    return em.createQuery(
            "select count(o) from Organization o where o.archived = false", Long.class)
        .getSingleResult();
  }

  public long countFromDirectory() {
    return em.createNamedQuery("Organization.countFromDirectory", Long.class).getSingleResult();
  }

  /** Inserted at once (identity ids), so its id is known on return. */
  public void add(Organization organization) {
    em.persist(organization);
  }

  /** One page, by name then id, so that pages neither overlap nor skip. */
  public List<Organization> search(Criteria criteria, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Organization> query = cb.createQuery(Organization.class);
    Root<Organization> organization = query.from(Organization.class);
    query.select(organization).where(filters(cb, organization, criteria));
    query.orderBy(cb.asc(organization.get("name")), cb.asc(organization.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  public long count(Criteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Organization> organization = query.from(Organization.class);
    query.select(cb.count(organization)).where(filters(cb, organization, criteria));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] filters(
      CriteriaBuilder cb, Root<Organization> organization, Criteria criteria) {
    List<Predicate> filters = new ArrayList<>();
    if (!criteria.includeArchived()) {
      filters.add(cb.isFalse(organization.get("archived")));
    }
    if (criteria.type() != null) {
      filters.add(cb.equal(organization.get("type"), criteria.type()));
    }
    if (criteria.text() != null && !criteria.text().isBlank()) {
      String pattern =
          "%"
              + searchable(criteria.text().strip())
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      filters.add(
          cb.or(
              cb.like(searchable(cb, organization.get("name")), pattern, '\\'),
              cb.like(searchable(cb, organization.get("uai")), pattern, '\\'),
              cb.like(searchable(cb, organization.get("town")), pattern, '\\')));
    }
    return filters.toArray(Predicate[]::new);
  }

  /** Lower case without accents, in the database (TRANSLATE exists in H2 and PostgreSQL). */
  private static Expression<String> searchable(CriteriaBuilder cb, Expression<String> column) {
    return cb.function(
        "translate",
        String.class,
        cb.lower(column),
        cb.literal(AccentFolding.ACCENTED),
        cb.literal(AccentFolding.PLAIN));
  }

  /** The same, in Java, for what is typed: accents dropped, lower case. */
  static String searchable(String typed) {
    return AccentFolding.fold(typed);
  }
}
