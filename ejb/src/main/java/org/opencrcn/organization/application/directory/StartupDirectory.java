package org.opencrcn.organization.application.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.organization.infrastructure.OrganizationRepository;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.Settings;

/**
 * With demo data on (run and test commands), imports the sample directory shipped with the platform
 * once: when no organisation came from the directory yet. The demo organisations are in it under
 * their UAIs, so they are updated in place and keep their ids and members.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DependsOn("SchemaMigration")
@PermitAll
@RunAs(Roles.PLATFORM_ADMIN)
@RunAsPrincipal("opencrcn-demo")
public class StartupDirectory {
  private static final Logger LOG = Logger.getLogger(StartupDirectory.class.getName());

  @Inject private OrganizationRepository organizations;
  @Inject private DirectoryImport directoryImport;

  @PostConstruct
  void importDemoDirectory() {
    if (!Settings.demoData() || organizations.countFromDirectory() > 0) {
      return;
    }
    try {
      DirectoryImportReport report = directoryImport.importCsv(ShippedDirectory.bytes());
      LOG.info(
          () ->
              "Demo directory: %s, %d created, %d updated, %d errors"
                  .formatted(
                      report.outcome(),
                      report.created(),
                      report.updated(),
                      report.errors().size()));
    } catch (RuntimeException e) {
      // The platform stays up without the sample establishments.
      LOG.log(Level.SEVERE, "The demo directory could not be imported", e);
    }
  }
}
