package org.opencrcn.referential.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.referential.infrastructure.pack.PackFiles;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.Settings;

/**
 * Content at start-up. A pack folder named by {@code OPENCRCN_CONTENT_PACK} (or the system property
 * {@code opencrcn.content-pack}) is imported at each start: the scripted path for academy IT, and
 * idempotent, so an unchanged folder changes nothing. Otherwise, with demo data on (run and test
 * commands), the pack shipped with the platform (content/crcn) is imported once.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DependsOn("SchemaMigration")
@PermitAll
@RunAs(Roles.PLATFORM_ADMIN)
@RunAsPrincipal("opencrcn-demo")
public class StartupContent {
  private static final Logger LOG = Logger.getLogger(StartupContent.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ContentImport contentImport;

  @PostConstruct
  void importAtStartup() {
    Optional<String> folder = Settings.text("opencrcn.content-pack");
    if (folder.isPresent()) {
      importLogged(
          "Content pack " + folder.get(), () -> PackFiles.fromFolder(Path.of(folder.get())));
    } else if (Settings.demoData()
        && em.createQuery("select count(v) from ContentVersion v", Long.class).getSingleResult()
            == 0) {
      importLogged("Demo content pack", ShippedPack::files);
    }
  }

  /** Each import runs in its own transaction: a failure is logged and leaves the platform up. */
  private void importLogged(String what, Supplier<Map<String, byte[]>> files) {
    try {
      ImportReport report = contentImport.importPack(files.get());
      LOG.info(() -> what + ": " + report.outcome() + " " + report.counts());
      report.errors().forEach(error -> LOG.warning(what + ": " + error.describe(Locale.ENGLISH)));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, what + " could not be imported", e);
    }
  }
}
