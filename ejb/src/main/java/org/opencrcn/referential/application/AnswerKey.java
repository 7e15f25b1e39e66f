package org.opencrcn.referential.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

/**
 * What an answer to a challenge is checked against: its solution, the answer treatments it enables
 * and its field keys in display order (QROCM; empty otherwise). Parsed from the stored challenge,
 * so no other context reads the catalogue's JSON.
 */
public record AnswerKey(Solution solution, Set<Tolerance> tolerances, List<String> fieldKeys) {

  public AnswerKey {
    tolerances = Set.copyOf(tolerances);
    fieldKeys = List.copyOf(fieldKeys);
  }

  static AnswerKey of(CatalogChallenge challenge) {
    return new AnswerKey(
        ChallengeJson.readSolution(challenge.solutionJson()),
        tolerances(challenge.tolerances()),
        ChallengeJson.fieldKeys(challenge.fieldsJson()));
  }

  /**
   * The enabled treatments of a stored list ("T1,T2,T3"); unknown codes are ignored, empty means
   * exact match.
   */
  static Set<Tolerance> tolerances(String codes) {
    Set<Tolerance> tolerances = EnumSet.noneOf(Tolerance.class);
    for (String code : codes.split(",")) {
      Tolerance.ofCode(code).ifPresent(tolerances::add);
    }
    return tolerances;
  }
}
