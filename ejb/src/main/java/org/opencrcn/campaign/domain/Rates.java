package org.opencrcn.campaign.domain;

/**
 * Mastery and progress of a participation (docs/campaigns.md): mastery = validated ÷ targeted
 * skills, progress = assessed ÷ targeted, both as whole percentages rounded down (a learner at 99.9
 * % has not mastered everything), 0 when nothing is targeted.
 */
public final class Rates {
  private Rates() {}

  public static int masteryPercent(int validated, int targeted) {
    return percent(validated, targeted);
  }

  public static int progressPercent(int assessed, int targeted) {
    return percent(assessed, targeted);
  }

  /** part ÷ whole as a whole percentage rounded down, within 0..100. */
  public static int percent(long part, long whole) {
    if (whole <= 0 || part <= 0) {
      return 0;
    }
    return (int) Math.min(100, part * 100 / whole);
  }
}
