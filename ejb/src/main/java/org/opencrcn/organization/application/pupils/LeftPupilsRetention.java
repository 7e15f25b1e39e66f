package org.opencrcn.organization.application.pupils;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.domain.LeftPupil;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.jobs.ClusterOnce;

/**
 * Anonymises, every night, the pupils who left their school more than {@code
 * opencrcn.retention.left-pupils-months} (3) months ago: a pupil absent from the school's latest
 * SIECLE file (one with a DATE_SORTIE is not imported) is disabled by that import, and its record
 * keeps only what statistics need ({@link LeftPupil}). Run by the timer at the platform's time
 * ({@link PlatformClock}); a platform administrator may run it now (the tests set that clock).
 */
@Singleton
public class LeftPupilsRetention {
  private static final Logger LOG = Logger.getLogger(LeftPupilsRetention.class.getName());

  @Inject private ClusterOnce clusterOnce;
  @PersistenceContext private EntityManager em;
  @Inject private PlatformClock clock;
  @Inject private AuditLog audit;

  @Schedule(hour = "3", minute = "37", persistent = false)
  void nightly() {
    if (!clusterOnce.claim("left-pupils-retention")) {
      return; // another node of the cluster runs it tonight
    }
    LOG.info("Left pupils anonymised: " + anonymiseLeft());
  }

  /** The nightly run, now (at the platform's time): how many pupils were anonymised. */
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  public int runNow() {
    return anonymiseLeft();
  }

  private int anonymiseLeft() {
    Instant now = clock.now();
    Instant leftBefore =
        LeftPupil.anonymisedFrom(now, OrgaSettings.leftPupilsMonths(), ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object[]> left =
        em.createNativeQuery(
                "select id, birthdate from pupil where active = false and anonymised_at is null"
                    + " and disabled_at < ?1")
            .setParameter(1, OffsetDateTime.ofInstant(leftBefore, ZoneOffset.UTC))
            .getResultList();
    for (Object[] pupil : left) {
      long id = ((Number) pupil[0]).longValue();
      anonymise(id, LeftPupil.keptBirthdate(toLocalDate(pupil[1])), now);
    }
    audit.record(AuditAction.PUPILS_ANONYMISED, AuditTarget.of("pupils", left.size()));
    return left.size();
  }

  private void anonymise(long id, LocalDate keptBirthdate, Instant now) {
    em.createNativeQuery(
            "update pupil set ine = ?1, family_name = ?2, usage_name = null, first_name = ?2,"
                + " second_name = null, third_name = null, birthdate = ?3,"
                + " birth_country_code = null, birth_department_code = null,"
                + " birth_town_code = null, birth_town = null, account_id = null,"
                + " anonymised_at = ?4, updated_at = ?4 where id = ?5")
        .setParameter(1, LeftPupil.anonymousIne(id))
        .setParameter(2, LeftPupil.ANONYMOUS_NAME)
        .setParameter(3, keptBirthdate)
        .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter(5, id)
        .executeUpdate();
  }

  private static LocalDate toLocalDate(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
