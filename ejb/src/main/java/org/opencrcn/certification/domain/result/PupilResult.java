package org.opencrcn.certification.domain.result;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A pupil's published certification result as their school sees it in Orga: names and class as
 * enrolled, the session's date, the status, the pix and the certified level per competence code (-1
 * when not certified in it).
 */
public record PupilResult(
    String familyName,
    String firstName,
    String division,
    LocalDate date,
    String status,
    int totalPix,
    Map<String, Integer> levels)
    implements Serializable {
  public PupilResult {
    levels = Map.copyOf(levels);
  }
}
