package org.opencrcn.certification.domain.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrcn.certification.domain.course.FlashEstimate;

/**
 * Scores a v3 (flash) certification test (docs/certification.md, "Scoring (v3)"). The ability θ is
 * the flash estimate over every counted answer; each certifiable competence gets its own estimate
 * from its answers, the prior centred on θ (a competence asked little stays near the whole test's
 * ability), mapped to a level and pix by {@link FlashLevels}. The reproducibility rate is kept for
 * the record but decides nothing: the flash test asks challenges the candidate has about an even
 * chance on. A pure function of its inputs, as {@link ScoringV2}: neutralising scores again.
 */
public final class ScoringV3 {
  private ScoringV3() {}

  /**
   * @param positions the levels brought in: the competences under level 1 are not certifiable
   * @param asked every challenge of the test in order, answered or not
   * @param abandonment why the test ended early, empty for a finished test
   * @param testLength how many questions a whole v3 test asks
   * @param maxLevel the highest level a competence can be certified at
   */
  public static CertificationScore score(
      List<CompetencePosition> positions,
      List<FlashChallenge> asked,
      Optional<AbandonmentReason> abandonment,
      int testLength,
      int maxLevel) {
    List<FlashChallenge> settled = asked.stream().map(c -> settle(c, abandonment)).toList();
    List<FlashChallenge> counted =
        settled.stream().filter(c -> !c.challenge().neutralised()).toList();
    int correct = (int) counted.stream().filter(ScoringV3::right).count();
    Map<String, CompetencePosition> certifiable = new LinkedHashMap<>();
    positions.stream()
        .filter(p -> p.level() >= 1)
        .forEach(p -> certifiable.put(p.competenceCode(), p));
    if (counted.isEmpty()
        || settled.stream().anyMatch(c -> !certifiable.containsKey(c.competenceCode()))) {
      return new CertificationScore(ResultStatus.ERROR, correct, counted.size(), List.of());
    }
    long answered =
        settled.stream()
            .filter(c -> c.challenge().answer() != ScoredChallenge.Answer.UNANSWERED)
            .count();
    if (answered < testLength) {
      // Too few answers to trust the estimate: the candidate's own doing is a rejection, a
      // technical problem is for an administrator to judge.
      return new CertificationScore(
          abandonment.orElse(null) == AbandonmentReason.TECHNICAL
              ? ResultStatus.ERROR
              : ResultStatus.REJECTED,
          correct,
          counted.size(),
          List.of());
    }
    double ability = FlashEstimate.ability(responses(counted));
    List<CompetenceMark> marks = new ArrayList<>();
    for (CompetencePosition position : certifiable.values()) {
      List<FlashChallenge> own =
          counted.stream()
              .filter(c -> c.competenceCode().equals(position.competenceCode()))
              .toList();
      double competenceAbility = FlashEstimate.ability(responses(own), ability);
      marks.add(mark(position.competenceCode(), competenceAbility, maxLevel));
    }
    boolean certified = marks.stream().anyMatch(m -> m.certified() && m.pix() > 0);
    return new CertificationScore(
        certified ? ResultStatus.VALIDATED : ResultStatus.REJECTED, correct, counted.size(), marks);
  }

  private static CompetenceMark mark(String competence, double ability, int maxLevel) {
    int level = FlashLevels.level(ability, maxLevel);
    return level >= 1
        ? new CompetenceMark(
            competence, CompetenceOutcome.VALIDATED, level, FlashLevels.pix(ability, maxLevel))
        : new CompetenceMark(
            competence, CompetenceOutcome.INVALIDATED, CompetenceMark.NOT_CERTIFIED, 0);
  }

  private static List<FlashEstimate.Response> responses(List<FlashChallenge> challenges) {
    return challenges.stream()
        .map(
            c ->
                new FlashEstimate.Response(
                    new FlashEstimate.Item(
                        "", c.competenceCode(), "", "", 0, c.discrimination(), c.difficulty()),
                    right(c)))
        .toList();
  }

  private static boolean right(FlashChallenge c) {
    return c.challenge().answer() == ScoredChallenge.Answer.CORRECT;
  }

  /** An unanswered challenge is neutralised after a technical problem, wrong otherwise. */
  private static FlashChallenge settle(FlashChallenge c, Optional<AbandonmentReason> abandonment) {
    if (c.challenge().answer() == ScoredChallenge.Answer.UNANSWERED
        && abandonment.orElse(null) == AbandonmentReason.TECHNICAL) {
      return new FlashChallenge(
          c.challenge().withNeutralised(true), c.discrimination(), c.difficulty());
    }
    return c;
  }
}
