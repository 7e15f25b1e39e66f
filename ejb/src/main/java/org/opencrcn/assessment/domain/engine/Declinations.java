package org.opencrcn.assessment.domain.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.opencrcn.assessment.domain.engine.PositioningEngine.Challenge;
import org.opencrcn.assessment.domain.engine.PositioningEngine.Skill;

/** Which declination of a chosen skill is asked: the rules both engines share. */
final class Declinations {
  private Declinations() {}

  /**
   * The first preferred locale the skill has a challenge not yet seen in this test in; null if
   * none.
   */
  static String firstLocaleWithUnseen(Skill skill, Set<String> seen, List<String> locales) {
    for (String locale : locales) {
      for (Challenge challenge : skill.challenges()) {
        if (playable(challenge, locale, seen)) {
          return locale;
        }
      }
    }
    return null;
  }

  static boolean playable(Challenge challenge, String locale, Set<String> seen) {
    return challenge.locale().equals(locale) && !seen.contains(challenge.id());
  }

  /** Whether the skill can be asked in its locale without a timer. */
  static boolean hasUntimed(Skill skill, String locale, Set<String> seen) {
    for (Challenge challenge : skill.challenges()) {
      if (!challenge.timed() && playable(challenge, locale, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A challenge of the skill in the locale, not seen in this test: without a timer when {@code
   * avoidTimer} and possible, not seen in an earlier test when possible, then at random.
   */
  static Challenge pick(
      Skill skill,
      String locale,
      Set<String> seen,
      boolean avoidTimer,
      Set<String> seenBefore,
      Random random) {
    List<Challenge> playable =
        skill.challenges().stream()
            .filter(c -> playable(c, locale, seen))
            .sorted(Comparator.comparing(Challenge::id))
            .toList();
    List<Challenge> challenges = preferIfAny(playable, c -> !avoidTimer || !c.timed());
    challenges = preferIfAny(challenges, c -> !seenBefore.contains(c.id()));
    return challenges.get(random.nextInt(challenges.size()));
  }

  static <T> List<T> preferIfAny(List<T> items, Predicate<T> preferred) {
    List<T> kept = items.stream().filter(preferred).toList();
    return kept.isEmpty() ? items : kept;
  }
}
