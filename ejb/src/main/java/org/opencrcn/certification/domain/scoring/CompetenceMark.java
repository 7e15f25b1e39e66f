package org.opencrcn.certification.domain.scoring;

/**
 * The certified result of one competence. {@code level} is {@link #NOT_CERTIFIED} and {@code pix} 0
 * when the competence is invalidated.
 */
public record CompetenceMark(String competenceCode, CompetenceOutcome outcome, int level, int pix) {
  public static final int NOT_CERTIFIED = -1;
  public static final int PIX_PER_LEVEL = 8;

  /** The mark of {@code position} under {@code outcome}. */
  public static CompetenceMark of(CompetencePosition position, CompetenceOutcome outcome) {
    return switch (outcome) {
      case VALIDATED ->
          new CompetenceMark(position.competenceCode(), outcome, position.level(), position.pix());
      case DOWNGRADED ->
          new CompetenceMark(
              position.competenceCode(),
              outcome,
              position.level() - 1,
              Math.max(0, position.pix() - PIX_PER_LEVEL));
      case INVALIDATED -> new CompetenceMark(position.competenceCode(), outcome, NOT_CERTIFIED, 0);
    };
  }

  public boolean certified() {
    return outcome != CompetenceOutcome.INVALIDATED;
  }
}
