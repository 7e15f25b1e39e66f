package org.opencrcn.identity.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a school ENT asserted about the person at their last ENT sign-in: national profiles, the
 * UAIs of their establishments and their class. Empty for a person who signed in otherwise.
 * Profiles and UAIs may have several values (a director of a "cité scolaire" runs two schools).
 */
public record EntAffiliation(List<String> profiles, List<String> uais, String className)
    implements Serializable {
  private static final EntAffiliation NONE = new EntAffiliation(List.of(), List.of(), null);

  public EntAffiliation {
    profiles = cleaned(profiles);
    uais = cleaned(uais).stream().map(uai -> uai.toUpperCase(Locale.ROOT)).distinct().toList();
    className = className == null || className.isBlank() ? null : className.strip();
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
    return uai != null && uais.contains(uai.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
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
