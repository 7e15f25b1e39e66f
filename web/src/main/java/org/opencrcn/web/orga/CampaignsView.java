package org.opencrcn.web.orga;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opencrcn.campaign.application.CampaignViews.CampaignOverview;
import org.opencrcn.campaign.application.Campaigns;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;

/** "Mes campagnes" / "Toutes les campagnes" of an organisation, with owners and counts. */
@Named
@RequestScoped
public class CampaignsView {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

  @Inject private OrgaAccess orga;
  @Inject private Campaigns campaigns;

  private Long organizationId;
  private boolean all;
  private OrganizationSummary organization;
  private List<CampaignOverview> list;

  public void load() {
    organization = organizationId == null ? orga.defaultOrganization() : orga.enter(organizationId);
    organizationId = organization.id();
    list = campaigns.list(organizationId, !all);
  }

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }

  public OrganizationSummary getOrganization() {
    return organization;
  }

  public List<CampaignOverview> getCampaigns() {
    return list;
  }
}
