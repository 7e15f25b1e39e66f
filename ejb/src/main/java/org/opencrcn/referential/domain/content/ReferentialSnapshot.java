package org.opencrcn.referential.domain.content;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The playable referential, immutable and in memory: what the assessment engine chooses questions
 * from without ever querying the database. Rebuilt after each import.
 */
public record ReferentialSnapshot(String packVersion, List<SnapshotSkill> skills) {
  public static final ReferentialSnapshot EMPTY = new ReferentialSnapshot(null, List.of());

  public ReferentialSnapshot {
    skills = List.copyOf(skills);
  }

  /** An active skill with its playable challenges. */
  public record SnapshotSkill(
      String name,
      String tube,
      String competence,
      int level,
      Pix pix,
      List<SnapshotChallenge> challenges) {
    public SnapshotSkill {
      challenges = List.copyOf(challenges);
    }
  }

  /** What choosing a challenge needs to know of it. */
  public record SnapshotChallenge(String id, String type, String locale, Integer timerSeconds) {}

  public Map<String, List<SnapshotSkill>> skillsByCompetence() {
    return skills.stream().collect(Collectors.groupingBy(SnapshotSkill::competence));
  }

  public long challengeCount() {
    return skills.stream().mapToLong(skill -> skill.challenges().size()).sum();
  }
}
