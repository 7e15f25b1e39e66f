package org.opencrcn.assessment.domain.positioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencrcn.assessment.domain.engine.PositioningEngine;
import org.opencrcn.referential.domain.content.ReferentialSnapshot.SnapshotSkill;

/** What the positioning engine is given to choose a test's next question. */
public final class EngineInputs {
  private EngineInputs() {}

  /**
   * @param skills the competence's skills in the current content, with their playable challenges
   * @param answers the test's answers, oldest first
   * @param earlier the learner's answers on the competence in their other tests (empty unless the
   *     test improves a completed competence)
   * @param contentLocale the content's own language, a fallback after the learner's
   */
  public static PositioningEngine.Input of(
      Assessment assessment,
      List<SnapshotSkill> skills,
      List<RecordedAnswer> answers,
      List<RecordedAnswer> earlier,
      TestKnowledge knowledge,
      int maxReachableLevel,
      String contentLocale) {
    Map<String, SnapshotSkill> skillByName =
        skills.stream().collect(Collectors.toMap(SnapshotSkill::name, s -> s));
    Map<String, Integer> timers = new HashMap<>();
    skills.forEach(
        s ->
            s.challenges().stream()
                .filter(c -> c.timerSeconds() != null)
                .forEach(c -> timers.put(c.id(), c.timerSeconds())));
    List<PositioningEngine.Skill> engineSkills =
        skills.stream()
            .map(
                s ->
                    new PositioningEngine.Skill(
                        s.name(),
                        s.tube(),
                        s.level(),
                        s.challenges().stream()
                            .map(
                                c ->
                                    new PositioningEngine.Challenge(
                                        c.id(), c.locale(), c.timerSeconds() != null))
                            .toList()))
            .toList();
    List<PositioningEngine.PastAnswer> past = new ArrayList<>();
    // Improving: the skills still validated from earlier tests inform the estimate, as their
    // answers did then.
    earlier.stream()
        .filter(a -> a.right() && knowledge.validatedBefore().contains(a.skillName()))
        .forEach(a -> pastAnswer(a, skillByName, timers).ifPresent(past::add));
    answers.forEach(a -> pastAnswer(a, skillByName, timers).ifPresent(past::add));
    Set<String> seenBefore =
        earlier.stream().map(RecordedAnswer::challengeId).collect(Collectors.toSet());
    List<String> locales =
        List.copyOf(new LinkedHashSet<>(List.of(assessment.locale(), contentLocale)));
    return new PositioningEngine.Input(
        engineSkills,
        past,
        knowledge.knownSkills(),
        knowledge.validatedSkills(),
        locales,
        seenBefore,
        maxReachableLevel,
        assessment.seed());
  }

  /** Empty for an answer whose skill left the content: it tells nothing of today's skills. */
  private static Optional<PositioningEngine.PastAnswer> pastAnswer(
      RecordedAnswer answer, Map<String, SnapshotSkill> skillByName, Map<String, Integer> timers) {
    return Optional.ofNullable(skillByName.get(answer.skillName()))
        .map(
            skill ->
                new PositioningEngine.PastAnswer(
                    answer.challengeId(),
                    skill.level(),
                    answer.right(),
                    timers.containsKey(answer.challengeId())));
  }
}
