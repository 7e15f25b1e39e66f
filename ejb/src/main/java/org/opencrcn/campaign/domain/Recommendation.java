package org.opencrcn.campaign.domain;

/**
 * The recommendation score of a tube in a campaign's analysis (docs/campaigns.md, "Analyse"): the
 * higher, the more the tube is worth reinforcing with the group. Two parts out of 100:
 *
 * <ul>
 *   <li>what is left to reach, 60 points: 60 × (1 − average reached level ÷ targeted level), a tube
 *       nobody validated anything of scores 60, a tube everyone completed 0;
 *   <li>how basic the tube is, 40 points: 40 × (profile's max level − targeted level + 1) ÷
 *       profile's max level, so that foundations come before refinements.
 * </ul>
 *
 * The reached level of a participant in a tube is the highest targeted level they validated (0 for
 * none).
 */
public final class Recommendation {
  static final double REACH_POINTS = 60;
  static final double BASIC_POINTS = 40;

  private Recommendation() {}

  /**
   * @param averageReachedLevel the participants' average reached level in the tube
   * @param tubeMaxLevel the highest level the profile targets in the tube (≥ 1)
   * @param profileMaxLevel the highest level the profile targets in any tube (≥ tubeMaxLevel)
   * @return the score, 0..100, rounded to one decimal
   */
  public static double score(double averageReachedLevel, int tubeMaxLevel, int profileMaxLevel) {
    if (tubeMaxLevel < 1 || profileMaxLevel < tubeMaxLevel) {
      throw new IllegalArgumentException(
          "Tube level " + tubeMaxLevel + " out of the profile's 1.." + profileMaxLevel);
    }
    double reached = Math.max(0, Math.min(tubeMaxLevel, averageReachedLevel));
    double reach = REACH_POINTS * (1 - reached / tubeMaxLevel);
    double basic = BASIC_POINTS * (profileMaxLevel - tubeMaxLevel + 1) / profileMaxLevel;
    return Math.round((reach + basic) * 10) / 10.0;
  }
}
