package org.opencrcn.web.orga;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.opencrcn.campaign.application.CampaignRefusedException;
import org.opencrcn.campaign.application.CampaignViews.CampaignForm;
import org.opencrcn.campaign.application.Campaigns;
import org.opencrcn.campaign.domain.CampaignType;
import org.opencrcn.organization.application.OrgaAccess;
import org.opencrcn.organization.application.OrganizationSummary;
import org.opencrcn.referential.application.PublicReferential.ProfileView;
import org.opencrcn.referential.application.TargetProfileCatalog;
import org.opencrcn.referential.domain.content.TargetProfileCategory;
import org.opencrcn.web.shared.UserMessages;

/**
 * The campaign creation form: objective, target profile chosen in the catalogue (filtered by
 * category, searched by name, its topics shown), texts. The service checks everything again.
 */
@Named
@ViewScoped
public class CampaignFormView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private OrgaAccess orga;
  @Inject private Campaigns campaigns;
  @Inject private TargetProfileCatalog catalog;
  @Inject private UserMessages messages;

  private Long organizationId;
  private OrganizationSummary organization;
  private String name;
  private CampaignType type = CampaignType.ASSESSMENT;
  private TargetProfileCategory category;
  private String search;
  private String profileId;
  private boolean multipleSendings = true;
  private String externalIdLabel;
  private String landingText;
  private List<ProfileView> profiles;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    organization = organizationId == null ? orga.defaultOrganization() : orga.enter(organizationId);
    organizationId = organization.id();
    filter();
  }

  /** Applies the category and the search to the catalogue. */
  public void filter() {
    profiles = catalog.search(category, search);
  }

  public String create() {
    try {
      long id =
          campaigns.create(
              organizationId,
              new CampaignForm(
                  name,
                  type,
                  type == CampaignType.ASSESSMENT ? profileId : null,
                  multipleSendings,
                  externalIdLabel,
                  landingText));
      messages.info("campaign.created");
      return "/orga/campagne?faces-redirect=true&organization="
          + organizationId
          + "&campaign="
          + id;
    } catch (CampaignRefusedException refused) {
      messages.errorOnThisPage("campaign.refused." + refused.reason());
      return null;
    }
  }

  /** The profile chosen, to show its topics. */
  public Optional<ProfileView> getChosen() {
    return profileId == null
        ? Optional.empty()
        : profiles.stream().filter(p -> p.id().equals(profileId)).findFirst();
  }

  public TargetProfileCategory[] getCategories() {
    return TargetProfileCategory.values();
  }

  public CampaignType[] getTypes() {
    return CampaignType.values();
  }

  public List<ProfileView> getProfiles() {
    return profiles;
  }

  public OrganizationSummary getOrganization() {
    return organization;
  }

  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CampaignType getType() {
    return type;
  }

  public void setType(CampaignType type) {
    this.type = type;
  }

  public TargetProfileCategory getCategory() {
    return category;
  }

  public void setCategory(TargetProfileCategory category) {
    this.category = category;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getProfileId() {
    return profileId;
  }

  public void setProfileId(String profileId) {
    this.profileId = profileId;
  }

  public boolean isMultipleSendings() {
    return multipleSendings;
  }

  public void setMultipleSendings(boolean multipleSendings) {
    this.multipleSendings = multipleSendings;
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
}
