package org.opencrcn.assessment.application;

import java.util.EnumSet;
import java.util.Set;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.assessment.domain.answer.AnswerValidator;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.Tolerance;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

/**
 * Whether an answer is right for a stored challenge: its solution, fields and tolerances read from
 * the catalogue, then {@link AnswerValidator}. Every kind of test checks answers this way.
 */
public final class ChallengeCheck {
  private ChallengeCheck() {}

  public static boolean isRight(CatalogChallenge challenge, Answer answer) {
    return AnswerValidator.isRight(
        ChallengeJson.readSolution(challenge.solutionJson()),
        tolerances(challenge),
        ChallengeJson.fieldKeys(challenge.fieldsJson()),
        answer);
  }

  /**
   * The challenge's enabled treatments ("T1,T2,T3"); unknown codes are ignored, empty means exact
   * match.
   */
  static Set<Tolerance> tolerances(CatalogChallenge challenge) {
    Set<Tolerance> tolerances = EnumSet.noneOf(Tolerance.class);
    for (String code : challenge.tolerances().split(",")) {
      Tolerance.ofCode(code).ifPresent(tolerances::add);
    }
    return tolerances;
  }
}
