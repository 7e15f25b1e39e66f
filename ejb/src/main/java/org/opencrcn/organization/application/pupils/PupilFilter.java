package org.opencrcn.organization.application.pupils;

import java.io.Serializable;

/** What the pupils list is narrowed to: a class (division) and a part of a name; null for any. */
public record PupilFilter(String division, String name) implements Serializable {
  public static final PupilFilter NONE = new PupilFilter(null, null);
}
