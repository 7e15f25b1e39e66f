package org.opencrcn.campaign.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The skills a target profile targets (each tube's skills up to its max level) and what a learner's
 * knowledge gives on them: how many are assessed and validated, and per tube the counts and the
 * reached level that sharing writes.
 */
public record TargetedSkills(List<Skill> skills) {

  /** A targeted skill with its tube, competence and level. */
  public record Skill(String name, String tube, String competenceCode, int level) {}

  /** The learner's latest knowledge on a skill: validated or not (absent: never assessed). */
  public enum Known {
    VALIDATED,
    INVALIDATED
  }

  /** The counts of a learner on the targeted skills. */
  public record Counts(int targeted, int assessed, int validated) {}

  public TargetedSkills {
    skills = List.copyOf(skills);
  }

  public int count() {
    return skills.size();
  }

  public Counts counts(Map<String, Known> knowledge) {
    int assessed = 0;
    int validated = 0;
    for (Skill skill : skills) {
      Known known = knowledge.get(skill.name());
      if (known != null) {
        assessed++;
        if (known == Known.VALIDATED) {
          validated++;
        }
      }
    }
    return new Counts(skills.size(), assessed, validated);
  }

  /** Per targeted tube: targeted and validated skills, and the highest validated level. */
  public List<CampaignParticipation.TubeResult> tubeResults(Map<String, Known> knowledge) {
    Map<String, List<Skill>> byTube =
        skills.stream().collect(Collectors.groupingBy(Skill::tube, Collectors.toList()));
    return byTube.values().stream()
        .map(tubeSkills -> tubeResult(tubeSkills, knowledge))
        .sorted(java.util.Comparator.comparing(CampaignParticipation.TubeResult::tubeName))
        .toList();
  }

  /** The competences the targeted skills belong to. */
  public Collection<String> competenceCodes() {
    return skills.stream().map(Skill::competenceCode).distinct().sorted().toList();
  }

  private static CampaignParticipation.TubeResult tubeResult(
      List<Skill> tubeSkills, Map<String, Known> knowledge) {
    List<Skill> validated =
        tubeSkills.stream().filter(s -> knowledge.get(s.name()) == Known.VALIDATED).toList();
    Optional<Integer> reached = validated.stream().map(Skill::level).max(Integer::compare);
    Skill any = tubeSkills.getFirst();
    return new CampaignParticipation.TubeResult(
        any.tube(), any.competenceCode(), tubeSkills.size(), validated.size(), reached.orElse(0));
  }
}
