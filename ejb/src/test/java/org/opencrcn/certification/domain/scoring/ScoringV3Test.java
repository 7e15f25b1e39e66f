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
import org.opencrcn.certification.domain.course.FlashEstimate;

class ScoringV3Test {
  private static final List<String> FIVE = List.of("1.1", "1.2", "2.1", "3.1", "4.1");
  private static final int LENGTH = 20;
  private static final int MAX_LEVEL = 7;

  private static List<CompetencePosition> positions() {
    return FIVE.stream().map(c -> new CompetencePosition(c, 3, 27)).toList();
  }

  /**
   * 4 challenges per competence, uncalibrated at skill levels 2 to 5; a candidate of true level
   * {@code level} answers right the skills up to it (and those {@code flipped} lists the other
   * way).
   */
  private static List<FlashChallenge> test(int level, String... flipped) {
    List<FlashChallenge> asked = new ArrayList<>();
    for (String competence : FIVE) {
      for (int skill = 2; skill <= 5; skill++) {
        boolean right = (skill <= level) ^ List.of(flipped).contains(competence + ":" + skill);
        asked.add(flash(competence, right ? CORRECT : WRONG, skill));
      }
    }
    return asked;
  }

  private static FlashChallenge flash(String competence, ScoredChallenge.Answer answer, int skill) {
    FlashEstimate.Item item = FlashEstimate.uncalibrated("c", competence, "t", "s", skill);
    return new FlashChallenge(
        new ScoredChallenge(competence, answer, false), item.discrimination(), item.difficulty());
  }

  private static CompetenceMark mark(CertificationScore score, String competence) {
    return score.marks().stream()
        .filter(m -> m.competenceCode().equals(competence))
        .findFirst()
        .orElseThrow();
  }

  private static CertificationScore score(List<FlashChallenge> asked) {
    return ScoringV3.score(positions(), asked, Optional.empty(), LENGTH, MAX_LEVEL);
  }

  @Test
  @DisplayName(
      "Each competence is certified at the level of its flash estimate (centred on the whole"
          + " test's), mapped by FlashLevels; the total is the sum of its pix")
  void levelsFromTheEstimate() {
    List<FlashChallenge> asked = test(3);
    CertificationScore score = score(asked);

    double theta =
        FlashEstimate.ability(
            asked.stream()
                .map(
                    c ->
                        new FlashEstimate.Response(
                            new FlashEstimate.Item(
                                "", "", "", "", 0, c.discrimination(), c.difficulty()),
                            c.challenge().answer() == CORRECT))
                .toList());
    assertThat(score.status()).isEqualTo(ResultStatus.VALIDATED);
    assertThat(score.correct()).isEqualTo(10);
    assertThat(score.counted()).isEqualTo(20);
    // Every competence answered alike: its estimate is the whole test's.
    assertThat(score.marks())
        .hasSize(5)
        .allMatch(m -> m.level() == FlashLevels.level(theta, MAX_LEVEL))
        .allMatch(m -> m.pix() == FlashLevels.pix(theta, MAX_LEVEL));
    assertThat(score.totalPix()).isEqualTo(5 * FlashLevels.pix(theta, MAX_LEVEL));
    assertThat(FlashLevels.level(theta, MAX_LEVEL)).isBetween(2, 4);
  }

  @Test
  @DisplayName("A stronger candidate is certified higher, and may go above the levels brought in")
  void strongerIsHigher() {
    CertificationScore weaker = score(test(3));
    CertificationScore stronger = score(test(5));

    assertThat(stronger.totalPix()).isGreaterThan(weaker.totalPix());
    assertThat(mark(stronger, "1.1").level()).isGreaterThan(3);
  }

  @Test
  @DisplayName("A competence answered worse than the rest is certified lower than the rest")
  void competenceOfItsOwn() {
    CertificationScore score = score(test(4, "1.1:3", "1.1:4"));

    assertThat(mark(score, "1.1").pix()).isLessThan(mark(score, "1.2").pix());
  }

  @Test
  @DisplayName("All wrong: every competence invalidated, the result rejected")
  void allWrong() {
    CertificationScore score = score(test(0));

    assertThat(score.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(score.marks()).hasSize(5).noneMatch(CompetenceMark::certified);
    assertThat(score.totalPix()).isZero();
  }

  @Test
  @DisplayName(
      "Fewer answers than a whole test: rejected when the candidate left, an error for an"
          + " administrator after a technical problem")
  void tooFewAnswers() {
    List<FlashChallenge> asked = new ArrayList<>(test(5).subList(0, 8));
    asked.add(flash("2.1", UNANSWERED, 3));

    CertificationScore left =
        ScoringV3.score(
            positions(), asked, Optional.of(AbandonmentReason.CANDIDATE), LENGTH, MAX_LEVEL);
    CertificationScore technical =
        ScoringV3.score(
            positions(), asked, Optional.of(AbandonmentReason.TECHNICAL), LENGTH, MAX_LEVEL);

    assertThat(left.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(left.counted()).isEqualTo(9);
    assertThat(technical.status()).isEqualTo(ResultStatus.ERROR);
    assertThat(technical.counted()).isEqualTo(8);
    assertThat(technical.totalPix()).isZero();
  }

  @Test
  @DisplayName(
      "A neutralised challenge counts for nothing: neutralising a wrong answer raises the"
          + " estimate")
  void neutralised() {
    List<FlashChallenge> asked = new ArrayList<>(test(4));
    CertificationScore before = score(asked);
    FlashChallenge first = asked.get(3);
    asked.set(
        3,
        new FlashChallenge(
            first.challenge().withNeutralised(true), first.discrimination(), first.difficulty()));

    CertificationScore after = score(asked);

    assertThat(after.counted()).isEqualTo(19);
    assertThat(mark(after, "1.1").pix()).isGreaterThan(mark(before, "1.1").pix());
  }

  @Test
  @DisplayName(
      "A challenge of a competence not brought in, or every challenge neutralised: an error, no"
          + " guess")
  void error() {
    List<FlashChallenge> foreign = new ArrayList<>(test(4));
    foreign.set(0, flash("5.2", CORRECT, 3));
    List<FlashChallenge> allNeutralised =
        test(4).stream()
            .map(
                c ->
                    new FlashChallenge(
                        c.challenge().withNeutralised(true), c.discrimination(), c.difficulty()))
            .toList();

    assertThat(score(foreign).status()).isEqualTo(ResultStatus.ERROR);
    assertThat(score(allNeutralised).status()).isEqualTo(ResultStatus.ERROR);
  }
}
