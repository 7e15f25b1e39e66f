package org.opencrcn.assessment.domain.scoring;

/**
 * What an answer says of one skill: validated or invalidated, directly (the skill asked) or by
 * inference (another skill of the same tube). Only the latest element of a skill counts.
 */
public record KnowledgeElement(String skill, String tube, int level, Status status, Source source) {

  /** Validated or invalidated, or reset (competence reset: the skill counts as never tested). */
  public enum Status {
    VALIDATED,
    INVALIDATED,
    RESET
  }

  /** The skill asked, or one inferred from it. */
  public enum Source {
    DIRECT,
    INFERRED
  }
}
