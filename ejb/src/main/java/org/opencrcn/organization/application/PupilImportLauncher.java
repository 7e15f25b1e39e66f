package org.opencrcn.organization.application;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Properties;

/**
 * Starts the Jakarta Batch job {@code pupil-import} (META-INF/batch-jobs) for a queued import,
 * after the import's row is committed so that the job thread sees it.
 */
@ApplicationScoped
public class PupilImportLauncher {
  static final String JOB = "pupil-import";
  static final String IMPORT_ID = "importId";

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PupilImportQueued queued) {
    Properties parameters = new Properties();
    parameters.setProperty(IMPORT_ID, Long.toString(queued.importId()));
    BatchRuntime.getJobOperator().start(JOB, parameters);
  }
}
