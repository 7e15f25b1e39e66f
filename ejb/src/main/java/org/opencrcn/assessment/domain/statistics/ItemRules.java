package org.opencrcn.assessment.domain.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * How an item's answers are judged (docs/content-pack.md, "Item statistics"). A learner's estimated
 * level, for one answer, is the highest level of the other questions they got right in the same
 * test (0 when none): the answer itself does not count, or passing an item would make its learner
 * "strong" by definition.
 */
public final class ItemRules {
  /** Fewer answers than this in a group tell nothing. */
  public static final int MIN_ANSWERS = 5;

  /** Success rates beyond this, on the wrong side, flag the item. */
  public static final double FLAG_RATE = 0.5;

  private ItemRules() {}

  /** The answers of one estimated level: how many, how many right. */
  public record LevelCount(int level, long answers, long right) {
    public double rate() {
      return answers == 0 ? 0 : (double) right / answers;
    }
  }

  /**
   * The flags of an item of this level: learners estimated above it succeed less than half the
   * time, or learners estimated below it succeed more than half the time.
   */
  public static List<ItemFlag> flags(int itemLevel, List<LevelCount> byLevel) {
    long strong = 0, strongRight = 0, weak = 0, weakRight = 0;
    for (LevelCount count : byLevel) {
      if (count.level() > itemLevel) {
        strong += count.answers();
        strongRight += count.right();
      } else if (count.level() < itemLevel) {
        weak += count.answers();
        weakRight += count.right();
      }
    }
    List<ItemFlag> flags = new ArrayList<>();
    if (strong >= MIN_ANSWERS && strongRight < FLAG_RATE * strong) {
      flags.add(ItemFlag.STRONG_LEARNERS_FAIL);
    }
    if (weak >= MIN_ANSWERS && weakRight > FLAG_RATE * weak) {
      flags.add(ItemFlag.WEAK_LEARNERS_PASS);
    }
    return flags;
  }
}
