package org.opencrcn.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.campaign.domain.TargetedSkills.Known;
import org.opencrcn.campaign.domain.TargetedSkills.Skill;

class TargetedSkillsTest {
  private final TargetedSkills profile =
      new TargetedSkills(
          List.of(
              new Skill("@mail1", "@mail", "1.1", 1),
              new Skill("@mail2", "@mail", "1.1", 2),
              new Skill("@mail3", "@mail", "1.1", 3),
              new Skill("@file1", "@file", "3.2", 1)));

  @Test
  @DisplayName("Only targeted skills count; an invalidated skill is assessed, not validated")
  void counts() {
    Map<String, Known> knowledge =
        Map.of(
            "@mail1", Known.VALIDATED,
            "@mail2", Known.INVALIDATED,
            "@other5", Known.VALIDATED);
    assertThat(profile.counts(knowledge)).isEqualTo(new TargetedSkills.Counts(4, 2, 1));
  }

  @Test
  @DisplayName("Per tube: targeted, validated and the highest validated level")
  void tubes() {
    Map<String, Known> knowledge =
        Map.of("@mail1", Known.VALIDATED, "@mail2", Known.VALIDATED, "@mail3", Known.INVALIDATED);
    assertThat(profile.tubeResults(knowledge))
        .containsExactly(
            new CampaignParticipation.TubeResult("@file", "3.2", 1, 0, 0),
            new CampaignParticipation.TubeResult("@mail", "1.1", 3, 2, 2));
    assertThat(profile.competenceCodes()).containsExactly("1.1", "3.2");
  }
}
