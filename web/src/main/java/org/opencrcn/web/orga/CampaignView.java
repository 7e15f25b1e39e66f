package org.opencrcn.web.orga;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.opencrcn.campaign.application.CampaignRefusedException;
import org.opencrcn.campaign.application.CampaignResults;
import org.opencrcn.campaign.application.CampaignResults.ParticipantFilter;
import org.opencrcn.campaign.application.CampaignViews.CampaignDetails;
import org.opencrcn.campaign.application.CampaignViews.CompetenceResult;
import org.opencrcn.campaign.application.CampaignViews.TubeRecommendation;
import org.opencrcn.campaign.application.Campaigns;
import org.opencrcn.campaign.application.export.CampaignExports;
import org.opencrcn.campaign.application.export.CampaignExports.Format;
import org.opencrcn.campaign.application.export.ExportJob;
import org.opencrcn.campaign.domain.ParticipationStatus;
import org.opencrcn.web.shared.LanguageSelection;
import org.opencrcn.web.shared.MissingParameters;
import org.opencrcn.web.shared.UserMessages;

/**
 * A campaign's page: code, link and QR code, counts, and its tabs — details (texts, archiving),
 * participants (paged and filtered by the database), collective results and analysis. The tab is a
 * parameter of the address, so that each tab has its own link.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> TABS = Set.of("details", "participants", "resultats", "analyse");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

  @Inject private Campaigns campaigns;
  @Inject private CampaignResults results;
  @Inject private LanguageSelection language;
  @Inject private UserMessages messages;
  @Inject private CampaignExports exports;

  private Long organizationId;
  private Long campaignId;
  private String tab;
  private CampaignDetails campaign;
  private String qrCode;
  private String name;
  private String externalIdLabel;
  private String landingText;
  private List<String> divisions;
  private String division;
  private ParticipationStatus status;
  private String participantName;
  private CampaignParticipantsModel participants;
  private List<CompetenceResult> competences;
  private List<CompetenceResult> areas;
  private List<TubeRecommendation> analysis;
  private boolean exportInBackground;
  private ExportJob exportJob;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()
        || MissingParameters.answeredNotFound(organizationId, campaignId)) {
      return;
    }
    if (tab == null || !TABS.contains(tab)) {
      tab = "details";
    }
    campaign = campaigns.details(organizationId, campaignId);
    qrCode = QrCodes.svgDataUri(campaign.link());
    exportInBackground = exports.inBackground(organizationId, campaignId);
    name = campaign.name();
    externalIdLabel = campaign.externalIdLabel();
    landingText = campaign.landingText();
    switch (tab) {
      case "participants" -> {
        divisions = results.divisions(organizationId, campaignId);
        participants = new CampaignParticipantsModel(results, organizationId, campaignId);
      }
      case "resultats" -> {
        competences = results.byCompetence(organizationId, campaignId, language.getLocale());
        areas = results.byArea(organizationId, campaignId, language.getLocale());
      }
      case "analyse" ->
          analysis = results.analysis(organizationId, campaignId, language.getLocale());
      default -> {}
    }
  }

  public String save() {
    try {
      campaigns.describe(organizationId, campaignId, name, externalIdLabel, landingText);
      messages.info("campaign.saved");
      return self("details");
    } catch (CampaignRefusedException refused) {
      messages.errorOnThisPage("campaign.refused." + refused.reason());
      return null;
    }
  }

  public String archive() {
    campaigns.archive(organizationId, campaignId);
    messages.info("campaign.archivedNow");
    return self("details");
  }

  public String unarchive() {
    campaigns.unarchive(organizationId, campaignId);
    messages.info("campaign.unarchivedNow");
    return self("details");
  }

  /** Starts a large campaign's export in the background; the page then follows its progress. */
  public void startExport(String format) {
    long job = exports.start(organizationId, campaignId, Format.valueOf(format));
    exportJob = exports.job(organizationId, job);
  }

  /** The progress bar's poll: where the background export stands. */
  public void refreshExport() {
    if (exportJob != null) {
      exportJob = exports.job(organizationId, exportJob.id());
    }
  }

  public boolean isExportInBackground() {
    return exportInBackground;
  }

  public boolean isExportRunning() {
    return exportJob != null && exportJob.running();
  }

  public ExportJob getExportJob() {
    return exportJob;
  }

  /** Applies the class, status and name filters (the table goes back to its first page). */
  public void applyFilter() {
    participants.filter(new ParticipantFilter(division, status, participantName));
  }

  private String self(String toTab) {
    return "/orga/campagne?faces-redirect=true&organization="
        + organizationId
        + "&campaign="
        + campaignId
        + "&tab="
        + toTab;
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public ParticipationStatus[] getStatuses() {
    return ParticipationStatus.values();
  }

  /** The width of a bar of the results chart, in percent of the chart (at least a sliver). */
  public int bar(int percent) {
    return Math.max(1, Math.min(100, percent));
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(Long campaignId) {
    this.campaignId = campaignId;
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
  }

  public CampaignDetails getCampaign() {
    return campaign;
  }

  public String getQrCode() {
    return qrCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getExternalIdLabel() {
    return externalIdLabel;
  }

  public void setExternalIdLabel(String externalIdLabel) {
    this.externalIdLabel = externalIdLabel;
  }

  public String getLandingText() {
    return landingText;
  }

  public void setLandingText(String landingText) {
    this.landingText = landingText;
  }

  public List<String> getDivisions() {
    return divisions;
  }

  public String getDivision() {
    return division;
  }

  public void setDivision(String division) {
    this.division = division;
  }

  public ParticipationStatus getStatus() {
    return status;
  }

  public void setStatus(ParticipationStatus status) {
    this.status = status;
  }

  public String getParticipantName() {
    return participantName;
  }

  public void setParticipantName(String participantName) {
    this.participantName = participantName;
  }

  public CampaignParticipantsModel getParticipants() {
    return participants;
  }

  public List<CompetenceResult> getCompetences() {
    return competences;
  }

  public List<CompetenceResult> getAreas() {
    return areas;
  }

  public List<TubeRecommendation> getAnalysis() {
    return analysis;
  }
}
