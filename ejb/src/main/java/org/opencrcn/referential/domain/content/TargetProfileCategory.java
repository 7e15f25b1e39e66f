package org.opencrcn.referential.domain.content;

/** How target profiles are grouped when a teacher picks one (as in the seed's filter). */
public enum TargetProfileCategory {
  DISCIPLINARY,
  COMPETENCES,
  CUSTOM,
  THEMATIC,
  OTHER
}
