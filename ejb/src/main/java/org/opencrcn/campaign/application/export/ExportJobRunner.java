package org.opencrcn.campaign.application.export;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.infrastructure.CampaignRepository;

/**
 * What the export job does: write the campaign's file under a temporary name in the server's data
 * folder, telling its row how far it is every {@code ExportProgress.EVERY} participants, then give
 * the file its final name. The participations are read by one streaming query, in this method's
 * transaction; the progress is committed apart so that the page sees it.
 */
@Dependent
class ExportJobRunner {
  private static final Logger LOG = Logger.getLogger(ExportJobRunner.class.getName());

  @Inject private ExportJobSteps steps;
  @Inject private CampaignRepository campaigns;
  @Inject private ExportHeaders headers;
  @Inject private ExportWriting writing;

  @Transactional
  ExportJob.Status run(long jobId) {
    Path partial = ExportFiles.partial(jobId);
    try {
      ExportJobSteps.Work work = steps.work(jobId);
      Campaign campaign =
          campaigns
              .find(work.organizationId(), work.campaignId())
              .orElseThrow(() -> new IllegalStateException("No campaign " + work.campaignId()));
      long written;
      try (OutputStream out = Files.newOutputStream(partial)) {
        written =
            writing.write(
                headers.of(work.organizationName(), campaign),
                work.format().writer(),
                out,
                lines -> steps.written(jobId, lines));
      }
      Path file = ExportFiles.file(jobId, work.format());
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      if (!steps.done(jobId, written)) {
        // Marked failed meanwhile (this server was taken for dead): the page says so, no file.
        ExportFiles.deleteQuietly(file);
        return ExportJob.Status.FAILED;
      }
      return ExportJob.Status.DONE;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Campaign export " + jobId + " failed", e);
      ExportFiles.deleteQuietly(partial);
      steps.fail(jobId);
      return ExportJob.Status.FAILED;
    }
  }
}
