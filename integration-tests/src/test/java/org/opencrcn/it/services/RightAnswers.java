package org.opencrcn.it.services;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencrcn.assessment.domain.answer.Answer;
import org.opencrcn.referential.domain.catalog.CatalogChallenge;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.infrastructure.pack.ChallengeJson;

/** The right answer to a stored challenge, as a learner who knows it would give it. */
final class RightAnswers {
  private RightAnswers() {}

  static Answer to(CatalogChallenge challenge) {
    List<String> keys = ChallengeJson.fieldKeys(challenge.fieldsJson());
    return switch (ChallengeJson.readSolution(challenge.solutionJson())) {
      case Solution.SingleChoice s -> new Answer.Choice(s.proposal());
      case Solution.MultipleChoice m -> new Answer.Choices(m.proposals());
      case Solution.FreeText f -> new Answer.Text(f.accepted().get(0));
      case Solution.IndependentFields i ->
          new Answer.Fields(
              i.acceptedByField().entrySet().stream()
                  .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0))));
      case Solution.DependentFields d -> {
        Map<String, String> byField = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
          byField.put(keys.get(k), d.groups().get(k).get(0));
        }
        yield new Answer.Fields(byField);
      }
    };
  }
}
