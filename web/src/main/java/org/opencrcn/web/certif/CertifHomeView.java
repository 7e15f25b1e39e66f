package org.opencrcn.web.certif;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.certification.application.CentreSummary;
import org.opencrcn.certification.application.CertifAccess;

/** Certif's landing page for one of the person's certification centres. */
@Named
@RequestScoped
public class CertifHomeView {
  @Inject private CertifAccess certif;

  private Long centreId;
  private CentreSummary centre;
  private List<CentreSummary> centres;

  public void load() {
    centre = centreId == null ? certif.defaultCentre() : certif.enter(centreId);
    centres = certif.myCentres();
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public CentreSummary getCentre() {
    return centre;
  }

  public List<CentreSummary> getCentres() {
    return centres;
  }
}
