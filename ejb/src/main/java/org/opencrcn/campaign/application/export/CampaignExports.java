package org.opencrcn.campaign.application.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencrcn.campaign.application.CampaignAccess;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.domain.export.AssessmentExportLayout;
import org.opencrcn.campaign.domain.export.CampaignExportHeader;
import org.opencrcn.campaign.domain.export.CampaignObjective;
import org.opencrcn.campaign.domain.export.ExportArea;
import org.opencrcn.campaign.domain.export.ExportCompetence;
import org.opencrcn.campaign.domain.export.ProfilesExportLayout;
import org.opencrcn.campaign.infrastructure.export.CampaignFileWriter;
import org.opencrcn.campaign.infrastructure.export.CsvCampaignWriter;
import org.opencrcn.campaign.infrastructure.export.ExportProgress;
import org.opencrcn.campaign.infrastructure.export.ParticipationExportReader;
import org.opencrcn.campaign.infrastructure.export.XlsxCampaignWriter;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.referential.application.TargetProfileCatalog;
import org.opencrcn.shared.Roles;
import org.opencrcn.shared.audit.AuditAction;
import org.opencrcn.shared.audit.AuditLog;
import org.opencrcn.shared.audit.AuditTarget;

/**
 * A campaign's export for its organisation (docs/campaigns.md, "Exports"): any member of the
 * organisation, for a campaign of that organisation only (any other id reads as no such campaign).
 * The participations are read by a streaming query and written as they come; each export is
 * recorded in the audit log.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class CampaignExports {
  /** The two formats of an export. */
  public enum Format {
    XLSX,
    CSV;

    CampaignFileWriter writer() {
      return this == XLSX ? new XlsxCampaignWriter() : new CsvCampaignWriter();
    }
  }

  /** What a download is called and its type, known before anything is written. */
  public record Download(String fileName, String contentType) implements Serializable {}

  @Inject private CampaignAccess access;
  @Inject private ReferentialCatalog referential;
  @Inject private TargetProfileCatalog profiles;
  @Inject private ParticipationExportReader reader;
  @Inject private AuditLog audit;

  /**
   * Checks the caller may export the campaign and names the file.
   *
   * @throws org.opencrcn.shared.AccessDeniedException when the caller is no member of the
   *     organisation or the campaign is not the organisation's
   */
  public Download download(long organizationId, long campaignId, @NotNull Format format) {
    access.member(organizationId);
    Campaign campaign = access.campaign(organizationId, campaignId);
    CampaignFileWriter writer = format.writer();
    return new Download(
        "campagne-" + campaign.code() + "." + writer.extension(), writer.contentType());
  }

  /**
   * Writes the campaign's export to {@code out}, after the same checks as {@link #download}.
   *
   * @return how many participants were written
   */
  public long write(
      long organizationId, long campaignId, @NotNull Format format, @NotNull OutputStream out)
      throws IOException {
    OrganizationSummary organization = access.member(organizationId);
    Campaign campaign = access.campaign(organizationId, campaignId);
    CampaignExportHeader header = header(organization, campaign);
    CampaignFileWriter writer = format.writer();
    long written =
        header.objective() == CampaignObjective.ASSESSMENT
            ? writer.write(
                new AssessmentExportLayout(header),
                reader.assessment(campaignId, header.competences()),
                out,
                ExportProgress.NONE)
            : writer.write(
                new ProfilesExportLayout(header),
                reader.profiles(campaignId, header.competences()),
                out,
                ExportProgress.NONE);
    // Personal data of minors left the platform: who, which campaign, when.
    audit.record(
        AuditAction.EXPORT,
        AuditTarget.organization(organizationId),
        AuditTarget.of("campaign", campaignId));
    return written;
  }

  private CampaignExportHeader header(OrganizationSummary organization, Campaign campaign) {
    boolean assessment = campaign.type() == CampaignType.ASSESSMENT;
    Map<String, Long> targeted =
        assessment
            ? profiles.targetedSkills(campaign.targetProfileId()).stream()
                .collect(
                    Collectors.groupingBy(
                        TargetProfileCatalog.TargetedSkill::competenceCode, Collectors.counting()))
            : Map.of();
    List<ExportCompetence> competences = new ArrayList<>();
    List<ExportArea> areas = new ArrayList<>();
    for (AreaOverview area : referential.overview(Locale.FRENCH)) {
      areas.add(new ExportArea(area.code(), area.title()));
      for (AreaOverview.CompetenceOverview competence : area.competences()) {
        competences.add(
            new ExportCompetence(
                competence.code(),
                competence.title(),
                area.code(),
                targeted.getOrDefault(competence.code(), 0L).intValue()));
      }
    }
    return new CampaignExportHeader(
        organization.name(),
        campaign.id(),
        campaign.code(),
        campaign.name(),
        assessment
            ? profiles.name(campaign.targetProfileId()).orElse(campaign.targetProfileId())
            : null,
        assessment ? CampaignObjective.ASSESSMENT : CampaignObjective.PROFILES_COLLECTION,
        campaign.externalIdLabel(),
        competences,
        areas);
  }
}
