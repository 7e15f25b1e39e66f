package org.opencrcn.assessment.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement.Source;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement.Status;

/**
 * The knowledge elements one answer yields (docs/rules.md §3): a direct one on the skill asked, and
 * inferred ones in its tube: a success validates every easier skill, a failure invalidates every
 * harder one.
 */
public final class KnowledgeInference {
  private KnowledgeInference() {}

  public static List<KnowledgeElement> fromAnswer(
      SkillRef asked, boolean right, List<SkillRef> skillsOfTube) {
    List<KnowledgeElement> elements = new ArrayList<>();
    Status status = right ? Status.VALIDATED : Status.INVALIDATED;
    elements.add(
        new KnowledgeElement(asked.name(), asked.tube(), asked.level(), status, Source.DIRECT));
    for (SkillRef other : skillsOfTube) {
      boolean inferred = right ? other.level() < asked.level() : other.level() > asked.level();
      if (other.tube().equals(asked.tube()) && inferred) {
        elements.add(
            new KnowledgeElement(
                other.name(), other.tube(), other.level(), status, Source.INFERRED));
      }
    }
    return elements;
  }
}
