package org.opencrcn.campaign.application.export;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The one step of the {@code campaign-export} job: the file is written in one go. */
@Named("campaignExportBatchlet")
@Dependent
public class ExportJobBatchlet extends AbstractBatchlet {
  @Inject
  @BatchProperty(name = ExportJobLauncher.JOB_ID)
  private String exportId;

  @Inject private ExportJobRunner runner;

  @Override
  public String process() {
    return runner.run(Long.parseLong(exportId)).name();
  }
}
