package org.opencrcn.identity.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a school ENT asserted about the person at their last ENT sign-in: national profiles, the
 * UAIs of their establishments, their functions per establishment ({@link EntFunction}) and their
 * class. Empty for a person who signed in otherwise. Profiles and UAIs may have several values (a
 * director of a "cité scolaire" runs two schools; a director of one school is a parent at another).
 *
 * <p>Profiles and UAIs are two separate lists: nothing in them says which profile is held where.
 * {@link #profilesAt} ties them (docs/ent-sso.md, "What is trusted").
 */
public record EntAffiliation(
    List<String> profiles, List<String> uais, List<String> functions, String className)
    implements Serializable {
  private static final EntAffiliation NONE =
      new EntAffiliation(List.of(), List.of(), List.of(), null);

  public EntAffiliation {
    profiles = cleaned(profiles);
    uais = cleaned(uais).stream().map(uai -> uai.toUpperCase(Locale.ROOT)).distinct().toList();
    functions =
        (functions == null ? List.<String>of() : functions)
            .stream()
                .map(EntFunction::parse)
                .flatMap(Optional::stream)
                .map(EntFunction::stored)
                .distinct()
                .toList();
    className = className == null || className.isBlank() ? null : className.strip();
  }

  /** An ENT that sends no per-structure function. */
  public EntAffiliation(List<String> profiles, List<String> uais, String className) {
    this(profiles, uais, List.of(), className);
  }

  public static EntAffiliation none() {
    return NONE;
  }

  /** Whether the identity came from an ENT: ENTs always name the establishment. */
  public boolean fromEnt() {
    return !uais.isEmpty() || !profiles.isEmpty();
  }

  /** The profiles the platform knows, OTHER left out. */
  public Set<EntProfile> knownProfiles() {
    Set<EntProfile> known = EnumSet.noneOf(EntProfile.class);
    profiles.stream()
        .map(EntProfile::of)
        .filter(profile -> profile != EntProfile.OTHER)
        .forEach(known::add);
    return known;
  }

  public boolean has(EntProfile profile) {
    return knownProfiles().contains(profile);
  }

  public boolean isAttachedTo(String uai) {
    return uai != null && uais.contains(normalised(uai));
  }

  /**
   * The profiles the ENT gives the person <em>in this school</em>, which is what any right in it
   * rests on. A profile holds in a school when the ENT both lists it in the national profiles and
   * ties it to the school: by a function held there ({@code ENTPersonFonctions} {@code UAI$DIR…}
   * for a director, {@code ENS} or {@code DOC} for a teacher), or by naming that school as the only
   * one of the assertion (with no function elsewhere). A pupil has no function: the pupil profile
   * holds only in a one-school assertion. So a director of school A who is also listed at school B
   * (a parent there) is a director of A only; several schools and no function tie nothing.
   */
  public Set<EntProfile> profilesAt(String uai) {
    Set<EntProfile> at = EnumSet.noneOf(EntProfile.class);
    if (!isAttachedTo(uai)) {
      return at;
    }
    Set<EntProfile> known = knownProfiles();
    String school = normalised(uai);
    functions.stream()
        .map(EntFunction::parse)
        .flatMap(Optional::stream)
        .filter(function -> function.uai().equals(school))
        .map(EntFunction::profile)
        .filter(known::contains)
        .forEach(at::add);
    boolean onlySchool =
        uais.size() == 1
            && functions.stream()
                .map(EntFunction::parse)
                .flatMap(Optional::stream)
                .allMatch(function -> function.uai().equals(school));
    if (onlySchool) {
      at.addAll(known);
    }
    return at;
  }

  /** Whether the ENT gives the person this profile in this school ({@link #profilesAt}). */
  public boolean hasAt(EntProfile profile, String uai) {
    return profilesAt(uai).contains(profile);
  }

  private static String normalised(String uai) {
    return uai.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  /** Space-separated storage of a multi-valued attribute (values are stored without blanks). */
  static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(" ", values);
  }

  static List<String> split(String stored) {
    return stored == null || stored.isBlank()
        ? List.of()
        : Arrays.asList(stored.strip().split("\\s+"));
  }

  private static List<String> cleaned(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(v -> v.replaceAll("\\s", ""))
            .distinct()
            .toList();
  }
}
