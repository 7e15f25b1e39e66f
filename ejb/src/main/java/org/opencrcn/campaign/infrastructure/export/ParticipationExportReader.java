package org.opencrcn.campaign.infrastructure.export;

import static org.opencrcn.shared.infrastructure.TimeColumns.instant;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.opencrcn.campaign.domain.export.AssessmentParticipation;
import org.opencrcn.campaign.domain.export.ExportCompetence;
import org.opencrcn.campaign.domain.export.ProfileParticipation;

/**
 * Reads a campaign's participations for its export in one streaming query each (rows fetched in
 * batches, never the whole campaign in memory), in name order: one row per participation and
 * competence of its shared results, folded here into one participation. Must be consumed inside the
 * caller's transaction.
 */
@Dependent
public class ParticipationExportReader {
  private static final int FETCH = 500;

  @PersistenceContext private EntityManager em;

  /** An assessment campaign's participations, with mastered skills per header competence. */
  public Iterator<AssessmentParticipation> assessment(
      long campaignId, List<ExportCompetence> competences) {
    Map<String, Integer> index = indexes(competences);
    Stream<Object[]> rows =
        rows(
            "select p.id, p.last_name, p.first_name, p.division, p.external_id, p.status,"
                + " p.targeted_skills, p.assessed_skills, p.created_at, p.shared_at,"
                + " t.competence_code, t.validated"
                + " from campaign_participation p left join ("
                + "   select r.participation_id, r.competence_code,"
                + "     sum(r.validated_skills) as validated"
                + "   from campaign_participation_tube r"
                + "   join campaign_participation q on q.id = r.participation_id"
                + "   where q.campaign_id = ?1"
                + "   group by r.participation_id, r.competence_code) t"
                + " on t.participation_id = p.id"
                + " where p.campaign_id = ?1"
                + " order by p.last_name, p.first_name, p.id",
            campaignId);
    return new Folding<>(
        rows.iterator(),
        first -> new int[competences.size()],
        (mastered, row) -> {
          Integer i = row[10] == null ? null : index.get((String) row[10]);
          if (i != null) {
            mastered[i] += ((Number) row[11]).intValue();
          }
        },
        (first, mastered) -> {
          boolean shared = "SHARED".equals(first[5]);
          int targeted = ((Number) first[6]).intValue();
          int assessed = ((Number) first[7]).intValue();
          return new AssessmentParticipation(
              (String) first[1],
              (String) first[2],
              (String) first[3],
              (String) first[4],
              targeted == 0 ? 0 : (double) assessed / targeted,
              instant(first[8]),
              shared ? instant(first[9]) : null,
              mastered);
        });
  }

  /** A profiles collection's participations, with level and pix per header competence. */
  public Iterator<ProfileParticipation> profiles(
      long campaignId, List<ExportCompetence> competences) {
    Map<String, Integer> index = indexes(competences);
    Stream<Object[]> rows =
        rows(
            "select p.id, p.last_name, p.first_name, p.division, p.external_id, p.status,"
                + " p.shared_at, c.competence_code, c.pix_level, c.pix"
                + " from campaign_participation p"
                + " left join campaign_participation_competence c on c.participation_id = p.id"
                + " where p.campaign_id = ?1"
                + " order by p.last_name, p.first_name, p.id",
            campaignId);
    int size = competences.size();
    return new Folding<>(
        rows.iterator(),
        first -> new int[2 * size],
        (values, row) -> {
          Integer i = row[7] == null ? null : index.get((String) row[7]);
          if (i != null) {
            values[i] = ((Number) row[8]).intValue();
            values[size + i] = ((Number) row[9]).intValue();
          }
        },
        (first, values) -> {
          boolean shared = "SHARED".equals(first[5]);
          return new ProfileParticipation(
              (String) first[1],
              (String) first[2],
              (String) first[3],
              (String) first[4],
              shared ? instant(first[6]) : null,
              java.util.Arrays.copyOfRange(values, 0, size),
              java.util.Arrays.copyOfRange(values, size, 2 * size));
        });
  }

  @SuppressWarnings("unchecked")
  private Stream<Object[]> rows(String sql, long campaignId) {
    return em.createNativeQuery(sql)
        .setParameter(1, campaignId)
        .setHint("org.hibernate.fetchSize", FETCH)
        .setHint("org.hibernate.readOnly", true)
        .getResultStream();
  }

  private static Map<String, Integer> indexes(List<ExportCompetence> competences) {
    return IntStream.range(0, competences.size())
        .boxed()
        .collect(Collectors.toMap(i -> competences.get(i).code(), Function.identity()));
  }

  /** Folds the consecutive rows of one participation (same first column) into one value. */
  private static final class Folding<A, P> implements Iterator<P> {
    private final Iterator<Object[]> rows;
    private final Function<Object[], A> start;
    private final java.util.function.BiConsumer<A, Object[]> add;
    private final java.util.function.BiFunction<Object[], A, P> finish;
    private Object[] pending;

    Folding(
        Iterator<Object[]> rows,
        Function<Object[], A> start,
        java.util.function.BiConsumer<A, Object[]> add,
        java.util.function.BiFunction<Object[], A, P> finish) {
      this.rows = rows;
      this.start = start;
      this.add = add;
      this.finish = finish;
      this.pending = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public boolean hasNext() {
      return pending != null;
    }

    @Override
    public P next() {
      if (pending == null) {
        throw new NoSuchElementException();
      }
      Object[] first = pending;
      A accumulator = start.apply(first);
      add.accept(accumulator, first);
      pending = null;
      while (rows.hasNext()) {
        Object[] row = rows.next();
        if (!row[0].equals(first[0])) {
          pending = row;
          break;
        }
        add.accept(accumulator, row);
      }
      return finish.apply(first, accumulator);
    }
  }
}
