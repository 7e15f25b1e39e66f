package org.opencrcn.assessment.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.opencrcn.assessment.domain.positioning.StoredKnowledgeElement;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.PositioningRules;
import org.opencrcn.referential.application.ReferentialSnapshots;
import org.opencrcn.referential.domain.content.Pix;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotSkill;

/**
 * What a certification test is composed from: a learner's level on each competence, the skills they
 * have validated there (latest knowledge element per skill, as the scorecards count them) and every
 * challenge they have answered in positioning (a certification never asks one again). Not a service
 * boundary: the certification service has checked the caller is that learner.
 */
@Dependent
public class CertificationProfile {
  @PersistenceContext private EntityManager em;
  @Inject private ReferentialSnapshots snapshots;
  private final PositioningRules rules = AssessmentSettings.positioningRules();

  /** A competence's level and its validated skills. */
  public record CompetenceProfile(
      String competenceCode, int level, long pix, List<String> skills) {}

  /** Every competence the learner has knowledge on, by code. */
  public Map<String, CompetenceProfile> of(long accountId) {
    Map<String, Pix> pixBySkill =
        snapshots.current().skills().stream()
            .collect(Collectors.toMap(SnapshotSkill::name, SnapshotSkill::pix, (a, b) -> a));
    Map<String, List<KnowledgeElement>> byCompetence =
        em.createNamedQuery("StoredKnowledgeElement.ofAccount", StoredKnowledgeElement.class)
            .setParameter("account", accountId)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    StoredKnowledgeElement::competenceCode,
                    TreeMap::new,
                    Collectors.mapping(StoredKnowledgeElement::toElement, Collectors.toList())));
    Map<String, CompetenceProfile> profiles = new TreeMap<>();
    byCompetence.forEach(
        (competence, elements) -> {
          CompetenceScore score =
              CompetenceScore.of(elements, pixBySkill, rules.maxReachableLevel());
          Map<String, KnowledgeElement> latest = new LinkedHashMap<>();
          elements.forEach(element -> latest.put(element.skill(), element));
          List<String> validated =
              latest.values().stream()
                  .filter(e -> e.status() == KnowledgeElement.Status.VALIDATED)
                  .map(KnowledgeElement::skill)
                  .toList();
          profiles.put(
              competence, new CompetenceProfile(competence, score.level(), score.pix(), validated));
        });
    return profiles;
  }

  /** The ids of every challenge the learner answered in a positioning or campaign test. */
  public Set<String> answeredChallenges(long accountId) {
    return new HashSet<>(
        em.createQuery(
                "select r.challengeId from RecordedAnswer r, Assessment a"
                    + " where r.assessmentId = a.id and a.accountId = :account",
                String.class)
            .setParameter("account", accountId)
            .getResultList());
  }
}
