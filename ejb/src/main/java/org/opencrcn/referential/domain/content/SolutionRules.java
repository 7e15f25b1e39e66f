package org.opencrcn.referential.domain.content;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Whether a challenge has what its type needs, and a solution that fits it. */
final class SolutionRules {
  private final ContentPackValidator.ErrorSink sink;
  private final String position;

  SolutionRules(ContentPackValidator.ErrorSink sink, String position) {
    this.sink = sink;
    this.position = position;
  }

  void check(Challenge challenge) {
    ChallengeType type = challenge.type();
    if (type.hasProposals()) {
      if (challenge.proposals() == null || challenge.proposals().size() < 2) {
        sink.error(position, "challenge.proposals", type.code());
      }
    } else if (challenge.proposals() != null) {
      sink.error(position, "challenge.notApplicable", "proposals", type.code());
    }
    if (type.hasFields()) {
      checkFields(challenge);
    } else if (challenge.fields() != null) {
      sink.error(position, "challenge.notApplicable", "fields", type.code());
    }
    if (challenge.solution() == null) {
      return;
    }
    String at = position + " › solution";
    switch (challenge.solution()) {
      case Solution.SingleChoice single -> proposal(single.proposal(), challenge, at);
      case Solution.MultipleChoice multiple -> {
        if (multiple.proposals().isEmpty()) {
          sink.error(at, "solution.empty");
        }
        multiple.proposals().forEach(number -> proposal(number, challenge, at));
      }
      case Solution.FreeText free -> {
        answers(free.accepted(), at);
        if (free.numeric()) {
          free.accepted().stream()
              .filter(a -> !isNumber(a))
              .forEach(a -> sink.error(at, "solution.notNumeric", a));
        }
      }
      case Solution.IndependentFields byField -> {
        Set<String> keys = fieldKeys(challenge);
        keys.stream()
            .filter(k -> !byField.acceptedByField().containsKey(k))
            .forEach(k -> sink.error(at, "solution.fieldMissing", k));
        byField
            .acceptedByField()
            .forEach(
                (key, accepted) -> {
                  if (!keys.contains(key)) {
                    sink.error(at, "solution.fieldUnknown", key);
                  }
                  answers(accepted, at);
                });
      }
      case Solution.DependentFields groups -> {
        int fields = fieldKeys(challenge).size();
        if (groups.groups().size() < fields) {
          sink.error(at, "solution.tooFewGroups", groups.groups().size(), fields);
        }
        groups.groups().forEach(group -> answers(group, at));
      }
    }
  }

  private void checkFields(Challenge challenge) {
    if (challenge.fields() == null || challenge.fields().isEmpty()) {
      sink.error(position, "challenge.fields", challenge.type().code());
      return;
    }
    Set<String> seen = new HashSet<>();
    challenge.fields().stream()
        .filter(f -> !seen.add(f.key()))
        .forEach(f -> sink.error(position, "challenge.fieldDuplicate", f.key()));
  }

  private static Set<String> fieldKeys(Challenge challenge) {
    Set<String> keys = new HashSet<>();
    if (challenge.fields() != null) {
      challenge.fields().forEach(field -> keys.add(field.key()));
    }
    return keys;
  }

  private void proposal(int number, Challenge challenge, String at) {
    int count = challenge.proposals() == null ? 0 : challenge.proposals().size();
    if (number < 1 || number > count) {
      sink.error(at, "solution.proposalOutOfRange", number, count);
    }
  }

  private void answers(List<String> accepted, String at) {
    if (accepted.isEmpty()) {
      sink.error(at, "solution.empty");
    }
    if (accepted.stream().anyMatch(answer -> answer == null || answer.isBlank())) {
      sink.error(at, "solution.emptyAnswer");
    }
  }

  /** A number as French learners write it: "1 000,5", "-3", "0.25". */
  static boolean isNumber(String text) {
    String normalised = text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
    try {
      new BigDecimal(normalised);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
