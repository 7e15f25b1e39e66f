package org.opencrcn.shared.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrcn.shared.Roles;

/**
 * The audit log for platform administrators: filtered and paged in the database (it grows for
 * ever), newest first.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AuditSearch {
  /** The largest page asked for at once. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;

  /**
   * @param first index of the first event of the page (0 for the newest)
   * @param size at most {@link #MAX_PAGE}
   */
  public AuditPage search(AuditFilter filter, int first, int size) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(filter, parameters);
    TypedQuery<AuditEvent> page =
        em.createQuery(
                "select e from AuditEvent e" + where + " order by e.id desc", AuditEvent.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.clamp(size, 1, MAX_PAGE));
    TypedQuery<Long> count =
        em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          page.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<AuditEntry> entries = page.getResultList().stream().map(AuditEvent::entry).toList();
    return new AuditPage(entries, count.getSingleResult());
  }

  private static String where(AuditFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (filter.action() != null) {
      conditions.add("e.action = :action");
      parameters.put("action", filter.action());
    }
    if (filter.accountId() != null) {
      conditions.add("e.accountId = :accountId");
      parameters.put("accountId", filter.accountId());
    }
    if (filter.from() != null) {
      conditions.add("e.occurredAt >= :from");
      parameters.put("from", startOf(filter.from()));
    }
    if (filter.to() != null) {
      conditions.add("e.occurredAt < :to");
      parameters.put("to", startOf(filter.to().plusDays(1)));
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static Instant startOf(java.time.LocalDate day) {
    return day.atStartOfDay(AuditFilter.ZONE).toInstant();
  }
}
