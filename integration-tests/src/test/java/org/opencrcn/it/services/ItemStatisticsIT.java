package org.opencrcn.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencrcn.assessment.application.ItemStatistics;
import org.opencrcn.assessment.application.ItemStatisticsViews.ItemPage;
import org.opencrcn.assessment.application.ItemStatisticsViews.ItemStats;
import org.opencrcn.assessment.application.ItemStatisticsViews.ProposalPick;
import org.opencrcn.assessment.domain.statistics.ItemRules.LevelCount;
import org.opencrcn.it.services.runas.AsPlatformAdmin;
import org.opencrcn.it.services.runas.AsPupil;
import org.opencrcn.shared.PlatformClock;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditFilter;
import org.opencrcn.shared.audit.AuditPage;
import org.opencrcn.shared.audit.AuditSearch;

/**
 * Item statistics computed in SQL over stored answers. Answers are written for learners of this
 * test only; other tests may answer the same challenge, so the figures checked are what these
 * answers add.
 */
@ExtendWith(ArquillianExtension.class)
class ItemStatisticsIT {
  /** A level-1 English QCU whose right proposal is 2 (Bing). */
  private static final String ITEM = "c11moteur-1-en";

  /** A level-4 challenge: a learner right on it is estimated at level 4. */
  private static final String HARDER = "c11moteur-4-a";

  @Deployment
  static EnterpriseArchive deployment() {
    return InContainer.ear(ItemStatisticsIT.class);
  }

  @Inject private ItemStatistics statistics;
  @Inject private AsPlatformAdmin asAdmin;
  @Inject private AsPupil asPupil;
  @Inject private PlatformClock clock;
  @Inject private AuditSearch auditSearch;
  @Inject private AuditTestData auditData;

  private static final String ADMIN_SUBJECT = "6f0c1c2e-0005-4a5b-9c1d-000000000005";

  @PersistenceContext(unitName = "opencrcn")
  private EntityManager em;

  /** A new learner's completed test with the given answers (challenge → given value, result). */
  private void learnerAnswers(Map<String, String[]> answers) throws Exception {
    asAdmin.call(
        () -> {
          String subject = "item-stats-" + UUID.randomUUID();
          em.createNativeQuery("insert into account (subject, username) values (?1, ?2)")
              .setParameter(1, subject)
              .setParameter(2, subject)
              .executeUpdate();
          long account =
              ((Number)
                      em.createNativeQuery("select id from account where subject = ?1")
                          .setParameter(1, subject)
                          .getSingleResult())
                  .longValue();
          em.createNativeQuery(
                  "insert into assessment (account_id, competence_code, state, seed, created_at,"
                      + " completed_at, locale) values (?1, '1.1', 'COMPLETED', 1,"
                      + " current_timestamp, current_timestamp, 'en')")
              .setParameter(1, account)
              .executeUpdate();
          long assessment =
              ((Number)
                      em.createNativeQuery("select max(id) from assessment where account_id = ?1")
                          .setParameter(1, account)
                          .getSingleResult())
                  .longValue();
          answers.forEach(
              (challenge, valueAndResult) ->
                  em.createNativeQuery(
                          "insert into answer (assessment_id, challenge_id, skill_name, given_value,"
                              + " result, answered_at) select ?1, c.id, c.skill_name, ?2, ?3,"
                              + " current_timestamp from challenge c where c.id = ?4")
                      .setParameter(1, assessment)
                      .setParameter(2, valueAndResult[0])
                      .setParameter(3, valueAndResult[1])
                      .setParameter(4, challenge)
                      .executeUpdate());
          return null;
        });
  }

  private ItemStats itemStats() throws Exception {
    return asAdmin.call(
        () -> {
          // Every page, since other tests' answers decide where the challenge ranks.
          for (int first = 0; ; first += 200) {
            ItemPage page = statistics.page(first, 200);
            var found =
                page.items().stream().filter(item -> item.challengeId().equals(ITEM)).findFirst();
            if (found.isPresent() || !page.hasNext()) {
              return found.orElse(null);
            }
          }
        });
  }

  private static Map<Integer, LevelCount> byLevel(ItemStats stats) {
    return stats == null
        ? Map.of()
        : stats.byLevel().stream().collect(Collectors.toMap(LevelCount::level, c -> c));
  }

  private static long chosen(ItemStats stats, int proposal) {
    return stats == null
        ? 0
        : stats.proposals().stream()
            .filter(p -> p.number() == proposal)
            .mapToLong(ProposalPick::chosen)
            .sum();
  }

  private static long answersAt(Map<Integer, LevelCount> levels, int level) {
    return levels.containsKey(level) ? levels.get(level).answers() : 0;
  }

  private static long rightAt(Map<Integer, LevelCount> levels, int level) {
    return levels.containsKey(level) ? levels.get(level).right() : 0;
  }

  @Test
  @DisplayName(
      "Answers count per estimated level (from the learner's other right answers) and per proposal chosen")
  void perLevelAndPerProposal() throws Exception {
    ItemStats before = itemStats();
    Map<Integer, LevelCount> levelsBefore = byLevel(before);

    // Three learners right at level 4 choose the wrong proposal 1; two learners with nothing else
    // right choose the right proposal 2.
    for (int i = 0; i < 3; i++) {
      learnerAnswers(Map.of(HARDER, new String[] {"1", "ok"}, ITEM, new String[] {"1", "ko"}));
    }
    for (int i = 0; i < 2; i++) {
      learnerAnswers(Map.of(ITEM, new String[] {"2", "ok"}));
    }

    ItemStats after = itemStats();
    Map<Integer, LevelCount> levelsAfter = byLevel(after);
    assertThat(after.skillLevel()).isEqualTo(1);
    assertThat(after.type()).isEqualTo("QCU");
    assertThat(after.answers() - (before == null ? 0 : before.answers())).isEqualTo(5);
    assertThat(answersAt(levelsAfter, 4) - answersAt(levelsBefore, 4)).isEqualTo(3);
    assertThat(rightAt(levelsAfter, 4) - rightAt(levelsBefore, 4)).isZero();
    assertThat(answersAt(levelsAfter, 0) - answersAt(levelsBefore, 0)).isEqualTo(2);
    assertThat(rightAt(levelsAfter, 0) - rightAt(levelsBefore, 0)).isEqualTo(2);
    assertThat(chosen(after, 1) - chosen(before, 1)).isEqualTo(3);
    assertThat(chosen(after, 2) - chosen(before, 2)).isEqualTo(2);
    assertThat(after.proposals()).extracting(ProposalPick::text).contains("Bing");
  }

  @Test
  @DisplayName(
      "Pages hold the asked number of challenges, most answered first; the CSV has them all")
  void pagedAndDownloadable() throws Exception {
    learnerAnswers(Map.of(ITEM, new String[] {"2", "ok"}, HARDER, new String[] {"2", "ko"}));

    ItemPage first = asAdmin.call(() -> statistics.page(0, 1));
    ItemPage second = asAdmin.call(() -> statistics.page(1, 1));
    assertThat(first.items()).hasSize(1);
    assertThat(first.total()).isGreaterThanOrEqualTo(2);
    assertThat(first.hasNext()).isTrue();
    assertThat(second.hasPrevious()).isTrue();
    assertThat(first.items().get(0).answers())
        .isGreaterThanOrEqualTo(second.items().get(0).answers());

    String csv = asAdmin.call(() -> statistics.csv());
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("challenge;skill;level;type;answers;success_rate;flags;level_0_right/answers");
    // A skill's name begins with '@', which a spreadsheet reads as a formula: it is neutralised.
    assertThat(csv)
        .contains(ITEM + ";'@c11moteur1;1;QCU;")
        .contains(HARDER + ";'@c11moteur4;4;QCU;");
    assertThat(csv.lines().count()).isEqualTo(1 + first.total());
  }

  @Test
  @DisplayName(
      "Downloading the CSV is audited like every export: the administrator, the time, how many challenges")
  void csvDownloadAudited() throws Exception {
    learnerAnswers(Map.of(ITEM, new String[] {"2", "ok"}));
    Instant when = Instant.parse("2035-03-04T05:06:07Z");
    long admin = auditData.accountId(ADMIN_SUBJECT);
    String csv;
    try {
      csv =
          asAdmin.call(
              () -> {
                clock.setForTests(Clock.fixed(when, ZoneOffset.UTC));
                return statistics.csv();
              });
    } finally {
      asAdmin.call(
          () -> {
            clock.reset();
            return null;
          });
    }

    AuditPage page =
        asAdmin.call(
            () ->
                auditSearch.search(
                    new AuditFilter(
                        AuditAction.EXPORT,
                        admin,
                        LocalDate.of(2035, 3, 4),
                        LocalDate.of(2035, 3, 4)),
                    0,
                    10));
    assertThat(page.entries())
        .anySatisfy(
            entry -> {
              assertThat(entry.occurredAt()).isEqualTo(when);
              assertThat(entry.targets()).isEqualTo("item-statistics:" + (csv.lines().count() - 1));
            });
  }

  @Test
  @DisplayName("Only platform administrators read item statistics")
  void adminsOnly() {
    assertThatThrownBy(() -> asPupil.call(() -> statistics.page(0, 10)))
        .isInstanceOf(EJBAccessException.class);
    assertThatThrownBy(() -> asPupil.call(() -> statistics.csv()))
        .isInstanceOf(EJBAccessException.class);
  }
}
