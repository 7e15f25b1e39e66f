package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.identity.application.AttachmentRetention;
import org.opencrcn.it.services.runas.AsDirector;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditEntry;
import org.opencrcn.shared.audit.AuditFilter;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditPage;
import org.opencrcn.shared.audit.AuditRetention;
import org.opencrcn.shared.audit.AuditSearch;
import org.opencrcn.shared.audit.AuditTarget;
import org.opencrcn.shared.audit.CallerRole;

/**
 * The audit log: who, what, when, from where; searched by platform administrators only, filtered
 * and paged in the database; append-only (on PostgreSQL the database itself refuses changes).
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {
  private static final String ADMIN_SUBJECT = "6f0c1c2e-0005-4a5b-9c1d-000000000005";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(AuditLogIT.class);
  }

  @Inject private AuditLog audit;
  @Inject private AuditSearch search;
  @Inject private PlatformClock clock;
  @Inject private AttachmentRetention attachments;
  @Inject private AuditRetention retention;
  @Inject private AuditTestData data;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsDirector asDirector;

  @AfterEach
  void systemClock() throws Exception {
    asAdmin.call(
        () -> {
          clock.reset();
          return null;
        });
  }

  @Test
  @DisplayName(
      "An event says who (account id, role), what (action and ids), when (the platform's clock) and from which address")
  void whoWhatWhenWhere() throws Exception {
    LocalDate day = dayWithoutEvents(LocalDate.of(2031, 2, 3));
    Instant when = day.atTime(10, 15, 30).toInstant(ZoneOffset.UTC);
    long admin = data.accountId(ADMIN_SUBJECT);
    asAdmin.call(
        () -> {
          clock.setForTests(Clock.fixed(when, ZoneOffset.UTC));
          audit.record(
              AuditAction.EXPORT, AuditTarget.organization(77), AuditTarget.of("campaign", 9));
          return null;
        });

    AuditPage page =
        asAdmin.call(
            () -> search.search(new AuditFilter(AuditAction.EXPORT, admin, day, day), 0, 10));

    assertThat(page.total()).isEqualTo(1);
    AuditEntry entry = page.entries().getFirst();
    assertThat(entry.occurredAt()).isEqualTo(when);
    assertThat(entry.accountId()).isEqualTo(admin);
    assertThat(entry.callerRole()).isEqualTo(CallerRole.PLATFORM_ADMIN);
    assertThat(entry.targets()).isEqualTo("organization:77 campaign:9");
    assertThat(entry.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
  }

  @Test
  @DisplayName("A retention run is audited as a purge with how many rows went")
  void purgesAreAudited() throws Exception {
    Instant when = Instant.parse("2032-05-06T01:00:00Z");
    asAdmin.call(
        () -> {
          clock.setForTests(Clock.fixed(when, ZoneOffset.UTC));
          return attachments.runAt(Instant.now());
        });

    AuditPage page =
        asAdmin.call(
            () ->
                search.search(
                    new AuditFilter(
                        AuditAction.PURGE,
                        null,
                        LocalDate.of(2032, 5, 6),
                        LocalDate.of(2032, 5, 6)),
                    0,
                    10));

    assertThat(page.entries())
        .anySatisfy(entry -> assertThat(entry.targets()).startsWith("attachment-requests:"));
  }

  @Test
  @DisplayName(
      "Filters and paging are done by the database: newest first, pages of the size asked, the total counted")
  void pagedNewestFirst() throws Exception {
    long admin = data.accountId(ADMIN_SUBJECT);
    LocalDate date = dayWithoutEvents(LocalDate.of(2033, 7, 8));
    LocalDate nextDate = dayWithoutEvents(date.plusDays(1));
    Instant day = date.atTime(9, 0).toInstant(ZoneOffset.UTC);
    for (int i = 0; i < 5; i++) {
      Instant at = day.plusSeconds(i);
      int target = i;
      asAdmin.call(
          () -> {
            clock.setForTests(Clock.fixed(at, ZoneOffset.UTC));
            audit.record(AuditAction.ROLE_CHANGE, AuditTarget.account(1000 + target));
            return null;
          });
    }
    AuditFilter filter = new AuditFilter(AuditAction.ROLE_CHANGE, admin, date, date);

    AuditPage first = asAdmin.call(() -> search.search(filter, 0, 2));
    AuditPage last = asAdmin.call(() -> search.search(filter, 4, 2));

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.entries())
        .extracting(AuditEntry::targets)
        .containsExactly("account:1004", "account:1003");
    assertThat(last.entries()).extracting(AuditEntry::targets).containsExactly("account:1000");
    AuditPage otherDay =
        asAdmin.call(
            () ->
                search.search(
                    new AuditFilter(AuditAction.ROLE_CHANGE, admin, nextDate, nextDate), 0, 10));
    assertThat(otherDay.total()).isZero();
  }

  @Test
  @DisplayName("Only platform administrators read the log or set the platform's clock")
  void onlyPlatformAdministrators() {
    assertThatThrownBy(() -> asDirector.call(() -> search.search(AuditFilter.any(), 0, 10)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(
            () ->
                asDirector.call(
                    () -> {
                      clock.setForTests(Clock.systemUTC());
                      return null;
                    }))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  @DisplayName(
      "Append-only: on PostgreSQL the database refuses to update or delete an event (H2 has no such trigger)")
  void appendOnly() throws Exception {
    Instant when = Instant.parse("2034-01-02T03:04:05Z");
    asAdmin.call(
        () -> {
          clock.setForTests(Clock.fixed(when, ZoneOffset.UTC));
          audit.record(AuditAction.ACCOUNT_ANONYMISED, AuditTarget.account(4242));
          return null;
        });
    AuditEntry entry =
        asAdmin
            .call(
                () ->
                    search.search(
                        new AuditFilter(
                            AuditAction.ACCOUNT_ANONYMISED,
                            null,
                            LocalDate.of(2034, 1, 2),
                            LocalDate.of(2034, 1, 2)),
                        0,
                        10))
            .entries()
            .getFirst();
    if (!data.onPostgreSql()) {
      return;
    }

    assertThatThrownBy(() -> data.tamper(entry.id())).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> data.erase(entry.id())).hasStackTraceContaining("append-only");
  }

  /**
   * The first day from {@code from} on which the log holds no event at all: the tests that count
   * events record theirs on such a day, so that a second run against the same (persisted) database
   * does not find the first run's events.
   */
  private LocalDate dayWithoutEvents(LocalDate from) throws Exception {
    LocalDate day = from;
    while (onDay(null, day).total() > 0) {
      day = day.plusDays(1);
    }
    return day;
  }

  private AuditPage onDay(AuditAction action, LocalDate day) throws Exception {
    return asAdmin.call(() -> search.search(new AuditFilter(action, null, day, day), 0, 50));
  }

  @Test
  @DisplayName(
      "After 12 months an event loses its account and address (what, when and ids stay); the run is audited; on PostgreSQL nothing else can change")
  void peopleForgottenAfterTheRetentionPeriod() throws Exception {
    long admin = data.accountId(ADMIN_SUBJECT);
    Instant old = Instant.parse("2020-01-10T08:00:00Z");
    Instant recent = Instant.parse("2020-06-10T08:00:00Z");
    Instant run = Instant.parse("2021-03-01T02:00:00Z");
    for (Object[] event : new Object[][] {{old, 919191L}, {recent, 919192L}}) {
      asAdmin.call(
          () -> {
            clock.setForTests(Clock.fixed((Instant) event[0], ZoneOffset.UTC));
            audit.record(AuditAction.ROLE_CHANGE, AuditTarget.account((Long) event[1]));
            return null;
          });
    }

    int forgotten =
        asAdmin.call(
            () -> {
              clock.setForTests(Clock.fixed(run, ZoneOffset.UTC));
              return retention.runNow();
            });

    assertThat(forgotten).isPositive();
    AuditPage oldDay = onDay(AuditAction.ROLE_CHANGE, LocalDate.of(2020, 1, 10));
    assertThat(oldDay.entries())
        .filteredOn(entry -> entry.targets().equals("account:919191"))
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              assertThat(entry.accountId()).isNull();
              assertThat(entry.clientAddress()).isNull();
              assertThat(entry.occurredAt()).isEqualTo(old);
              assertThat(entry.callerRole()).isEqualTo(CallerRole.PLATFORM_ADMIN);
            });
    AuditPage recentDay = onDay(AuditAction.ROLE_CHANGE, LocalDate.of(2020, 6, 10));
    assertThat(recentDay.entries())
        .filteredOn(entry -> entry.targets().equals("account:919192"))
        .isNotEmpty()
        .allSatisfy(
            entry -> {
              assertThat(entry.accountId()).isEqualTo(admin);
              assertThat(entry.clientAddress()).isNotNull();
            });
    assertThat(onDay(AuditAction.PURGE, LocalDate.of(2021, 3, 1)).entries())
        .anySatisfy(entry -> assertThat(entry.targets()).startsWith("audit-people:"));
    assertThatThrownBy(() -> asDirector.call(() -> retention.runNow()))
        .isInstanceOf(EJBAccessException.class);
    if (!data.onPostgreSql()) {
      return;
    }
    long oldId = oldDay.entries().getFirst().id();
    long recentId =
        recentDay.entries().stream()
            .filter(entry -> entry.targets().equals("account:919192"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThatThrownBy(() -> data.tamperAsRetention(oldId)).hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> data.forgetPersonDirectly(recentId))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> data.erase(oldId)).hasStackTraceContaining("append-only");
  }
}
