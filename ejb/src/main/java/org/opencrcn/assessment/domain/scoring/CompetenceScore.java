package org.opencrcn.assessment.domain.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrcn.referential.domain.content.Pix;

/**
 * Pix and level of a competence (docs/rules.md §3), computed exactly: pix = floor(Σ pix of
 * validated skills), capped at the max reachable level × 8; level = floor(pix ÷ 8), capped at that
 * level.
 */
public record CompetenceScore(long pix, int level) {
  /** The seed's cap (levels 7 and 8 are not playable yet); a setting. */
  public static final int DEFAULT_MAX_REACHABLE_LEVEL = 6;

  static final int PIX_PER_LEVEL = 8;

  /**
   * @param elements the competence's knowledge elements, oldest first (only the latest per skill
   *     counts)
   * @param pixBySkill exact pix value of each skill
   */
  public static CompetenceScore of(
      List<KnowledgeElement> elements, Map<String, Pix> pixBySkill, int maxReachableLevel) {
    Map<String, KnowledgeElement> latest = new LinkedHashMap<>();
    elements.forEach(element -> latest.put(element.skill(), element));
    Pix total =
        latest.values().stream()
            .filter(element -> element.status() == KnowledgeElement.Status.VALIDATED)
            .map(element -> pixBySkill.getOrDefault(element.skill(), Pix.ZERO))
            .reduce(Pix.ZERO, Pix::plus);
    long pix = Math.min(total.floor(), (long) maxReachableLevel * PIX_PER_LEVEL);
    int level = (int) Math.min(pix / PIX_PER_LEVEL, maxReachableLevel);
    return new CompetenceScore(pix, level);
  }
}
