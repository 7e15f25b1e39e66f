package org.opencrcn.certification.application;

import java.io.Serializable;
import org.opencrcn.certification.domain.CentreType;
import org.opencrcn.certification.domain.CertificationCentre;

/** A certification centre as its member sees it in Certif. */
public record CentreSummary(long id, String name, CentreType type) implements Serializable {

  static CentreSummary of(CertificationCentre centre) {
    return new CentreSummary(centre.id(), centre.name(), centre.type());
  }
}
