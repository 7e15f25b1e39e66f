package org.opencrcn.assessment.domain.positioning;

import java.util.List;
import java.util.Set;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotSkill;

/**
 * What a test limited to a target profile may ask: only the skills the profile targets in the
 * competence. What the learner already knows on them still counts, as in any test.
 */
public final class ProfileLimits {
  private ProfileLimits() {}

  /**
   * @param targeted the skills the profile targets, or null for a test on the whole competence
   */
  public static List<SnapshotSkill> skillsAsked(List<SnapshotSkill> skills, Set<String> targeted) {
    if (targeted == null) {
      return skills;
    }
    return skills.stream().filter(skill -> targeted.contains(skill.name())).toList();
  }
}
