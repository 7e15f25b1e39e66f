package org.opencrcn.certification.domain.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The v2 certification test (docs/certification.md, "The test"): for each certifiable competence
 * (level 1 or more), {@value #PER_COMPETENCE} challenges on the skills the candidate validated at
 * or below the level certified there, the hardest first, one per tube while another tube is left,
 * then (only to fill the test) on those above it, the easiest first; never a challenge the
 * candidate answered before (in positioning or an earlier certification). A challenge in the
 * candidate's language is preferred, else one in the content's. Ties between challenges of a skill
 * are broken by the course's seed, so a course is composed the same way again from the same inputs.
 */
public final class TestComposition {
  public static final int PER_COMPETENCE = 3;

  private TestComposition() {}

  /** A validated skill of the candidate, with the challenges that test it. */
  public record KnownSkill(String name, String tube, int level, List<ChallengeOption> challenges) {}

  /** A playable challenge of a skill. */
  public record ChallengeOption(String id, String locale) {}

  /** A competence the candidate has a level on, with the skills they validated there. */
  public record CompetenceKnowledge(String code, int level, List<KnownSkill> skills) {
    public boolean certifiable() {
      return level >= 1;
    }
  }

  public static List<PlannedChallenge> compose(
      List<CompetenceKnowledge> competences,
      Set<String> seen,
      String locale,
      String contentLocale,
      long seed) {
    Random random = new Random(seed);
    List<PlannedChallenge> planned = new ArrayList<>();
    competences.stream()
        .filter(CompetenceKnowledge::certifiable)
        .sorted(Comparator.comparing(CompetenceKnowledge::code))
        .forEach(c -> planned.addAll(ofCompetence(c, seen, locale, contentLocale, random)));
    return planned;
  }

  private static List<PlannedChallenge> ofCompetence(
      CompetenceKnowledge competence,
      Set<String> seen,
      String locale,
      String contentLocale,
      Random random) {
    // A skill above the level being certified tests a level the candidate is not certified at:
    // failing it must not take that level away. Such skills (validated in positioning, often by
    // a single lucky answer) are asked only when the level's own skills cannot fill the test,
    // the easiest first.
    List<KnownSkill> atOrBelowLevel =
        competence.skills().stream()
            .filter(skill -> skill.level() <= competence.level())
            .sorted(
                Comparator.comparingInt(KnownSkill::level)
                    .reversed()
                    .thenComparing(KnownSkill::name))
            .toList();
    List<KnownSkill> aboveLevel =
        competence.skills().stream()
            .filter(skill -> skill.level() > competence.level())
            .sorted(Comparator.comparingInt(KnownSkill::level).thenComparing(KnownSkill::name))
            .toList();
    List<PlannedChallenge> chosen = new ArrayList<>();
    Set<String> tubes = new HashSet<>();
    for (List<KnownSkill> skills : List.of(atOrBelowLevel, aboveLevel)) {
      // First pass: one skill per tube; second pass: the tubes already used, if 3 are still
      // missing.
      for (boolean newTubesOnly : new boolean[] {true, false}) {
        for (KnownSkill skill : skills) {
          if (chosen.size() == PER_COMPETENCE) {
            return chosen;
          }
          boolean skillTaken = chosen.stream().anyMatch(p -> p.skillName().equals(skill.name()));
          if (skillTaken || (newTubesOnly && tubes.contains(skill.tube()))) {
            continue;
          }
          Optional<ChallengeOption> unseen = unseen(skill, seen, locale, contentLocale, random);
          if (unseen.isPresent()) {
            tubes.add(skill.tube());
            chosen.add(
                new PlannedChallenge(
                    unseen.get().id(), competence.code(), skill.name(), skill.level()));
          }
        }
      }
    }
    return chosen;
  }

  private static Optional<ChallengeOption> unseen(
      KnownSkill skill, Set<String> seen, String locale, String contentLocale, Random random) {
    for (String wanted : List.of(locale, contentLocale)) {
      List<ChallengeOption> options =
          skill.challenges().stream()
              .filter(c -> c.locale().equals(wanted) && !seen.contains(c.id()))
              .sorted(Comparator.comparing(ChallengeOption::id))
              .toList();
      if (!options.isEmpty()) {
        return Optional.of(options.get(random.nextInt(options.size())));
      }
    }
    return Optional.empty();
  }
}
