package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencrcn.assessment.application.CertifiableCompetences;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.domain.Pupil;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.infrastructure.AccentFolding;

/**
 * The active pupils of a school, paged and filtered in the database, for its members only (a
 * teacher of school A never reads school B's pupils, whatever identifier is asked for).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class Pupils {
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;
  @Inject private OrgaAccess orga;
  @Inject private CertifiableCompetences certifiable;

  public long count(long organizationId, @NotNull PupilFilter filter) {
    orga.enter(organizationId);
    return query(organizationId, filter, "count(p)", "", Long.class).getSingleResult();
  }

  /** One page, sorted by family name then first name. */
  public List<PupilSummary> page(
      long organizationId,
      @NotNull PupilFilter filter,
      @Min(0) int first,
      @Min(1) @Max(MAX_PAGE) int size) {
    orga.enter(organizationId);
    List<Pupil> pupils =
        query(organizationId, filter, "p", " order by p.familyName, p.firstName, p.id", Pupil.class)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    Map<Long, Integer> levelled =
        certifiable.countFor(
            pupils.stream()
                .map(Pupil::accountId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return pupils.stream()
        .map(
            p ->
                new PupilSummary(
                    p.id(),
                    p.familyName(),
                    p.usageName(),
                    p.firstName(),
                    Stream.of(p.secondName(), p.thirdName())
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(", ")),
                    p.birthdate(),
                    p.division(),
                    p.accountId() != null,
                    p.accountId() == null ? null : levelled.get(p.accountId())))
        .toList();
  }

  /** The classes of the school's active pupils, for the filter. */
  public List<String> divisions(long organizationId) {
    orga.enter(organizationId);
    return em.createNamedQuery("Pupil.divisions", String.class)
        .setParameter("organization", organizationId)
        .getResultList();
  }

  private <T> TypedQuery<T> query(
      long organizationId, PupilFilter filter, String select, String order, Class<T> type) {
    StringBuilder jpql =
        new StringBuilder(
            "select "
                + select
                + " from Pupil p where p.organizationId = :organization and p.active = true");
    boolean byDivision = filter.division() != null && !filter.division().isBlank();
    boolean byName = filter.name() != null && !filter.name().isBlank();
    if (byDivision) {
      jpql.append(" and p.division = :division");
    }
    if (byName) {
      // Accents and case ignored: a teacher types "lefevre" for LEFÈVRE.
      jpql.append(
          " and ("
              + AccentFolding.jpql("p.familyName")
              + " like :name escape '!' or "
              + AccentFolding.jpql("p.usageName")
              + " like :name escape '!' or "
              + AccentFolding.jpql("p.firstName")
              + " like :name escape '!')");
    }
    TypedQuery<T> query =
        em.createQuery(jpql + order, type).setParameter("organization", organizationId);
    if (byDivision) {
      query.setParameter("division", filter.division());
    }
    if (byName) {
      String escaped =
          AccentFolding.fold(filter.name().strip())
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      query.setParameter("name", "%" + escaped + "%");
    }
    return query;
  }
}
