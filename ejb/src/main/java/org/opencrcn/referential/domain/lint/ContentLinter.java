package org.opencrcn.referential.domain.lint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencrcn.referential.domain.content.Challenge;
import org.opencrcn.referential.domain.content.ChallengeType;
import org.opencrcn.referential.domain.content.CompetenceContent;
import org.opencrcn.referential.domain.content.ContentPack;
import org.opencrcn.referential.domain.content.Skill;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;

/**
 * Flags items a test-wise learner could pass without the skill (docs/content-pack.md, "The content
 * linter"). The key rules read proposals in the pack's order: the order of {@code shuffle: false}
 * challenges, of the authors' preview and of any printed copy, so a bank stays sound without
 * relying on the shuffle. Warnings never block; each is fixed or silenced with a reason.
 */
public final class ContentLinter {

  /** The limits the rules apply, with the defaults documented for authors. */
  public record Thresholds(
      int minQcus,
      double maxKeyShare,
      double maxLongestKeyShare,
      int shortAnswerLength,
      double sameInstruction,
      double sameQuestion,
      int minInstructionWords) {
    public static Thresholds defaults() {
      return new Thresholds(6, 0.4, 0.5, 6, 0.6, 0.5, 4);
    }
  }

  private static final Pattern SAYS_A_NUMBER =
      Pattern.compile("\\b(nombre|chiffres?|numero|number|digits?)\\b");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "les", "des", "une", "est", "que", "qui", "dans", "pour", "par", "sur", "quel", "quelle",
          "quels", "quelles", "vous", "votre", "vos", "son", "ses", "leur", "avec", "sans", "plus",
          "pas", "elle", "ils", "cette", "ces", "sont", "faut", "peut", "entre", "aux", "the",
          "and", "what", "which", "you", "your", "for", "with", "this", "that", "how", "are");

  private final Thresholds limits;

  public ContentLinter() {
    this(Thresholds.defaults());
  }

  public ContentLinter(Thresholds limits) {
    this.limits = limits;
  }

  public LintReport lint(ContentPack pack) {
    Run run = new Run();
    for (CompetenceContent competence : pack.competences()) {
      run.competence(competence);
    }
    run.nearDuplicates();
    return new LintReport(run.warnings, run.silenced, run.guessableSkills);
  }

  /** A playable challenge (declination) and where it is written. */
  private record Located(
      CompetenceContent competence,
      String position,
      Challenge challenge,
      Map<String, String> silences,
      Set<String> instructionWords,
      Set<String> questionWords) {}

  private final class Run {
    private final List<LintWarning> warnings = new ArrayList<>();
    private final List<Located> all = new ArrayList<>();
    private int silenced;
    private int guessableSkills;

    private boolean warn(
        Map<String, String> silences,
        String file,
        String position,
        LintRule rule,
        String key,
        Object... args) {
      if (silences.containsKey(rule.id())) {
        silenced++;
        return false;
      }
      warnings.add(new LintWarning(file, position, rule, key, args));
      return true;
    }

    void competence(CompetenceContent competence) {
      Map<String, List<Challenge>> qcusByLocale = new TreeMap<>();
      for (int t = 0; t < competence.tubes().size(); t++) {
        var tube = competence.tubes().get(t);
        for (int s = 0; s < tube.skills().size(); s++) {
          Skill skill = tube.skills().get(s);
          String skillPosition = "tubes[" + (t + 1) + "] › skills[" + (s + 1) + "]";
          Map<String, List<Challenge>> byLocale = new TreeMap<>();
          for (int c = 0; c < skill.challenges().size(); c++) {
            Challenge written = skill.challenges().get(c);
            if (written.status() == null
                || !written.status().playable()
                || written.type() == null) {
              continue;
            }
            String position = skillPosition + " › challenges[" + (c + 1) + "]";
            for (Challenge challenge : written.declinations()) {
              if (challenge.solution() == null) {
                continue;
              }
              byLocale.computeIfAbsent(challenge.locale(), l -> new ArrayList<>()).add(challenge);
              if (challenge.type() == ChallengeType.QCU && challenge.proposals() != null) {
                qcusByLocale
                    .computeIfAbsent(challenge.locale(), l -> new ArrayList<>())
                    .add(challenge);
              }
              challenge(competence, position, challenge);
            }
          }
          byLocale.forEach(
              (locale, challenges) -> constantAnswer(competence, skillPosition, skill, challenges));
        }
      }
      qcusByLocale.forEach((locale, qcus) -> keys(competence, locale, qcus));
    }

    private void challenge(CompetenceContent competence, String position, Challenge challenge) {
      all.add(
          new Located(
              competence,
              position,
              challenge,
              challenge.lintSilenced(),
              words(challenge.instruction()),
              words(questionText(challenge))));
      shortAnswers(competence, position, challenge);
      if (challenge.solution() instanceof Solution.FreeText free
          && free.numeric()
          && free.unit() == null) {
        String instruction = folded(challenge.instruction());
        // A formula's or a program's output is a bare number by nature.
        if (!SAYS_A_NUMBER.matcher(instruction).find() && !instruction.contains("`")) {
          warn(
              challenge.lintSilenced(),
              competence.file(),
              position,
              LintRule.NUMERIC_UNSTATED,
              "lint.numericUnstated",
              challenge.id());
        }
      }
    }

    private void shortAnswers(CompetenceContent competence, String position, Challenge challenge) {
      if (challenge.tolerances() == null || !challenge.tolerances().contains(Tolerance.T3)) {
        return;
      }
      List<String> accepted =
          switch (challenge.solution()) {
            case Solution.FreeText free when !free.numeric() -> free.accepted();
            case Solution.IndependentFields fields ->
                fields.acceptedByField().values().stream().flatMap(List::stream).toList();
            case Solution.DependentFields groups ->
                groups.groups().stream().flatMap(List::stream).toList();
            default -> List.of();
          };
      List<String> risky =
          accepted.stream()
              .filter(
                  answer -> {
                    String compact = compact(answer);
                    return !compact.isEmpty()
                        && (compact.length() <= limits.shortAnswerLength()
                            || compact.chars().anyMatch(Character::isDigit));
                  })
              .distinct()
              .limit(5)
              .toList();
      if (!risky.isEmpty()) {
        warn(
            challenge.lintSilenced(),
            competence.file(),
            position,
            LintRule.SHORT_ANSWER_TYPOS,
            "lint.shortAnswerTypos",
            challenge.id(),
            risky.stream().map(a -> "« " + a + " »").collect(Collectors.joining(", ")));
      }
    }

    private void constantAnswer(
        CompetenceContent competence, String position, Skill skill, List<Challenge> challenges) {
      if (challenges.size() < 2) {
        return;
      }
      Set<Object> keys = new HashSet<>();
      for (Challenge challenge : challenges) {
        switch (challenge.solution()) {
          case Solution.SingleChoice single -> keys.add(Set.of(single.proposal()));
          case Solution.MultipleChoice multiple -> keys.add(Set.copyOf(multiple.proposals()));
          default -> {
            return;
          }
        }
      }
      if (keys.size() == 1) {
        guessableSkills++;
        if (!warn(
            skill.lintSilenced(),
            competence.file(),
            position,
            LintRule.CONSTANT_ANSWER,
            "lint.constantAnswer",
            skill.name(),
            challenges.size(),
            keys.iterator().next().toString().replaceAll("[\\[\\]]", ""))) {
          guessableSkills--;
        }
      }
    }

    private void keys(CompetenceContent competence, String locale, List<Challenge> qcus) {
      if (qcus.size() < limits.minQcus()) {
        return;
      }
      Map<Integer, Integer> byPosition = new TreeMap<>();
      int longestIsKey = 0;
      for (Challenge qcu : qcus) {
        int key = ((Solution.SingleChoice) qcu.solution()).proposal();
        byPosition.merge(key, 1, Integer::sum);
        if (keyIsLongest(qcu.proposals(), key)) {
          longestIsKey++;
        }
      }
      int most = byPosition.values().stream().max(Integer::compare).orElse(0);
      int position =
          byPosition.entrySet().stream()
              .filter(e -> e.getValue() == most)
              .findFirst()
              .get()
              .getKey();
      if (most > limits.maxKeyShare() * qcus.size()) {
        warn(
            competence.lintSilenced(),
            competence.file(),
            "",
            LintRule.KEY_BALANCE,
            "lint.keyBalance",
            most,
            qcus.size(),
            position,
            percent(most, qcus.size()),
            percent(limits.maxKeyShare()),
            byPosition.toString().replaceAll("[{}]", "").replace("=", " : "),
            locale);
      }
      if (longestIsKey > limits.maxLongestKeyShare() * qcus.size()) {
        warn(
            competence.lintSilenced(),
            competence.file(),
            "",
            LintRule.LONGEST_KEY,
            "lint.longestKey",
            longestIsKey,
            qcus.size(),
            percent(longestIsKey, qcus.size()),
            percent(limits.maxLongestKeyShare()),
            locale);
      }
    }

    /**
     * Pairs of challenges of different competences, same language, that ask nearly the same: the
     * same instruction, or the same instruction, proposals and answers taken together.
     */
    void nearDuplicates() {
      for (int i = 0; i < all.size(); i++) {
        Located a = all.get(i);
        for (int j = i + 1; j < all.size(); j++) {
          Located b = all.get(j);
          if (a.competence() == b.competence()
              || !a.challenge().locale().equals(b.challenge().locale())) {
            continue;
          }
          double instruction =
              Math.min(a.instructionWords().size(), b.instructionWords().size())
                      < limits.minInstructionWords()
                  ? 0
                  : jaccard(a.instructionWords(), b.instructionWords());
          double question = jaccard(a.questionWords(), b.questionWords());
          if (instruction >= limits.sameInstruction() || question >= limits.sameQuestion()) {
            Map<String, String> silences = new LinkedHashMap<>(b.silences());
            silences.putAll(a.silences());
            warn(
                silences,
                b.competence().file(),
                b.position(),
                LintRule.NEAR_DUPLICATE,
                "lint.nearDuplicate",
                b.challenge().id(),
                a.challenge().id(),
                a.competence().competenceCode(),
                percent(Math.max(instruction, question)));
          }
        }
      }
    }
  }

  /** Whether the right proposal is strictly longer than every other one. */
  static boolean keyIsLongest(List<String> proposals, int key) {
    if (key < 1 || key > proposals.size()) {
      return false;
    }
    int keyLength = proposals.get(key - 1).strip().length();
    for (int i = 0; i < proposals.size(); i++) {
      if (i != key - 1 && proposals.get(i).strip().length() >= keyLength) {
        return false;
      }
    }
    return true;
  }

  /** The content words of a text: folded, at least 3 letters, common words left out. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : folded(text).split("[^a-z0-9]+")) {
      if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** The instruction with its proposals, field labels and accepted answers. */
  private static String questionText(Challenge challenge) {
    StringBuilder text = new StringBuilder(challenge.instruction());
    if (challenge.proposals() != null) {
      challenge.proposals().forEach(p -> text.append(' ').append(p));
    }
    if (challenge.fields() != null) {
      challenge.fields().forEach(f -> text.append(' ').append(f.label()));
    }
    switch (challenge.solution()) {
      case Solution.FreeText free -> free.accepted().forEach(a -> text.append(' ').append(a));
      case Solution.IndependentFields fields ->
          fields.acceptedByField().values().forEach(a -> text.append(' ').append(a));
      case Solution.DependentFields groups ->
          groups.groups().forEach(a -> text.append(' ').append(a));
      default -> {}
    }
    return text.toString();
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    long common = a.stream().filter(b::contains).count();
    return (double) common / (a.size() + b.size() - common);
  }

  private static String folded(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }

  /** An accepted answer as the t1 and t2 treatments leave it: letters and digits only. */
  private static String compact(String answer) {
    return folded(answer).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String percent(int part, int whole) {
    return Math.round(100.0 * part / whole) + " %";
  }

  private static String percent(double share) {
    return Math.round(100 * share) + " %";
  }
}
