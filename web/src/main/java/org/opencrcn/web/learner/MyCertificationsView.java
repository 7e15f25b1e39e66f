package org.opencrcn.web.learner;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.certification.application.MyCertification;
import org.opencrcn.certification.application.MyCertifications;

/** "Mes certifications": the learner's published results, each certified one with its PDF. */
@Named
@RequestScoped
public class MyCertificationsView {
  @Inject private MyCertifications certifications;
  private List<MyCertification> list;

  public List<MyCertification> getCertifications() {
    if (list == null) {
      list = certifications.list();
    }
    return list;
  }
}
