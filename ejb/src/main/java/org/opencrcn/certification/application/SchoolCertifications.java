package org.opencrcn.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.opencrcn.certification.domain.result.PupilResult;
import org.opencrcn.certification.infrastructure.ResultRepository;
import org.opencrcn.certification.infrastructure.ResultsXlsx;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.shared.Roles;

/**
 * A school's certification results in Orga (docs/certification.md, "Results"): the published
 * results of the candidates of its SCO centre, per class, and their Excel export. For the members
 * of the organisation only (Orga's own check).
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class SchoolCertifications {
  @Inject private OrgaAccess orga;
  @Inject private ResultRepository results;

  /** The classes that have published results, in order. */
  public List<String> classes(long organizationId) {
    orga.enter(organizationId);
    return new TreeSet<>(
            results.ofSchool(organizationId).stream()
                .map(PupilResult::division)
                .filter(d -> d != null && !d.isBlank())
                .toList())
        .stream().toList();
  }

  /** The published results of a class, or of every class when {@code division} is blank. */
  public List<PupilResult> ofClass(long organizationId, String division) {
    orga.enter(organizationId);
    return results.ofSchool(organizationId).stream()
        .filter(r -> division == null || division.isBlank() || division.equals(r.division()))
        .toList();
  }

  /**
   * The same as an Excel workbook.
   *
   * @param header the fixed columns' titles in the reader's language
   * @param statuses the printed word of each result status
   */
  public byte[] xlsx(
      long organizationId,
      String division,
      @NotNull List<String> header,
      @NotNull Map<String, String> statuses) {
    List<PupilResult> rows = ofClass(organizationId, division);
    List<String> competences =
        new TreeSet<>(rows.stream().flatMap(r -> r.levels().keySet().stream()).toList())
            .stream().toList();
    return ResultsXlsx.write(
        header, competences, rows, status -> statuses.getOrDefault(status, status));
  }
}
