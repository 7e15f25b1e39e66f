package org.opencrcn.assessment.domain.positioning;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.PositioningRules;
import org.opencrcn.assessment.domain.scoring.Scorecard;
import org.opencrcn.referential.domain.content.Pix;

/**
 * A learner's state on a competence: their latest test (null when they never started one), their
 * knowledge elements on it, oldest first, and the pix of its skills. Its status follows the latest
 * test, unless a reset came after it.
 */
public record CompetenceState(
    String competence,
    Assessment latest,
    List<StoredKnowledgeElement> elements,
    Map<String, Pix> pix) {

  public CompetenceState {
    elements = List.copyOf(elements);
    pix = Map.copyOf(pix);
  }

  public Scorecard scorecard(PositioningRules rules, Instant now) {
    CompetenceScore score =
        CompetenceScore.of(
            elements.stream().map(StoredKnowledgeElement::toElement).toList(),
            pix,
            rules.maxReachableLevel());
    Instant lastAnswer = elements.isEmpty() ? null : elements.get(elements.size() - 1).createdAt();
    return Scorecard.of(competence, status(), score, lastAnswer, now, rules);
  }

  /**
   * Not started without a test or when every test is older than the last reset; else started or
   * completed as the latest test is.
   */
  public Scorecard.Status status() {
    Instant lastReset =
        elements.stream()
            .filter(e -> e.toElement().status() == KnowledgeElement.Status.RESET)
            .map(StoredKnowledgeElement::createdAt)
            .max(Instant::compareTo)
            .orElse(null);
    if (latest == null || (lastReset != null && !latest.createdAt().isAfter(lastReset))) {
      return Scorecard.Status.NOT_STARTED;
    }
    return latest.state() == Assessment.State.STARTED
        ? Scorecard.Status.STARTED
        : Scorecard.Status.COMPLETED;
  }

  /** The latest element of each skill: the one that counts. */
  public Map<String, KnowledgeElement> latestPerSkill() {
    Map<String, KnowledgeElement> latestBySkill = new HashMap<>();
    elements.forEach(stored -> latestBySkill.put(stored.toElement().skill(), stored.toElement()));
    return latestBySkill;
  }
}
