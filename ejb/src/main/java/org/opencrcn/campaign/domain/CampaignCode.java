package org.opencrcn.campaign.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A campaign code: 6 letters then 3 digits, drawn with {@link SecureRandom} from an alphabet
 * without the characters a pupil confuses when copying from a board (I, L, O, 0, 1), and unique.
 * What a learner types is read leniently: spaces and lower case do not matter.
 */
public final class CampaignCode {
  static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";
  static final String DIGITS = "23456789";
  private static final Pattern SHAPE = Pattern.compile("[A-Z]{6}[0-9]{3}");
  private static final int MAX_DRAWS = 100;

  private CampaignCode() {}

  /**
   * A code that {@code taken} does not know yet.
   *
   * @throws IllegalStateException after 100 draws all taken (never seen with 23^6 × 8^3 codes)
   */
  public static String generate(SecureRandom random, Predicate<String> taken) {
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      StringBuilder code = new StringBuilder(9);
      for (int i = 0; i < 6; i++) {
        code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      for (int i = 0; i < 3; i++) {
        code.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
      }
      if (!taken.test(code.toString())) {
        return code.toString();
      }
    }
    throw new IllegalStateException("No free campaign code after " + MAX_DRAWS + " draws");
  }

  /**
   * The code as typed, without its spaces (and dashes) and in upper case, if it has a code's shape.
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    return SHAPE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }
}
