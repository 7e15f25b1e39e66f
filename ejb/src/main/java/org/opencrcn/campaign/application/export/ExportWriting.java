package org.opencrcn.campaign.application.export;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import org.opencrcn.campaign.domain.export.AssessmentExportLayout;
import org.opencrcn.campaign.domain.export.CampaignExportHeader;
import org.opencrcn.campaign.domain.export.CampaignObjective;
import org.opencrcn.campaign.domain.export.ProfilesExportLayout;
import org.opencrcn.campaign.infrastructure.export.CampaignFileWriter;
import org.opencrcn.campaign.infrastructure.export.ExportProgress;
import org.opencrcn.campaign.infrastructure.export.ParticipationExportReader;

/**
 * Writes an export's file from its header: the participations read by one streaming query, which
 * the caller's transaction must span.
 */
@Dependent
class ExportWriting {
  @Inject private ParticipationExportReader reader;

  long write(
      CampaignExportHeader header,
      CampaignFileWriter writer,
      OutputStream out,
      ExportProgress progress)
      throws IOException {
    long campaignId = header.campaignId();
    return header.objective() == CampaignObjective.ASSESSMENT
        ? writer.write(
            new AssessmentExportLayout(header),
            reader.assessment(campaignId, header.competences()),
            out,
            progress)
        : writer.write(
            new ProfilesExportLayout(header),
            reader.profiles(campaignId, header.competences()),
            out,
            progress);
  }
}
