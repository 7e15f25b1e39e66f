package org.opencrcn.assessment.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencrcn.assessment.domain.positioning.StoredKnowledgeElement;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.PositioningRules;
import org.opencrcn.referential.application.ReferentialSnapshots;
import org.opencrcn.referential.domain.content.Pix;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotSkill;

/**
 * How many competences each of a set of accounts has at level 1 or more (certification needs 5,
 * docs/rules.md §7), computed like the scorecards: latest knowledge element per skill, exact pix
 * from the referential snapshot. One query for the whole set. Not a service boundary: callers
 * (Orga's pupils list, later certification) have already checked that the caller may see these
 * accounts.
 */
@Dependent
public class CertifiableCompetences {
  public static final int REQUIRED_FOR_CERTIFICATION = 5;
  private static final int QUERY_CHUNK = 500;

  @PersistenceContext private EntityManager em;
  @Inject private ReferentialSnapshots snapshots;
  private final PositioningRules rules = AssessmentSettings.positioningRules();

  /** Competences at level ≥ 1 per account; an account with no knowledge element has 0. */
  public Map<Long, Integer> countFor(Collection<Long> accountIds) {
    Map<Long, Integer> counts = new HashMap<>();
    accountIds.forEach(id -> counts.put(id, 0));
    if (accountIds.isEmpty()) {
      return counts;
    }
    Map<String, Pix> pixBySkill =
        snapshots.current().skills().stream()
            .collect(Collectors.toMap(SnapshotSkill::name, SnapshotSkill::pix, (a, b) -> a));
    List<Long> ids = new ArrayList<>(counts.keySet());
    for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
      List<StoredKnowledgeElement> elements =
          em.createNamedQuery("StoredKnowledgeElement.ofAccounts", StoredKnowledgeElement.class)
              .setParameter("accounts", ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK)))
              .getResultList();
      elements.stream()
          .collect(
              Collectors.groupingBy(
                  StoredKnowledgeElement::accountId,
                  Collectors.groupingBy(
                      StoredKnowledgeElement::competenceCode,
                      Collectors.mapping(StoredKnowledgeElement::toElement, Collectors.toList()))))
          .forEach(
              (account, byCompetence) -> counts.put(account, levelled(byCompetence, pixBySkill)));
    }
    return counts;
  }

  /** A competence's level and pix as the scorecards show them. */
  public record CompetenceLevel(String competenceCode, int level, int pix) {}

  /**
   * The account's level and pix in each competence it has knowledge in, computed as {@link
   * #countFor} does: what a certification test validates, downgrades or invalidates.
   */
  public List<CompetenceLevel> levelsOf(long accountId) {
    Map<String, Pix> pixBySkill =
        snapshots.current().skills().stream()
            .collect(Collectors.toMap(SnapshotSkill::name, SnapshotSkill::pix, (a, b) -> a));
    return em
        .createNamedQuery("StoredKnowledgeElement.ofAccounts", StoredKnowledgeElement.class)
        .setParameter("accounts", List.of(accountId))
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                StoredKnowledgeElement::competenceCode,
                java.util.TreeMap::new,
                Collectors.mapping(StoredKnowledgeElement::toElement, Collectors.toList())))
        .entrySet()
        .stream()
        .map(
            e -> {
              CompetenceScore score =
                  CompetenceScore.of(e.getValue(), pixBySkill, rules.maxReachableLevel());
              return new CompetenceLevel(e.getKey(), score.level(), (int) score.pix());
            })
        .toList();
  }

  private int levelled(
      Map<String, List<KnowledgeElement>> byCompetence, Map<String, Pix> pixBySkill) {
    return (int)
        byCompetence.values().stream()
            .map(elements -> CompetenceScore.of(elements, pixBySkill, rules.maxReachableLevel()))
            .filter(score -> score.level() >= 1)
            .count();
  }
}
