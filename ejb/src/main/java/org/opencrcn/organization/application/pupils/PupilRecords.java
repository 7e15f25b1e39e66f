package org.opencrcn.organization.application.pupils;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.opencrcn.organization.domain.Pupil;

/**
 * A school's active pupils read by the certification context, for the centre tied to that school.
 * It takes an organisation id and checks nobody: only certification's services use it, after they
 * checked the caller is a member of the centre (InternalServicesTest keeps screens away from it).
 */
@Dependent
public class PupilRecords {
  @PersistenceContext private EntityManager em;

  /** The classes of the school's active pupils. */
  public List<String> divisions(long organizationId) {
    return em.createNamedQuery("Pupil.divisions", String.class)
        .setParameter("organization", organizationId)
        .getResultList();
  }

  /** The active pupils of one class, by name. */
  public List<PupilRecord> ofDivision(long organizationId, String division) {
    return em
        .createQuery(
            "select p from Pupil p where p.organizationId = :organization and p.active = true"
                + " and p.division = :division order by p.familyName, p.firstName, p.id",
            Pupil.class)
        .setParameter("organization", organizationId)
        .setParameter("division", division)
        .getResultList()
        .stream()
        .map(PupilRecords::record)
        .toList();
  }

  /** Those of these ids that are active pupils of the school (others are left out). */
  public List<PupilRecord> byIds(long organizationId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "select p from Pupil p where p.organizationId = :organization and p.active = true"
                + " and p.id in :ids",
            Pupil.class)
        .setParameter("organization", organizationId)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(PupilRecords::record)
        .toList();
  }

  private static PupilRecord record(Pupil p) {
    return new PupilRecord(
        p.id(), p.familyName(), p.firstName(), p.sex(), p.birthdate(), p.division(), p.accountId());
  }
}
