package org.opencrcn.certification.domain.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a v2 certification test (3 challenges per certifiable competence). The reproducibility
 * rate is the right answers over the challenges not neutralised, the whole test together; under 50
 * % nothing is certified; otherwise each competence goes through {@link CertifiedLevelTable}. A
 * pure function of its inputs: neutralising a challenge and scoring again is the recomputation.
 */
public final class ScoringV2 {
  public static final int MINIMUM_PERCENT_TO_BE_CERTIFIED = 50;

  private ScoringV2() {}

  /**
   * @param positions the levels brought in; those under level 1 are not certifiable and ignored
   * @param asked every challenge of the test, answered or not
   * @param abandonment why the test was not finished, empty for a finished test
   */
  public static CertificationScore score(
      List<CompetencePosition> positions,
      List<ScoredChallenge> asked,
      Optional<AbandonmentReason> abandonment) {
    List<ScoredChallenge> settled = asked.stream().map(c -> settle(c, abandonment)).toList();
    int counted = (int) settled.stream().filter(c -> !c.neutralised()).count();
    int correct = (int) settled.stream().filter(ScoringV2::countsRight).count();
    Map<String, CompetencePosition> certifiable = new LinkedHashMap<>();
    positions.stream()
        .filter(p -> p.level() >= 1)
        .forEach(p -> certifiable.put(p.competenceCode(), p));
    if (counted == 0
        || settled.stream().anyMatch(c -> !certifiable.containsKey(c.competenceCode()))) {
      return new CertificationScore(ResultStatus.ERROR, correct, counted, List.of());
    }
    ReproducibilityBand band = ReproducibilityBand.of(correct, counted);
    List<CompetenceMark> marks = new ArrayList<>();
    for (CompetencePosition position : certifiable.values()) {
      Optional<CompetenceOutcome> outcome = outcomeOf(position.competenceCode(), settled, band);
      if (outcome.isEmpty()) {
        return new CertificationScore(ResultStatus.ERROR, correct, counted, List.of());
      }
      marks.add(CompetenceMark.of(position, outcome.get()));
    }
    boolean certified =
        correct * 100L >= (long) MINIMUM_PERCENT_TO_BE_CERTIFIED * counted
            && marks.stream().anyMatch(m -> m.certified() && m.pix() > 0);
    return new CertificationScore(
        certified ? ResultStatus.VALIDATED : ResultStatus.REJECTED, correct, counted, marks);
  }

  /** A competence with no challenge asked is not certified; otherwise the table decides. */
  private static Optional<CompetenceOutcome> outcomeOf(
      String competence, List<ScoredChallenge> settled, ReproducibilityBand band) {
    List<ScoredChallenge> own =
        settled.stream().filter(c -> c.competenceCode().equals(competence)).toList();
    if (own.isEmpty()) {
      return Optional.of(CompetenceOutcome.INVALIDATED);
    }
    int neutralised = (int) own.stream().filter(ScoredChallenge::neutralised).count();
    int right = (int) own.stream().filter(ScoringV2::countsRight).count();
    return CertifiedLevelTable.outcome(own.size(), right, neutralised, band);
  }

  private static boolean countsRight(ScoredChallenge challenge) {
    return !challenge.neutralised() && challenge.answer() == ScoredChallenge.Answer.CORRECT;
  }

  /** An unanswered challenge is neutralised after a technical problem, wrong otherwise. */
  private static ScoredChallenge settle(
      ScoredChallenge challenge, Optional<AbandonmentReason> abandonment) {
    if (challenge.answer() == ScoredChallenge.Answer.UNANSWERED
        && abandonment.orElse(null) == AbandonmentReason.TECHNICAL) {
      return challenge.withNeutralised(true);
    }
    return challenge;
  }
}
