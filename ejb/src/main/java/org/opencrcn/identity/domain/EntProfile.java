package org.opencrcn.identity.domain;

import java.util.Locale;

/**
 * What the platform makes of an ENT's national profile ({@code ENTPersonProfils}, SDET): pupils are
 * linked to their pupil record, teachers (and documentalists, who teach digital skills) may join
 * their school's Orga space, directors may activate it. Other profiles (parents, school life,
 * administrative staff…) are plain learners.
 */
public enum EntProfile {
  PUPIL,
  TEACHER,
  DIRECTOR,
  OTHER;

  /**
   * The profile of one value of the attribute, e.g. {@code National_ELV}; case and blanks ignored.
   */
  public static EntProfile of(String nationalProfile) {
    return switch (nationalProfile.strip().toUpperCase(Locale.ROOT)) {
      case "NATIONAL_ELV" -> PUPIL;
      case "NATIONAL_ENS", "NATIONAL_DOC" -> TEACHER;
      case "NATIONAL_DIR" -> DIRECTOR;
      default -> OTHER;
    };
  }
}
