package org.opencrcn.assessment.domain.answer;

import java.util.List;
import java.util.Set;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;

/** Tells whether an answer is right, by the rules of each challenge type (docs/rules.md §2). */
public final class AnswerValidator {

  private AnswerValidator() {}

  /**
   * @param fieldKeys the challenge's field keys in display order (QROCM), empty otherwise
   * @return true when right; an answer of the wrong shape is wrong
   */
  public static boolean isRight(
      Solution solution, Set<Tolerance> tolerances, List<String> fieldKeys, Answer answer) {
    AnswerNormalizer normalizer = new AnswerNormalizer(tolerances);
    return switch (solution) {
      case Solution.SingleChoice single ->
          answer instanceof Answer.Choice choice && choice.proposal() == single.proposal();
      case Solution.MultipleChoice multiple ->
          answer instanceof Answer.Choices choices
              && choices.proposals().equals(multiple.proposals());
      case Solution.FreeText free ->
          answer instanceof Answer.Text text
              && !text.value().isBlank()
              && (free.numeric()
                  ? sameNumber(text.value(), free.accepted(), free.unit())
                  : anyMatches(normalizer, text.value(), free.accepted()));
      case Solution.IndependentFields byField ->
          answer instanceof Answer.Fields fields
              && byField.acceptedByField().entrySet().stream()
                  .allMatch(
                      entry -> {
                        String given = fields.byField().get(entry.getKey());
                        return given != null
                            && !given.isBlank()
                            && anyMatches(normalizer, given, entry.getValue());
                      });
      case Solution.DependentFields groups ->
          answer instanceof Answer.Fields fields
              && matchDistinctGroups(
                  normalizer,
                  Answer.values(fields, fieldKeys),
                  groups.groups(),
                  0,
                  new boolean[groups.groups().size()]);
    };
  }

  private static boolean anyMatches(
      AnswerNormalizer normalizer, String given, List<String> accepted) {
    return accepted.stream().anyMatch(candidate -> normalizer.matches(given, candidate));
  }

  /**
   * Each answer must match a group no other answer matched, in any order (backtracking: few
   * fields).
   */
  private static boolean matchDistinctGroups(
      AnswerNormalizer normalizer,
      List<String> answers,
      List<List<String>> groups,
      int index,
      boolean[] used) {
    if (index == answers.size()) {
      return true;
    }
    String given = answers.get(index);
    if (given.isBlank()) {
      return false;
    }
    for (int g = 0; g < groups.size(); g++) {
      if (!used[g] && anyMatches(normalizer, given, groups.get(g))) {
        used[g] = true;
        if (matchDistinctGroups(normalizer, answers, groups, index + 1, used)) {
          return true;
        }
        used[g] = false;
      }
    }
    return false;
  }

  private static boolean sameNumber(String given, List<String> accepted, String unit) {
    return NumericAnswer.read(given, unit)
        .map(
            number ->
                accepted.stream()
                    .map(a -> NumericAnswer.read(a, null))
                    .anyMatch(a -> a.isPresent() && a.get().compareTo(number) == 0))
        .orElse(false);
  }
}
