package org.opencrcn.campaign.application.export;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencrcn.campaign.domain.Campaign;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.campaign.domain.export.CampaignExportHeader;
import org.opencrcn.campaign.domain.export.CampaignObjective;
import org.opencrcn.campaign.domain.export.ExportArea;
import org.opencrcn.campaign.domain.export.ExportCompetence;
import org.opencrcn.referential.application.AreaOverview;
import org.opencrcn.referential.application.ReferentialCatalog;
import org.opencrcn.referential.application.TargetProfileCatalog;

/**
 * What an export says of its campaign before the participants: the organisation, the campaign, its
 * profile and the referential's competences and areas. Used by the download written at once and by
 * the background job (which runs with no caller: the catalogues it reads are open to all).
 */
@Dependent
class ExportHeaders {
  @Inject private ReferentialCatalog referential;
  @Inject private TargetProfileCatalog profiles;

  CampaignExportHeader of(String organizationName, Campaign campaign) {
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
        organizationName,
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
