package org.opencrcn.assessment.domain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencrcn.assessment.domain.engine.PositioningEngine.Challenge;
import org.opencrcn.assessment.domain.engine.PositioningEngine.Input;
import org.opencrcn.assessment.domain.engine.PositioningEngine.PastAnswer;
import org.opencrcn.assessment.domain.engine.PositioningEngine.Skill;
import org.opencrcn.assessment.domain.scoring.CompetenceScore;
import org.opencrcn.assessment.domain.scoring.KnowledgeElement;
import org.opencrcn.assessment.domain.scoring.KnowledgeInference;
import org.opencrcn.assessment.domain.scoring.SkillRef;
import org.opencrcn.referential.domain.content.Pix;

class BayesianPositioningTest {
  private static final PositioningEngine ENGINE = BayesianPositioning.ENGINE;

  /** Tubes facile 1–3, web 1–6, donnees 2–6, expert 3–8; declinations a (timed or not), b, c. */
  private static List<Skill> competence(boolean timedFirstChallenges) {
    List<Skill> skills = new ArrayList<>();
    addTube(skills, "facile", 1, 3, timedFirstChallenges);
    addTube(skills, "web", 1, 6, timedFirstChallenges);
    addTube(skills, "donnees", 2, 6, timedFirstChallenges);
    addTube(skills, "expert", 3, 8, timedFirstChallenges);
    return skills;
  }

  private static void addTube(List<Skill> skills, String tube, int from, int to, boolean timed) {
    for (int level = from; level <= to; level++) {
      String name = "@" + tube + level;
      skills.add(
          new Skill(
              name,
              tube,
              level,
              List.of(
                  new Challenge(name + "-a", "fr", timed),
                  new Challenge(name + "-b", "fr", false),
                  new Challenge(name + "-c", "fr", false))));
    }
  }

  private static Skill skillOf(List<Skill> skills, String challengeId) {
    return skills.stream()
        .filter(s -> s.challenges().stream().anyMatch(c -> c.id().equals(challengeId)))
        .findFirst()
        .orElseThrow();
  }

  /** A whole test: the engine asks, the learner answers, knowledge elements are inferred. */
  private static final class TestRun {
    final List<Skill> skills;
    final List<PastAnswer> answers = new ArrayList<>();
    final List<Skill> asked = new ArrayList<>();
    final List<KnowledgeElement> elements = new ArrayList<>();
    final Set<String> known = new HashSet<>();
    final Set<String> validated = new HashSet<>();
    final Map<String, Pix> pix = new HashMap<>();
    final List<SkillRef> refs = new ArrayList<>();

    TestRun(List<Skill> skills) {
      this.skills = skills;
      Map<Integer, Integer> countByLevel = new HashMap<>();
      skills.forEach(s -> countByLevel.merge(s.level(), 1, Integer::sum));
      for (Skill s : skills) {
        Pix value = Pix.of(8, countByLevel.get(s.level())).min(Pix.of(4, 1));
        pix.put(s.name(), value);
        refs.add(new SkillRef(s.name(), s.tube(), s.level(), value));
      }
    }

    Input input(long seed) {
      return new Input(skills, answers, known, validated, "fr", seed);
    }

    void answer(Challenge challenge, boolean right) {
      Skill skill = skillOf(skills, challenge.id());
      asked.add(skill);
      answers.add(new PastAnswer(challenge.id(), skill.level(), right, challenge.timed()));
      SkillRef ref = refs.stream().filter(r -> r.name().equals(skill.name())).findFirst().get();
      for (KnowledgeElement element :
          KnowledgeInference.fromAnswer(
              ref, right, refs.stream().filter(r -> r.tube().equals(skill.tube())).toList())) {
        elements.add(element);
        known.add(element.skill());
        if (element.status() == KnowledgeElement.Status.VALIDATED) {
          validated.add(element.skill());
        } else {
          validated.remove(element.skill());
        }
      }
    }

    /** Runs to the end; the learner's answer to the n-th question (from 0) to a skill. */
    TestRun run(long seed, BiPredicate<Integer, Skill> right) {
      for (Optional<Challenge> next = ENGINE.next(input(seed));
          next.isPresent();
          next = ENGINE.next(input(seed))) {
        answer(next.get(), right.test(answers.size(), skillOf(skills, next.get().id())));
        assertThat(answers).as("the test ends").hasSizeLessThan(60);
      }
      return this;
    }

    int level() {
      return CompetenceScore.of(elements, pix, 6).level();
    }
  }

  @Test
  @DisplayName("The engine is chosen by name; Pix's algorithm stays available as smart-random")
  void names() {
    assertThat(PositioningEngine.named("bayesian")).isSameAs(BayesianPositioning.ENGINE);
    assertThat(PositioningEngine.named(" Smart-Random ")).isSameAs(SmartRandom.ENGINE);
    assertThat(PositioningEngine.ALL.get(0)).isSameAs(BayesianPositioning.ENGINE);
    assertThatThrownBy(() -> PositioningEngine.named("pix"))
        .hasMessageContaining("smart-random")
        .hasMessageContaining("bayesian");
  }

  @Test
  @DisplayName(
      "The first question has no timer; the same assessment always gets the same one, others vary")
  void firstQuestion() {
    var skills = competence(true);
    Set<String> firstAcrossAssessments = new HashSet<>();

    for (long seed = 0; seed < 50; seed++) {
      Challenge first = ENGINE.next(new TestRun(skills).input(seed)).orElseThrow();

      assertThat(first.timed()).isFalse();
      assertThat(ENGINE.next(new TestRun(skills).input(seed))).contains(first);
      firstAcrossAssessments.add(first.id());
    }
    assertThat(firstAcrossAssessments).hasSizeGreaterThan(1);
  }

  @Test
  @DisplayName("After a timed challenge, an untimed one when there is one")
  void noTwoTimedInARow() {
    var test = new TestRun(competence(true));
    test.answer(new Challenge("@web3-a", "fr", true), true);

    assertThat(ENGINE.next(test.input(5)).orElseThrow().timed()).isFalse();
  }

  @Test
  @DisplayName("The posterior follows the answers, and one slip among successes does not move it")
  void posterior() {
    int[] levels = {0, 1, 2, 3, 4, 5, 6};
    var successes =
        List.of(
            new PastAnswer("a", 4, true, false),
            new PastAnswer("b", 4, true, false),
            new PastAnswer("b2", 4, true, false),
            new PastAnswer("c", 5, false, false),
            new PastAnswer("d", 5, false, false));
    var withSlip = new ArrayList<>(successes);
    withSlip.add(new PastAnswer("e", 2, false, false));

    var posterior = LevelPosterior.of(levels, successes, 0.1, 0.2);
    assertThat(posterior.level(posterior.mostLikely())).isEqualTo(4);
    assertThat(posterior.probability(posterior.mostLikely())).isGreaterThan(0.9);
    var afterSlip = LevelPosterior.of(levels, withSlip, 0.1, 0.2);
    assertThat(afterSlip.level(afterSlip.mostLikely())).isEqualTo(4);
    assertThat(afterSlip.probability(afterSlip.mostLikely()))
        .isLessThan(posterior.probability(posterior.mostLikely()));
  }

  @Test
  @DisplayName("Levels are 0 and the competence's own, up to the highest reachable one")
  void levels() {
    assertThat(BayesianPositioning.levels(competence(false), 6))
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(BayesianPositioning.levels(competence(false), 4)).containsExactly(0, 1, 2, 3, 4);
  }

  @ParameterizedTest(name = "a noiseless learner of true level {0} is placed at level {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  @DisplayName("Noiseless learners are placed exactly, in fewer questions than there are skills")
  void noiselessLearnersArePlacedExactly(int trueLevel) {
    var test =
        new TestRun(competence(false)).run(trueLevel, (n, skill) -> skill.level() <= trueLevel);

    assertThat(test.level()).isEqualTo(trueLevel);
    assertThat(test.answers.size()).isLessThan(test.skills.size() / 2);
  }

  @ParameterizedTest(name = "a learner of level 4 who slips on question {0} is still placed at 4")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  @DisplayName(
      "A slip on a mastered skill is asked again with another declination: one slip costs no level")
  void oneSlipCostsNoLevel(int slipAt) {
    var test =
        new TestRun(competence(false)).run(11, (n, skill) -> n != slipAt && skill.level() <= 4);

    assertThat(test.level()).isEqualTo(4);
    Skill slipped = test.asked.get(slipAt);
    if (slipped.level() <= 4) {
      assertThat(test.validated)
          .as("%s failed once, validated in the end", slipped.name())
          .contains(slipped.name());
    }
  }

  @ParameterizedTest(name = "a learner of level 2 who guesses question {0} is still placed at 2")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  @DisplayName("A lucky guess above the level does not raise it")
  void oneGuessCostsNoLevel(int guessAt) {
    var test =
        new TestRun(competence(false)).run(13, (n, skill) -> n == guessAt || skill.level() <= 2);

    assertThat(test.level()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "A learner who fails everything is placed at 0 after a checkpoint's worth of questions (5)")
  void atLeastACheckpointsWorth() {
    var test = new TestRun(competence(false)).run(17, (n, skill) -> false);

    assertThat(test.level()).isZero();
    assertThat(test.answers).hasSize(BayesianPositioning.MIN_QUESTIONS);
  }

  @Test
  @DisplayName("No skill above the highest reachable level is asked: it cannot change the level")
  void nothingAboveTheReachableLevel() {
    var test = new TestRun(competence(false)).run(3, (n, skill) -> true);

    assertThat(test.asked).allMatch(skill -> skill.level() <= 6);
    assertThat(test.level()).isEqualTo(6);
  }

  @Test
  @DisplayName(
      "The test goes on while a skill up to the likely level is not validated, and stops once it is")
  void stopRule() {
    var skills = competence(false);
    var test = new TestRun(skills);
    // Sure of level 2: two successes at 2, failures at 3 in every tube having one.
    test.answer(new Challenge("@web2-a", "fr", false), true);
    test.answer(new Challenge("@donnees2-a", "fr", false), true);
    test.answer(new Challenge("@web3-a", "fr", false), false);
    test.answer(new Challenge("@donnees3-a", "fr", false), false);
    test.answer(new Challenge("@expert3-a", "fr", false), false);
    test.answer(new Challenge("@facile3-a", "fr", false), false);

    Skill next = skillOf(skills, ENGINE.next(test.input(1)).orElseThrow().id());
    assertThat(next.name()).as("facile2 is not recorded yet").isEqualTo("@facile2");

    test.answer(new Challenge("@facile2-a", "fr", true), true);
    assertThat(ENGINE.next(test.input(1))).isEmpty();
    assertThat(test.level()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "Improving: skills validated before are not asked again, failed ones get a fresh declination")
  void improving() {
    var skills = competence(false);
    Set<String> validatedBefore = Set.of("@facile1", "@facile2", "@web1", "@web2");
    Set<String> seenBefore = Set.of("@facile3-a", "@facile3-b", "@web3-a");
    var earlier =
        List.of(
            new PastAnswer("@facile2-a", 2, true, false),
            new PastAnswer("@web2-a", 2, true, false));

    for (long seed = 0; seed < 20; seed++) {
      Challenge next =
          ENGINE
              .next(
                  new Input(
                      skills,
                      earlier,
                      validatedBefore,
                      validatedBefore,
                      List.of("fr"),
                      seenBefore,
                      6,
                      seed))
              .orElseThrow();
      assertThat(validatedBefore).doesNotContain(skillOf(skills, next.id()).name());
      assertThat(seenBefore).doesNotContain(next.id());
    }
  }
}
