package org.opencrcn.referential.domain.content;

import java.math.BigInteger;

/**
 * An exact amount of pix, as a reduced fraction. Pix per skill are values like 8/3 or 8/7: summed
 * in floating point they land just under an integer and a floor then drops a whole level, so they
 * stay exact until the final display (docs/rules.md §3).
 */
public record Pix(long numerator, long denominator) implements Comparable<Pix> {
  public static final Pix ZERO = new Pix(0, 1);

  public Pix {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
    long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
    if (gcd > 1) {
      numerator /= gcd;
      denominator /= gcd;
    }
  }

  public static Pix of(long numerator, long denominator) {
    return new Pix(numerator, denominator);
  }

  public Pix plus(Pix other) {
    return new Pix(
        Math.addExact(
            Math.multiplyExact(numerator, other.denominator),
            Math.multiplyExact(other.numerator, denominator)),
        Math.multiplyExact(denominator, other.denominator));
  }

  public Pix min(Pix other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The whole pix, rounded down (what learners see). */
  public long floor() {
    return Math.floorDiv(numerator, denominator);
  }

  public double toDouble() {
    return (double) numerator / denominator;
  }

  @Override
  public int compareTo(Pix other) {
    return Long.compare(
        Math.multiplyExact(numerator, other.denominator),
        Math.multiplyExact(other.numerator, denominator));
  }

  @Override
  public String toString() {
    return denominator == 1 ? Long.toString(numerator) : numerator + "/" + denominator;
  }
}
