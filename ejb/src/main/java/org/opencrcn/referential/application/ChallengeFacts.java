package org.opencrcn.referential.application;

import java.util.List;

/** What item statistics show of a challenge: its skill and level, its type, its proposals. */
public record ChallengeFacts(
    String id, String skillName, int skillLevel, String type, List<String> proposals) {

  public ChallengeFacts {
    proposals = List.copyOf(proposals);
  }

  /** Whether the learner picks proposals by number (QCU, QCM): the answers count per proposal. */
  public boolean choice() {
    return "QCU".equals(type) || "QCM".equals(type);
  }
}
