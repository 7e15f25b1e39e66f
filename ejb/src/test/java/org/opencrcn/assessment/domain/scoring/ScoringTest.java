package org.opencrcn.assessment.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement.Source;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement.Status;
import org.opencrcn.referential.domain.content.Pix;

class ScoringTest {
  private static final List<SkillRef> TUBE =
      List.of(skill("web", 1), skill("web", 2), skill("web", 3), skill("web", 4), skill("web", 5));

  private static SkillRef skill(String tube, int level) {
    return new SkillRef("@" + tube + level, tube, level, Pix.of(8, 3));
  }

  @Test
  @DisplayName("A success validates the skill and every easier skill of its tube")
  void successInfersEasierSkills() {
    var elements = KnowledgeInference.fromAnswer(TUBE.get(2), true, TUBE);

    assertThat(elements)
        .containsExactly(
            new KnowledgeElement("@web3", "web", 3, Status.VALIDATED, Source.DIRECT),
            new KnowledgeElement("@web1", "web", 1, Status.VALIDATED, Source.INFERRED),
            new KnowledgeElement("@web2", "web", 2, Status.VALIDATED, Source.INFERRED));
  }

  @Test
  @DisplayName("A failure invalidates the skill and every harder skill of its tube")
  void failureInfersHarderSkills() {
    var elements = KnowledgeInference.fromAnswer(TUBE.get(2), false, TUBE);

    assertThat(elements)
        .extracting(KnowledgeElement::skill)
        .containsExactly("@web3", "@web4", "@web5");
    assertThat(elements).allMatch(e -> e.status() == Status.INVALIDATED);
  }

  @Test
  @DisplayName(
      "Pix stay exact: 3 skills of 8/3 at each of 6 levels give 48 pix and level 6, not 47 and 5")
  void exactPix() {
    List<KnowledgeElement> elements = new ArrayList<>();
    Map<String, Pix> pix = new HashMap<>();
    for (int level = 1; level <= 6; level++) {
      for (String tube : List.of("a", "b", "c")) {
        pix.put("@" + tube + level, Pix.of(8, 3));
        elements.add(
            new KnowledgeElement("@" + tube + level, tube, level, Status.VALIDATED, Source.DIRECT));
      }
    }

    assertThat(CompetenceScore.of(elements, pix, 6)).isEqualTo(new CompetenceScore(48, 6));
  }

  @Test
  @DisplayName("Only the latest element of a skill counts")
  void latestElementCounts() {
    var elements =
        List.of(
            new KnowledgeElement("@web1", "web", 1, Status.VALIDATED, Source.DIRECT),
            new KnowledgeElement("@web1", "web", 1, Status.INVALIDATED, Source.INFERRED),
            new KnowledgeElement("@web2", "web", 2, Status.INVALIDATED, Source.DIRECT),
            new KnowledgeElement("@web2", "web", 2, Status.VALIDATED, Source.DIRECT));

    assertThat(
            CompetenceScore.of(elements, Map.of("@web1", Pix.of(4, 1), "@web2", Pix.of(4, 1)), 6)
                .pix())
        .isEqualTo(4);
  }

  @Test
  @DisplayName("Pix and level are capped at the max reachable level")
  void cap() {
    List<KnowledgeElement> elements = new ArrayList<>();
    Map<String, Pix> pix = new HashMap<>();
    for (int level = 1; level <= 8; level++) {
      pix.put("@x" + level, Pix.of(8, 1));
      elements.add(new KnowledgeElement("@x" + level, "x", level, Status.VALIDATED, Source.DIRECT));
    }

    assertThat(CompetenceScore.of(elements, pix, 6)).isEqualTo(new CompetenceScore(48, 6));
    assertThat(CompetenceScore.of(elements, pix, 7)).isEqualTo(new CompetenceScore(56, 7));
  }
}
