package org.opencrcn.certification.domain.scoring;

/**
 * The band a reproducibility rate falls in. The rate is compared as a fraction (correct × 100
 * against the threshold × counted), never as a rounded percentage: 79.99 % must not become 80 %.
 */
public enum ReproducibilityBand {
  /** 80 % or more: the answers are trusted. */
  TRUSTED,
  /** From 70 % included to 80 % excluded. */
  MIXED,
  /** From 50 % included to 70 % excluded (below 50 % nothing is certified). */
  WEAK;

  public static final int TRUSTED_PERCENT = 80;
  public static final int MIXED_PERCENT = 70;

  /** The band of {@code correct} right answers out of {@code counted} non-neutralised ones. */
  public static ReproducibilityBand of(int correct, int counted) {
    if (counted <= 0) {
      throw new IllegalArgumentException("no counted challenge");
    }
    if (correct * 100L >= (long) TRUSTED_PERCENT * counted) {
      return TRUSTED;
    }
    if (correct * 100L >= (long) MIXED_PERCENT * counted) {
      return MIXED;
    }
    return WEAK;
  }
}
