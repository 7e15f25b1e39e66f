package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.opencrcn.identity.application.CallerAccount;
import org.opencrcn.shared.Roles;

/**
 * The school records (SIECLE) linked to the caller's own account, for the download of their own
 * data: never another person's, whatever the caller asks (there is no parameter).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class OwnPupilRecords {
  @PersistenceContext private EntityManager em;
  @Inject private CallerAccount caller;

  /** A school record as its pupil may read it. */
  public record OwnPupilRecord(
      String school,
      String uai,
      String ine,
      String familyName,
      String firstName,
      LocalDate birthdate,
      String division,
      boolean active)
      implements Serializable {}

  public List<OwnPupilRecord> ofCaller() {
    long account = caller.id().orElse(-1L);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select o.name, o.uai, p.ine, p.family_name, p.first_name, p.birthdate,"
                    + " p.division, p.active from pupil p join organization o"
                    + " on o.id = p.organization_id where p.account_id = ?1 order by p.id")
            .setParameter(1, account)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new OwnPupilRecord(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    row[5] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[5],
                    (String) row[6],
                    Boolean.TRUE.equals(row[7])))
        .toList();
  }
}
