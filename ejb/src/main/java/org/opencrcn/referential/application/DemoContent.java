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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencrcn.shared.Roles;

/**
 * With demo data on (run and test commands), imports the content pack shipped with the platform
 * (content/crcn) when no pack was ever imported, so that a fresh platform has something to play.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DependsOn("SchemaMigration")
@PermitAll
@RunAs(Roles.PLATFORM_ADMIN)
@RunAsPrincipal("opencrcn-demo")
public class DemoContent {
  private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ContentImport contentImport;

  @PostConstruct
  void importShippedPackOnce() {
    if (!Boolean.getBoolean("opencrcn.demo-data")) {
      return;
    }
    long versions = em.createQuery("select count(v) from ContentVersion v", Long.class).getSingleResult();
    if (versions == 0) {
      // The import runs in its own transaction: a failure is logged and leaves the platform up.
      try {
        ImportReport report = contentImport.importPack(ShippedPack.files());
        LOG.info(() -> "Demo content pack: " + report.outcome() + " " + report.counts());
        report.errors().forEach(error -> LOG.warning(error.describe(java.util.Locale.ENGLISH)));
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Demo content pack could not be imported", e);
      }
    }
  }
}
