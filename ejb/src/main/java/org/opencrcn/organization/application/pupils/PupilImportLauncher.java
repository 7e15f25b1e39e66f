package org.opencrcn.organization.application.pupils;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the Jakarta Batch job {@code pupil-import} (META-INF/batch-jobs) for a queued import,
 * after the import's row is committed so that the job thread sees it.
 */
@ApplicationScoped
public class PupilImportLauncher {
  static final String JOB = "pupil-import";
  static final String IMPORT_ID = "importId";
  private static final Logger LOG = Logger.getLogger(PupilImportLauncher.class.getName());

  @Inject private PupilImportSteps steps;

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PupilImportQueued queued) {
    Properties parameters = new Properties();
    parameters.setProperty(IMPORT_ID, Long.toString(queued.importId()));
    try {
      BatchRuntime.getJobOperator().start(JOB, parameters);
    } catch (RuntimeException e) {
      // Never left queued: a queued import would keep the school from importing again.
      LOG.log(Level.SEVERE, "Could not start the job of pupils import " + queued.importId(), e);
      steps.fail(queued.importId());
    }
  }
}
