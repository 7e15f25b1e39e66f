package org.opencrcn.assessment.domain.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;

/**
 * Chooses the next challenge of a competence positioning test, or ends the test. Plain Java, no
 * state: the same input always gives the same choice, so a test can be resumed and a decision
 * replayed. Two engines: {@link BayesianPositioning} (the default) and {@link SmartRandom} (Pix's
 * algorithm, kept for comparison), chosen by the setting {@code opencrcn.positioning.engine}.
 */
public interface PositioningEngine {
  /** The next challenge, or empty when the test is over. */
  Optional<Challenge> next(Input input);

  /** The name the setting and the simulator know the engine by. */
  String name();

  /** The engine of the default, then of the other names the setting accepts. */
  List<PositioningEngine> ALL = List.of(BayesianPositioning.ENGINE, SmartRandom.ENGINE);

  /**
   * @throws IllegalArgumentException naming the accepted names when none matches
   */
  static PositioningEngine named(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return ALL.stream()
        .filter(engine -> engine.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown positioning engine "
                        + name
                        + " (known: "
                        + ALL.stream().map(PositioningEngine::name).toList()
                        + ")"));
  }

  /** A skill of the competence with its playable challenges. */
  record Skill(String name, String tube, int level, List<Challenge> challenges) {}

  /** A playable challenge. */
  record Challenge(String id, String locale, boolean timed) {}

  /** An answer already given in this test, oldest first. */
  record PastAnswer(String challengeId, int level, boolean right, boolean timed) {}

  /**
   * @param knownSkills skills with a knowledge element (direct or inferred)
   * @param validatedSkills the known skills whose latest knowledge element validates them
   * @param locales the learner's language first, then the fallbacks: a skill is asked in the first
   *     of them it has an unseen challenge in
   * @param seenBefore challenges answered in earlier tests of the competence: asked again only when
   *     a skill has no other (improving a competence re-asks failed skills with fresh declinations)
   * @param maxReachableLevel the highest level the competence can show (a setting)
   * @param seed fixed per assessment: ties are broken the same way on every replay
   */
  record Input(
      List<Skill> skills,
      List<PastAnswer> answers,
      Set<String> knownSkills,
      Set<String> validatedSkills,
      List<String> locales,
      Set<String> seenBefore,
      int maxReachableLevel,
      long seed) {
    /** A first test in one language, with the default highest level. */
    public Input(
        List<Skill> skills,
        List<PastAnswer> answers,
        Set<String> knownSkills,
        Set<String> validatedSkills,
        String locale,
        long seed) {
      this(
          skills,
          answers,
          knownSkills,
          validatedSkills,
          List.of(locale),
          Set.of(),
          CompetenceScore.DEFAULT_MAX_REACHABLE_LEVEL,
          seed);
    }
  }
}
