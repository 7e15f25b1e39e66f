package org.opencrcn.web.certif;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.certification.application.CentreSummary;
import org.opencrcn.certification.application.CertifAccess;
import org.opencrcn.certification.application.CertifSessions;
import org.opencrcn.certification.application.SessionRow;

/** Certif's landing page for one of the person's centres: its sessions dashboard. */
@Named
@RequestScoped
public class CertifHomeView {
  @Inject private CertifAccess certif;
  @Inject private CertifSessions sessions;

  private Long centreId;
  private CentreSummary centre;
  private List<CentreSummary> centres;
  private List<SessionRow> rows;

  public void load() {
    centre = centreId == null ? certif.defaultCentre() : certif.enter(centreId);
    centres = certif.myCentres();
    rows = sessions.ofCentre(centre.id());
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

  public List<SessionRow> getSessions() {
    return rows;
  }
}
