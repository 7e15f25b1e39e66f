package org.opencrcn.assessment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencrcn.assessment.application.ItemStatisticsViews.ItemPage;
import org.opencrcn.assessment.application.ItemStatisticsViews.ItemStats;
import org.opencrcn.assessment.application.ItemStatisticsViews.ProposalPick;
import org.opencrcn.assessment.domain.statistics.ItemRules;
import org.opencrcn.assessment.domain.statistics.ItemRules.LevelCount;
import org.opencrcn.referential.application.ChallengeCatalog;
import org.opencrcn.referential.application.ChallengeFacts;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * Item statistics for content authors, computed in SQL over the answers given in positioning tests:
 * per challenge the number of answers, the success rate per estimated level (see {@link
 * ItemRules}), flags, and how often each proposal is chosen. Paged by challenge, most answered
 * first; the whole table as CSV.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ItemStatistics {
  static final int MAX_PAGE_SIZE = 200;

  /**
   * The estimated level of the learner for each answer: the highest level of the other questions
   * answered right in the same test.
   */
  private static final String ANSWERS_WITH_LEVEL =
      """
      select a.challenge_id as challenge_id, a.result as result,
             coalesce((select max(s.level) from answer b join skill s on s.name = b.skill_name
                       where b.assessment_id = a.assessment_id and b.id <> a.id
                         and b.result = 'ok'), 0) as estimated_level
      from answer a where a.challenge_id in (:ids)
      """;

  @PersistenceContext private EntityManager em;
  @Inject private ChallengeCatalog catalog;
  @Inject private AuditLog audit;

  /** Challenges that were answered, most answered first, {@code size} from {@code first}. */
  public ItemPage page(int first, int size) {
    int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    long total =
        ((Number)
                em.createNativeQuery("select count(distinct challenge_id) from answer")
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select challenge_id, count(*) from answer group by challenge_id"
                    + " order by count(*) desc, challenge_id")
            .setFirstResult(Math.max(0, first))
            .setMaxResults(pageSize)
            .getResultList();
    List<String> ids = rows.stream().map(row -> (String) row[0]).toList();
    return new ItemPage(stats(ids), total, Math.max(0, first), pageSize);
  }

  /**
   * Every answered challenge's statistics as CSV (UTF-8 text, ";" separated, for spreadsheets).
   * Audited like every export: who downloaded it, when, and how many challenges it held.
   */
  public String csv() {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(
                "select challenge_id from answer group by challenge_id"
                    + " order by count(*) desc, challenge_id")
            .getResultList();
    StringWriter out = new StringWriter();
    List<String> header =
        new ArrayList<>(
            List.of("challenge", "skill", "level", "type", "answers", "success_rate", "flags"));
    for (int level = 0; level <= 8; level++) {
      header.add("level_" + level + "_right/answers");
    }
    header.add("proposals_chosen");
    try (CSVPrinter csv =
        CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setHeader(header.toArray(String[]::new))
            .get()
            .print(out)) {
      // Pages of ids keep the IN lists short.
      for (int from = 0; from < ids.size(); from += MAX_PAGE_SIZE) {
        for (ItemStats item :
            stats(ids.subList(from, Math.min(ids.size(), from + MAX_PAGE_SIZE)))) {
          List<Object> row = new ArrayList<>();
          row.add(cell(item.challengeId()));
          row.add(cell(item.skillName()));
          row.add(item.skillLevel());
          row.add(item.type());
          row.add(item.answers());
          row.add(Math.round(item.successRate() * 100) + "%");
          row.add(item.flags().stream().map(Enum::name).collect(Collectors.joining(" ")));
          Map<Integer, LevelCount> byLevel = new HashMap<>();
          item.byLevel().forEach(c -> byLevel.put(c.level(), c));
          for (int level = 0; level <= 8; level++) {
            LevelCount count = byLevel.get(level);
            row.add(count == null ? "" : count.right() + "/" + count.answers());
          }
          row.add(
              item.proposals().stream()
                  .map(p -> p.number() + ":" + p.chosen())
                  .collect(Collectors.joining(" ")));
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(AuditAction.EXPORT, AuditTarget.of("item-statistics", ids.size()));
    return out.toString();
  }

  /** A text cell a spreadsheet must not take for a formula. */
  static String cell(String text) {
    if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private List<ItemStats> stats(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, ChallengeFacts> challenges = catalog.facts(ids);

    Map<String, List<LevelCount>> byLevel = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> levels =
        em.createNativeQuery(
                "select x.challenge_id, x.estimated_level, count(*),"
                    + " sum(case when x.result = 'ok' then 1 else 0 end) from ("
                    + ANSWERS_WITH_LEVEL
                    + ") x group by x.challenge_id, x.estimated_level"
                    + " order by x.challenge_id, x.estimated_level")
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] row : levels) {
      byLevel
          .computeIfAbsent((String) row[0], id -> new ArrayList<>())
          .add(
              new LevelCount(
                  ((Number) row[1]).intValue(),
                  ((Number) row[2]).longValue(),
                  ((Number) row[3]).longValue()));
    }

    Map<String, Map<Integer, Long>> chosen = new HashMap<>();
    List<String> choiceIds =
        ids.stream()
            .filter(id -> challenges.containsKey(id) && challenges.get(id).choice())
            .toList();
    @SuppressWarnings("unchecked")
    List<Object[]> values =
        choiceIds.isEmpty()
            ? List.of()
            : em.createNativeQuery(
                    "select a.challenge_id, a.given_value, count(*) from answer a"
                        + " where a.challenge_id in (:ids)"
                        + " and a.given_value is not null group by a.challenge_id, a.given_value")
                .setParameter("ids", choiceIds)
                .getResultList();
    for (Object[] row : values) {
      // A QCU answer is a proposal number, a QCM answer the numbers chosen, comma-separated.
      for (String number : ((String) row[1]).split(",")) {
        try {
          chosen
              .computeIfAbsent((String) row[0], id -> new TreeMap<>())
              .merge(Integer.valueOf(number.strip()), ((Number) row[2]).longValue(), Long::sum);
        } catch (NumberFormatException notANumber) {
          // Not a proposal number: nothing to count.
        }
      }
    }

    List<ItemStats> items = new ArrayList<>();
    for (String id : ids) {
      ChallengeFacts challenge = challenges.get(id);
      int level = challenge == null ? 0 : challenge.skillLevel();
      List<LevelCount> counts = byLevel.getOrDefault(id, List.of());
      List<ProposalPick> picks = new ArrayList<>();
      if (challenge != null) {
        List<String> proposals = challenge.proposals();
        Map<Integer, Long> times = chosen.getOrDefault(id, Map.of());
        for (int n = 1; n <= proposals.size(); n++) {
          picks.add(new ProposalPick(n, proposals.get(n - 1), times.getOrDefault(n, 0L)));
        }
      }
      items.add(
          new ItemStats(
              id,
              challenge == null ? "" : challenge.skillName(),
              level,
              challenge == null ? "" : challenge.type(),
              counts,
              ItemRules.flags(level, counts),
              picks));
    }
    return items;
  }
}
