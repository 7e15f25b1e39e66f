package org.opencrcn.assessment.domain.answer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as learners type it, with the unit the challenge names when it has one: "1 000,5",
 * "1000.5", "-3", and with {@code unit: kWh} also "0,4 kWh", "0,4kwh". A unit is compared without
 * case, accents or spaces, and a final plural "s" on either side does not matter ("70 an" and "70
 * ans" for {@code unit: ans}). Any other text after the number makes the answer unreadable: "0,4
 * Wh" must not pass as 0,4 kWh.
 */
public final class NumericAnswer {
  private static final Pattern NUMBER_THEN_REST =
      Pattern.compile("([-+]?(?:\\d[\\d ]*)?(?:[.,]\\d+|\\d))\\s*(.*)", Pattern.DOTALL);

  private NumericAnswer() {}

  /** The number the learner gave, or empty when the text is not a number (with its unit). */
  public static Optional<BigDecimal> read(String text, String unit) {
    String compact =
        text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').strip();
    Matcher matcher = NUMBER_THEN_REST.matcher(compact);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    // A final full stop is punctuation, not a unit: "12." is 12.
    String rest = matcher.group(2).strip().replaceFirst("\\.$", "").strip();
    if (!rest.isEmpty() && (unit == null || !sameUnit(rest, unit))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(matcher.group(1).replace(" ", "").replace(',', '.')));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static boolean sameUnit(String given, String unit) {
    String a = folded(given);
    String b = folded(unit);
    return !a.isEmpty() && (a.equals(b) || a.equals(b + "s") || b.equals(a + "s"));
  }

  private static String folded(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[\\s.]", "");
  }
}
