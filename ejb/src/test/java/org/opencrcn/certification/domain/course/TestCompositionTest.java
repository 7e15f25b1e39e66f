package org.opencrcn.certification.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.certification.domain.course.TestComposition.ChallengeOption;
import org.opencrcn.certification.domain.course.TestComposition.CompetenceKnowledge;
import org.opencrcn.certification.domain.course.TestComposition.KnownSkill;

class TestCompositionTest {
  private static KnownSkill skill(String name, String tube, int level, String... challengeIds) {
    return new KnownSkill(
        name,
        tube,
        level,
        java.util.Arrays.stream(challengeIds).map(id -> new ChallengeOption(id, "fr")).toList());
  }

  private static final List<KnownSkill> FILE_SKILLS =
      List.of(
          skill("@web1", "web", 1, "c-web1"),
          skill("@web3", "web", 3, "c-web3"),
          skill("@moteur4", "moteur", 4, "c-moteur4a", "c-moteur4b"),
          skill("@url2", "url", 2, "c-url2"),
          skill("@url5", "url", 5, "c-url5"));

  /** Positioned at level 5: every validated skill is at or below the level certified. */
  private static final CompetenceKnowledge FILES = new CompetenceKnowledge("1.1", 5, FILE_SKILLS);

  /** Positioned at level 3 with skills of levels 4 and 5 validated (lucky answers, say). */
  private static final CompetenceKnowledge FILES_LEVEL_3 =
      new CompetenceKnowledge("1.1", 3, FILE_SKILLS);

  @Test
  @DisplayName("3 challenges a competence: the hardest validated skills first, one per tube")
  void hardestFirstOnePerTube() {
    List<PlannedChallenge> planned =
        TestComposition.compose(List.of(FILES), Set.of(), "fr", "fr", 7);

    assertThat(planned)
        .extracting(PlannedChallenge::skillName)
        .containsExactly("@url5", "@moteur4", "@web3");
  }

  @Test
  @DisplayName("skills above the level certified are not asked while the level's own fill the test")
  void nothingAboveTheLevelCertified() {
    List<PlannedChallenge> planned =
        TestComposition.compose(List.of(FILES_LEVEL_3), Set.of(), "fr", "fr", 7);

    assertThat(planned)
        .extracting(PlannedChallenge::skillName)
        .containsExactly("@web3", "@url2", "@web1");
  }

  @Test
  @DisplayName(
      "skills above the level certified complete a test the level's own cannot, easiest first")
  void aboveTheLevelOnlyToComplete() {
    List<PlannedChallenge> planned =
        TestComposition.compose(List.of(FILES_LEVEL_3), Set.of("c-web1"), "fr", "fr", 7);

    assertThat(planned)
        .extracting(PlannedChallenge::skillName)
        .containsExactly("@web3", "@url2", "@moteur4");
  }

  @Test
  @DisplayName("a challenge answered before is never asked; its skill gives way to the next one")
  void neverSeenBefore() {
    List<PlannedChallenge> planned =
        TestComposition.compose(
            List.of(FILES), Set.of("c-url5", "c-moteur4a", "c-moteur4b"), "fr", "fr", 7);

    assertThat(planned)
        .extracting(PlannedChallenge::challengeId)
        .containsExactly("c-web3", "c-url2", "c-web1");
  }

  @Test
  @DisplayName("competences below level 1 are not certifiable and get no question")
  void onlyCertifiableCompetences() {
    CompetenceKnowledge levelZero =
        new CompetenceKnowledge("2.1", 0, List.of(skill("@mail1", "mail", 1, "c-mail1")));

    List<PlannedChallenge> planned =
        TestComposition.compose(List.of(levelZero, FILES), Set.of(), "fr", "fr", 7);

    assertThat(planned).extracting(PlannedChallenge::competenceCode).containsOnly("1.1");
    assertThat(planned).hasSize(TestComposition.PER_COMPETENCE);
  }

  @Test
  @DisplayName("the same seed composes the same test")
  void reproducible() {
    assertThat(TestComposition.compose(List.of(FILES), Set.of(), "fr", "fr", 11))
        .isEqualTo(TestComposition.compose(List.of(FILES), Set.of(), "fr", "fr", 11));
  }
}
