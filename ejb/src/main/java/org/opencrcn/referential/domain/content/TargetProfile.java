package org.opencrcn.referential.domain.content;

import java.util.List;

/** A target profile (parcours): tubes up to a level, on which teachers build campaigns. */
public record TargetProfile(
    String id,
    String name,
    TargetProfileCategory category,
    String description,
    List<TargetTube> tubes) {

  /** A tube of the profile and the highest level it targets. */
  public record TargetTube(String tube, int maxLevel) {}
}
