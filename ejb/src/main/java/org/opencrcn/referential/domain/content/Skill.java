package org.opencrcn.referential.domain.content;

import java.util.List;
import java.util.Map;

/** A skill (acquis): a tube at a level, e.g. @rechinfo3. Its level is its difficulty. */
public record Skill(
    String tube,
    int level,
    List<Tutorial> tutorials,
    List<Challenge> challenges,
    Map<String, String> lintSilenced) {

  /**
   * @param lintSilenced the linter rules this skill silences, each with the author's reason
   */
  public Skill {
    lintSilenced = lintSilenced == null ? Map.of() : Map.copyOf(lintSilenced);
  }

  public Skill(String tube, int level, List<Tutorial> tutorials, List<Challenge> challenges) {
    this(tube, level, tutorials, challenges, Map.of());
  }

  public String name() {
    return "@" + tube + level;
  }

  /** Active when at least one challenge can be played. */
  public boolean active() {
    return challenges.stream()
        .anyMatch(challenge -> challenge.status() != null && challenge.status().playable());
  }
}
