package org.opencrcn.referential.domain.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pix per skill (docs/rules.md §1): 8 ÷ the number of active skills of the same level in the same
 * competence, capped at 4; inactive skills are worth nothing. Each level of a competence is then
 * worth 8 pix, as long as it has at least two active skills.
 */
public final class SkillPixValues {
  static final Pix PIX_PER_LEVEL = Pix.of(8, 1);
  static final Pix MAX_PER_SKILL = Pix.of(4, 1);

  private SkillPixValues() {}

  /** The value of every skill of the competence, by skill name (@tube3). */
  public static Map<String, Pix> of(CompetenceContent competence) {
    Map<Integer, Integer> activeByLevel = new HashMap<>();
    competence.tubes().stream()
        .flatMap(tube -> tube.skills().stream())
        .filter(Skill::active)
        .forEach(skill -> activeByLevel.merge(skill.level(), 1, Integer::sum));
    Map<String, Pix> values = new LinkedHashMap<>();
    competence.tubes().stream()
        .flatMap(tube -> tube.skills().stream())
        .forEach(
            skill ->
                values.put(
                    skill.name(),
                    skill.active()
                        ? Pix.of(PIX_PER_LEVEL.numerator(), activeByLevel.get(skill.level()))
                            .min(MAX_PER_SKILL)
                        : Pix.ZERO));
    return values;
  }
}
