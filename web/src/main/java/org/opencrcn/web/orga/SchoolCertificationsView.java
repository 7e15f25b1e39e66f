package org.opencrcn.web.orga;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.certification.application.SchoolCertifications;
import org.opencrcn.certification.domain.result.PupilResult;
import org.opencrcn.web.shared.MissingParameters;

/**
 * The school's certification results in Orga ({@code /orga/certifications.xhtml?organization=N},
 * {@code &classe=} to keep one class): a GET form, so that a class's list has its own address.
 */
@Named
@RequestScoped
public class SchoolCertificationsView {
  @Inject private SchoolCertifications certifications;

  private Long organizationId;
  private String division;
  private List<String> classes = List.of();
  private List<PupilResult> results = List.of();

  public void load() {
    if (MissingParameters.answeredNotFound(organizationId)) {
      return;
    }
    classes = certifications.classes(organizationId);
    results = certifications.ofClass(organizationId, division);
  }

  /** The pupil's certified levels, "1.1 : 3, 2.1 : –", in competence order. */
  public String levels(PupilResult result) {
    return result.levels().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " : " + (e.getValue() >= 0 ? e.getValue() : "–"))
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public String getDivision() {
    return division;
  }

  public void setDivision(String division) {
    this.division = division;
  }

  public List<String> getClasses() {
    return classes;
  }

  public List<PupilResult> getResults() {
    return results;
  }
}
