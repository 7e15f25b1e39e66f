package org.opencrcn.campaign.application.export;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the Jakarta Batch job {@code campaign-export} (META-INF/batch-jobs) for a queued export,
 * after the caller's transaction committed (as the pupils import does).
 */
@ApplicationScoped
public class ExportJobLauncher {
  static final String JOB = "campaign-export";
  static final String JOB_ID = "exportId";
  private static final Logger LOG = Logger.getLogger(ExportJobLauncher.class.getName());

  @Inject private ExportJobSteps steps;

  void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExportQueued queued) {
    Properties parameters = new Properties();
    parameters.setProperty(JOB_ID, Long.toString(queued.jobId()));
    try {
      BatchRuntime.getJobOperator().start(JOB, parameters);
    } catch (RuntimeException e) {
      // Never left running: the page would wait for it forever.
      LOG.log(Level.SEVERE, "Could not start the export job " + queued.jobId(), e);
      steps.fail(queued.jobId());
    }
  }
}
