package org.opencrcn.organization.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules an organisation's details follow, whether typed in a form or read from the directory: a
 * name; a well-formed UAI, required for a school (SCO) and optional otherwise; a well-formed e-mail
 * address when there is one; lengths the database holds. Plain Java, no container.
 */
public final class OrganizationRules {
  public static final int NAME_MAX = 255;
  public static final int TOWN_MAX = 255;
  public static final int ACADEMY_MAX = 64;
  public static final int EMAIL_MAX = 320;

  /** A plain address: no spaces or separators in the local part, a dotted host name. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[^\\s@<>()\",;:\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private final boolean checkLetter;

  public OrganizationRules(boolean checkLetter) {
    this.checkLetter = checkLetter;
  }

  /** Either the normalised details, or every problem found (never both). */
  public record Checked(Optional<OrganizationDetails> details, List<Problem> problems) {}

  public Checked check(
      OrganizationType type, String name, String uai, String town, String academy, String email) {
    List<Problem> problems = new ArrayList<>();
    if (type == null) {
      problems.add(Problem.of(Refusal.TYPE_REQUIRED));
    }
    String cleanName = clean(name);
    if (cleanName == null) {
      problems.add(Problem.of(Refusal.NAME_REQUIRED));
    } else if (cleanName.length() > NAME_MAX) {
      problems.add(new Problem(Refusal.NAME_TOO_LONG, String.valueOf(NAME_MAX)));
    }
    String cleanUai = Uai.normalize(uai).orElse(null);
    checkUai(type, cleanUai).ifPresent(problems::add);
    String cleanTown = clean(town);
    if (cleanTown != null && cleanTown.length() > TOWN_MAX) {
      problems.add(new Problem(Refusal.TOWN_TOO_LONG, String.valueOf(TOWN_MAX)));
    }
    String cleanAcademy = clean(academy);
    if (cleanAcademy != null && cleanAcademy.length() > ACADEMY_MAX) {
      problems.add(new Problem(Refusal.ACADEMY_TOO_LONG, String.valueOf(ACADEMY_MAX)));
    }
    String cleanEmail = clean(email);
    if (cleanEmail != null && !isEmail(cleanEmail)) {
      problems.add(new Problem(Refusal.EMAIL_SHAPE, cleanEmail));
    }
    return problems.isEmpty()
        ? new Checked(
            Optional.of(
                new OrganizationDetails(
                    type, cleanName, cleanUai, cleanTown, cleanAcademy, cleanEmail)),
            List.of())
        : new Checked(Optional.empty(), List.copyOf(problems));
  }

  private Optional<Problem> checkUai(OrganizationType type, String uai) {
    if (uai == null) {
      return type == OrganizationType.SCO
          ? Optional.of(Problem.of(Refusal.UAI_REQUIRED))
          : Optional.empty();
    }
    if (!Uai.hasShape(uai)) {
      return Optional.of(new Problem(Refusal.UAI_SHAPE, uai));
    }
    if (checkLetter && !new Uai(uai).hasOfficialCheckLetter()) {
      return Optional.of(
          new Problem(
              Refusal.UAI_CHECK_LETTER,
              String.valueOf(Uai.expectedCheckLetter(uai.substring(0, 7)))));
    }
    return Optional.empty();
  }

  static boolean isEmail(String text) {
    return text.length() <= EMAIL_MAX && EMAIL.matcher(text).matches();
  }

  /** Surrounding spaces are dropped; what is inside is kept exactly as written. */
  private static String clean(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
