package org.opencrcn.organization.application.pupils;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one step of the {@code pupil-import} job. A batchlet rather than a chunk step: the import is
 * all-or-nothing, so its writes are one transaction, not one per chunk.
 */
@Named("pupilImportBatchlet")
@Dependent
public class PupilImportBatchlet extends AbstractBatchlet {
  @Inject
  @BatchProperty(name = PupilImportLauncher.IMPORT_ID)
  private String importId;

  @Inject private PupilImportRunner runner;

  @Override
  public String process() {
    return runner.run(Long.parseLong(importId)).name();
  }
}
