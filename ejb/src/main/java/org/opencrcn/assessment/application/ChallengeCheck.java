package org.opencrcn.assessment.application;

import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.assessment.domain.answer.AnswerValidator;
import org.opencrcn.referential.application.AnswerKey;

/**
 * Whether an answer is right for a challenge: its answer key (solution, fields and tolerances, as
 * the referential's {@code ChallengeCatalog} gives it), then {@link AnswerValidator}. Every kind of
 * test checks answers this way.
 */
public final class ChallengeCheck {
  private ChallengeCheck() {}

  public static boolean isRight(AnswerKey key, Answer answer) {
    return AnswerValidator.isRight(key.solution(), key.tolerances(), key.fieldKeys(), answer);
  }
}
