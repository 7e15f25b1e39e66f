package org.opencrcn.organization.application.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.opencrcn.organization.application.OrgaSettings;
import org.opencrcn.organization.domain.DirectoryError;
import org.opencrcn.organization.domain.Organization;
import org.opencrcn.organization.domain.OrganizationSource;
import org.opencrcn.organization.domain.Problem;
import org.opencrcn.organization.domain.Refusal;
import org.opencrcn.organization.infrastructure.OrganizationRepository;
import org.opencrcn.organization.infrastructure.directory.DirectoryCsvReader;
import org.opencrcn.organization.infrastructure.directory.DirectoryEntry;
import org.opencrcn.organization.infrastructure.directory.DirectoryReading;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.Settings;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * Imports the establishments directory: every line is checked first, and a file with any error
 * changes nothing. Otherwise, in one transaction, organisations are matched by UAI: new ones are
 * created, known ones take the directory's type, name, town, academy and e-mail. An import never
 * deletes, archives or unarchives; the same file imported twice changes nothing the second time.
 */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DirectoryImport {
  /**
   * Largest file accepted, in megabytes (an academy's export is a few; the server takes at most
   * 60).
   */
  public static final String MAX_MEGABYTES_SETTING = "opencrcn.directory.max-upload-mb";

  private static final Logger LOG = Logger.getLogger(DirectoryImport.class.getName());

  @Inject private OrganizationRepository organizations;
  @Inject private AuditLog audit;
  @Resource private SessionContext session;

  public static int maxMegabytes() {
    return Settings.integer(MAX_MEGABYTES_SETTING, 20);
  }

  public DirectoryImportReport importCsv(@NotNull byte[] file) {
    if (file.length > maxMegabytes() * 1024L * 1024L) {
      return DirectoryImportReport.refused(
          "",
          List.of(
              DirectoryError.ofFile(
                  new Problem(Refusal.FILE_TOO_LARGE, String.valueOf(maxMegabytes())))));
    }
    DirectoryReading reading = new DirectoryCsvReader(OrgaSettings.organizationRules()).read(file);
    if (!reading.valid()) {
      return DirectoryImportReport.refused(reading.encoding(), reading.errors());
    }
    DirectoryImportReport report = apply(reading);
    audit.record(
        AuditAction.DIRECTORY_IMPORT,
        AuditTarget.of("created", report.created()),
        AuditTarget.of("updated", report.updated()),
        AuditTarget.of("unchanged", report.unchanged()));
    LOG.info(
        () ->
            "Directory imported by %s (%s): %d created, %d updated, %d unchanged"
                .formatted(
                    session.getCallerPrincipal().getName(),
                    report.encoding(),
                    report.created(),
                    report.updated(),
                    report.unchanged()));
    return report;
  }

  private DirectoryImportReport apply(DirectoryReading reading) {
    Instant now = Instant.now();
    Map<String, Organization> known =
        organizations.findByUais(
            reading.entries().stream().map(entry -> entry.details().uai()).toList());
    int created = 0;
    int updated = 0;
    for (DirectoryEntry entry : reading.entries()) {
      Organization organization = known.get(entry.details().uai());
      if (organization == null) {
        organizations.add(Organization.create(entry.details(), OrganizationSource.DIRECTORY, now));
        created++;
      } else if (organization.describeAs(entry.details(), now)) {
        updated++;
      }
    }
    return DirectoryImportReport.applied(
        reading.encoding(), created, updated, reading.entries().size() - created - updated);
  }
}
