package org.opencrcn.assessment.application;

import java.io.Serializable;
import java.util.List;
import org.opencrcn.assessment.domain.statistics.ItemFlag;
import org.opencrcn.assessment.domain.statistics.ItemRules.LevelCount;

/** What the item statistics screen shows. */
public final class ItemStatisticsViews {
  private ItemStatisticsViews() {}

  /** One page of answered challenges, and how many there are in all. */
  public record ItemPage(List<ItemStats> items, long total, int first, int size)
      implements Serializable {
    public boolean hasNext() {
      return first + size < total;
    }

    public boolean hasPrevious() {
      return first > 0;
    }
  }

  /**
   * A challenge's answers: by estimated level of the learner, the flags they raise, and how often
   * each proposal was chosen (QCU, QCM).
   */
  public record ItemStats(
      String challengeId,
      String skillName,
      int skillLevel,
      String type,
      List<LevelCount> byLevel,
      List<ItemFlag> flags,
      List<ProposalPick> proposals)
      implements Serializable {
    public long answers() {
      return byLevel.stream().mapToLong(LevelCount::answers).sum();
    }

    public long right() {
      return byLevel.stream().mapToLong(LevelCount::right).sum();
    }

    public double successRate() {
      return answers() == 0 ? 0 : (double) right() / answers();
    }
  }

  /** A proposal (by its number in the pack) and how many answers chose it. */
  public record ProposalPick(int number, String text, long chosen) implements Serializable {}
}
