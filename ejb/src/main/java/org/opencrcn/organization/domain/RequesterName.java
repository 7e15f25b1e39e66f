package org.opencrcn.organization.domain;

import java.util.regex.Pattern;

/**
 * A name a visitor types on the public activation form, which the platform mails to a school: it
 * must read as a person's name and nothing else. Letters (any alphabet, with accents), spaces,
 * apostrophes and hyphens only: no digit, dot, slash, colon or {@code @}, so that no mail reader
 * can make a link (or an address, or markup) of it, whatever it escapes.
 */
public final class RequesterName {
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '’-]*");

  private RequesterName() {}

  public static boolean isPlausible(String name) {
    return name != null && name.strip().length() <= 100 && NAME.matcher(name.strip()).matches();
  }
}
