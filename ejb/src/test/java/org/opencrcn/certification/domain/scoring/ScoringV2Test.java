package org.opencrcn.certification.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrcn.certification.domain.scoring.ScoredChallenge.Answer.CORRECT;
import static org.opencrcn.certification.domain.scoring.ScoredChallenge.Answer.UNANSWERED;
import static org.opencrcn.certification.domain.scoring.ScoredChallenge.Answer.WRONG;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoringV2Test {
  private static final List<String> FIVE = List.of("1.1", "1.2", "2.1", "3.1", "4.1");

  private static List<CompetencePosition> positions(int level) {
    return FIVE.stream().map(c -> new CompetencePosition(c, level, level * 8 + 3)).toList();
  }

  /** Three challenges per competence; {@code wrong} lists "competence:index" answered wrong. */
  private static List<ScoredChallenge> test(String... wrong) {
    List<ScoredChallenge> asked = new ArrayList<>();
    for (String competence : FIVE) {
      for (int i = 0; i < 3; i++) {
        boolean isWrong = List.of(wrong).contains(competence + ":" + i);
        asked.add(new ScoredChallenge(competence, isWrong ? WRONG : CORRECT, false));
      }
    }
    return asked;
  }

  private static CompetenceMark mark(CertificationScore score, String competence) {
    return score.marks().stream()
        .filter(m -> m.competenceCode().equals(competence))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("All right: every competence validated at its level and pix, rate 100 %")
  void allRight() {
    CertificationScore score = ScoringV2.score(positions(3), test(), Optional.empty());

    assertThat(score.status()).isEqualTo(ResultStatus.VALIDATED);
    assertThat(score.reproducibilityPercent()).isEqualTo(100);
    assertThat(score.marks()).allMatch(m -> m.level() == 3 && m.pix() == 27);
    assertThat(score.totalPix()).isEqualTo(5 * 27);
  }

  @Test
  @DisplayName("2 of 3 right at a rate of 80 % or more: validated")
  void twoOfThreeTrusted() {
    // 13 / 15 = 86.7 %
    CertificationScore score =
        ScoringV2.score(positions(3), test("1.1:0", "1.2:0"), Optional.empty());

    assertThat(mark(score, "1.1").outcome()).isEqualTo(CompetenceOutcome.VALIDATED);
    assertThat(mark(score, "1.1").level()).isEqualTo(3);
  }

  @Test
  @DisplayName("2 of 3 right at a rate from 70 to 80 %: downgraded, level − 1 and pix − 8")
  void twoOfThreeMixedIsDowngraded() {
    // 11 / 15 = 73.3 %
    CertificationScore score =
        ScoringV2.score(positions(3), test("1.1:0", "1.2:0", "2.1:0", "3.1:0"), Optional.empty());

    assertThat(score.reproducibilityPercent()).isEqualTo(73);
    CompetenceMark downgraded = mark(score, "1.1");
    assertThat(downgraded.outcome()).isEqualTo(CompetenceOutcome.DOWNGRADED);
    assertThat(downgraded.level()).isEqualTo(2);
    assertThat(downgraded.pix()).isEqualTo(27 - 8);
    assertThat(mark(score, "4.1").outcome()).isEqualTo(CompetenceOutcome.VALIDATED);
    assertThat(score.totalPix()).isEqualTo(5 * 27 - 4 * 8);
  }

  @Test
  @DisplayName("1 of 3 right is invalidated whatever the rate: no level, no pix")
  void oneOfThreeInvalidated() {
    CertificationScore score =
        ScoringV2.score(positions(3), test("1.1:0", "1.1:1"), Optional.empty());

    CompetenceMark mark = mark(score, "1.1");
    assertThat(mark.outcome()).isEqualTo(CompetenceOutcome.INVALIDATED);
    assertThat(mark.level()).isEqualTo(CompetenceMark.NOT_CERTIFIED);
    assertThat(mark.pix()).isZero();
    assertThat(score.status()).isEqualTo(ResultStatus.VALIDATED);
  }

  @Test
  @DisplayName("Under 50 % right: rejected, no pix certified")
  void underHalfRejected() {
    // 7 / 15 = 46.7 %
    CertificationScore score =
        ScoringV2.score(
            positions(3),
            test("1.1:0", "1.1:1", "1.2:0", "1.2:1", "2.1:0", "2.1:1", "3.1:0", "3.1:1"),
            Optional.empty());

    assertThat(score.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(score.totalPix()).isZero();
  }

  @Test
  @DisplayName("Exactly 50 % is certified, exactly 80 % is trusted (compared as fractions)")
  void boundaries() {
    assertThat(ReproducibilityBand.of(4, 5)).isEqualTo(ReproducibilityBand.TRUSTED);
    assertThat(ReproducibilityBand.of(7, 10)).isEqualTo(ReproducibilityBand.MIXED);
    assertThat(ReproducibilityBand.of(799, 1000)).isEqualTo(ReproducibilityBand.MIXED);
    assertThat(ReproducibilityBand.of(699, 1000)).isEqualTo(ReproducibilityBand.WEAK);
    // 1.1 all right, 1.2 all wrong: 3 / 6 = 50 % exactly, certified on 1.1
    List<CompetencePosition> two =
        List.of(new CompetencePosition("1.1", 2, 19), new CompetencePosition("1.2", 2, 16));
    List<ScoredChallenge> half = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      half.add(new ScoredChallenge("1.1", CORRECT, false));
      half.add(new ScoredChallenge("1.2", WRONG, false));
    }
    CertificationScore atHalf = ScoringV2.score(two, half, Optional.empty());
    half.set(0, new ScoredChallenge("1.1", WRONG, false)); // 2 / 6
    CertificationScore underHalf = ScoringV2.score(two, half, Optional.empty());

    assertThat(atHalf.status()).isEqualTo(ResultStatus.VALIDATED);
    assertThat(atHalf.totalPix()).isEqualTo(19);
    assertThat(underHalf.status()).isEqualTo(ResultStatus.REJECTED);
  }

  @Test
  @DisplayName("Neutralising a wrong answer and scoring again turns a downgrade into a validation")
  void neutralisingRecomputes() {
    List<ScoredChallenge> asked =
        new ArrayList<>(test("1.1:0", "1.2:0", "2.1:0", "3.1:0")); // 73 %: 1.1 downgraded
    CertificationScore before = ScoringV2.score(positions(3), asked, Optional.empty());
    asked.set(0, asked.get(0).withNeutralised(true)); // 1.1's wrong answer

    CertificationScore after = ScoringV2.score(positions(3), asked, Optional.empty());

    assertThat(mark(before, "1.1").outcome()).isEqualTo(CompetenceOutcome.DOWNGRADED);
    assertThat(after.counted()).isEqualTo(14);
    assertThat(mark(after, "1.1").outcome()).isEqualTo(CompetenceOutcome.VALIDATED);
  }

  @Test
  @DisplayName(
      "Abandoned: unanswered challenges count wrong for the candidate, neutral after a"
          + " technical problem")
  void abandonment() {
    List<ScoredChallenge> asked = new ArrayList<>(test());
    for (int i = 12; i < 15; i++) {
      asked.set(i, new ScoredChallenge("4.1", UNANSWERED, false));
    }

    CertificationScore candidate =
        ScoringV2.score(positions(3), asked, Optional.of(AbandonmentReason.CANDIDATE));
    CertificationScore technical =
        ScoringV2.score(positions(3), asked, Optional.of(AbandonmentReason.TECHNICAL));

    assertThat(candidate.counted()).isEqualTo(15);
    assertThat(mark(candidate, "4.1").outcome()).isEqualTo(CompetenceOutcome.INVALIDATED);
    assertThat(technical.counted()).isEqualTo(12);
    assertThat(mark(technical, "4.1").outcome()).isEqualTo(CompetenceOutcome.INVALIDATED);
    assertThat(mark(technical, "1.1").outcome()).isEqualTo(CompetenceOutcome.VALIDATED);
  }

  @Test
  @DisplayName("Every challenge neutralised, or a challenge of a competence not brought in: error")
  void errors() {
    List<ScoredChallenge> neutral = test().stream().map(c -> c.withNeutralised(true)).toList();
    List<ScoredChallenge> stranger = new ArrayList<>(test());
    stranger.add(new ScoredChallenge("5.2", CORRECT, false));

    assertThat(ScoringV2.score(positions(3), neutral, Optional.empty()).status())
        .isEqualTo(ResultStatus.ERROR);
    assertThat(ScoringV2.score(positions(3), stranger, Optional.empty()).status())
        .isEqualTo(ResultStatus.ERROR);
  }

  @Test
  @DisplayName("A downgraded level 1 keeps level 0 and never negative pix")
  void downgradeFloor() {
    CompetenceMark mark =
        CompetenceMark.of(new CompetencePosition("1.1", 1, 5), CompetenceOutcome.DOWNGRADED);

    assertThat(mark.level()).isZero();
    assertThat(mark.pix()).isZero();
  }
}
