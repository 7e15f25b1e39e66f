package org.opencrcn.referential.domain;

import java.util.Set;

/**
 * The codes of the 16 CRCN competences (decree of 30 August 2019). The frame is fixed by the
 * platform (migration V2 holds its titles); content packs refer to competences by these codes.
 */
public final class CrcnFrame {
  public static final Set<String> COMPETENCE_CODES =
      Set.of(
          "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2",
          "4.3", "5.1", "5.2");

  private CrcnFrame() {}
}
