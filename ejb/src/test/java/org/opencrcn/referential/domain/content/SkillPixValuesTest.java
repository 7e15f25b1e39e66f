package org.opencrcn.referential.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SkillPixValuesTest {
  private static Challenge challenge(ChallengeStatus status) {
    return new Challenge(
        "c",
        ChallengeType.QROC,
        "fr",
        status,
        "?",
        null,
        null,
        new Solution.FreeText(List.of("a"), false),
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        true,
        null);
  }

  /** A competence with, at level 3, {@code count} active skills in as many tubes. */
  private static CompetenceContent levelThreeSkills(int count, int obsolete) {
    List<Tube> tubes = new ArrayList<>();
    for (int i = 0; i < count + obsolete; i++) {
      ChallengeStatus status = i < count ? ChallengeStatus.VALIDATED : ChallengeStatus.OBSOLETE;
      tubes.add(
          new Tube(
              "t" + i,
              "T",
              null,
              List.of(new Skill("t" + i, 3, List.of(), List.of(challenge(status))))));
    }
    return new CompetenceContent("1.1", "competences/1.1.yaml", tubes);
  }

  @Test
  @DisplayName("Each skill is worth 8 ÷ the active skills of its level, capped at 4")
  void valuePerSkill() {
    assertThat(SkillPixValues.of(levelThreeSkills(1, 0)).get("@t03")).isEqualTo(Pix.of(4, 1));
    assertThat(SkillPixValues.of(levelThreeSkills(2, 0)).get("@t03")).isEqualTo(Pix.of(4, 1));
    assertThat(SkillPixValues.of(levelThreeSkills(3, 0)).get("@t03")).isEqualTo(Pix.of(8, 3));
    assertThat(SkillPixValues.of(levelThreeSkills(7, 0)).get("@t03")).isEqualTo(Pix.of(8, 7));
  }

  @Test
  @DisplayName("A level's skills add up to exactly 8 pix: no 7.999… that a floor would drop")
  void exactSum() {
    // 10 skills of 0.8 pix summed as doubles give 7.999999999999999, whose floor is 7: every count
    // up to 40 (capped values from 2 down, thirds, sevenths, tenths...) must give 8 exactly.
    for (int count = 2; count <= 40; count++) {
      Map<String, Pix> values = SkillPixValues.of(levelThreeSkills(count, 0));
      Pix total = values.values().stream().reduce(Pix.ZERO, Pix::plus);

      assertThat(values).as("%d skills", count).hasSize(count);
      assertThat(total).as("%d skills", count).isEqualTo(Pix.of(8, 1));
      assertThat(total.floor()).as("%d skills", count).isEqualTo(8);
    }
  }

  @Test
  @DisplayName("Skills without a playable challenge are worth nothing and do not dilute the others")
  void inactiveSkills() {
    Map<String, Pix> values = SkillPixValues.of(levelThreeSkills(3, 2));

    assertThat(values.get("@t03")).isEqualTo(Pix.of(8, 3));
    assertThat(values.get("@t33")).isEqualTo(Pix.ZERO);
  }
}
