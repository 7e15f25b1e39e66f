package org.opencrcn.referential.domain.content;

import java.util.List;

/** A skill (acquis): a tube at a level, e.g. @rechinfo3. Its level is its difficulty. */
public record Skill(String tube, int level, List<Tutorial> tutorials, List<Challenge> challenges) {

  public String name() {
    return "@" + tube + level;
  }

  /** Active when at least one challenge can be played. */
  public boolean active() {
    return challenges.stream()
        .anyMatch(challenge -> challenge.status() != null && challenge.status().playable());
  }
}
